import { useEffect, useRef } from 'react';
import { MAX_PICKUPS, onCombatFrame } from '../combat/combat-frame';
import { formatCredits, formatDistance, isInsideViewport } from '../combat/hud-geometry';
import { Painter, paintersFor } from '../combat/painter';

/** Past this a chip shows only its credits, not the distance. */
const DISTANCE_SHOWN_M = 2500;

interface ChipNodes {
  readonly root: Painter;
  readonly credits: Painter;
  readonly distance: Painter;
}

/**
 * Credits spilled by destroyed ships: a gold "¤ 34" chip over each pickup in view, with
 * its distance, so they are worth the detour. (The scanner shows them too.)
 */
export function PickupChips() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const chips: ChipNodes[] = paintersFor(container).map((root) => ({
      root,
      credits: new Painter(root.element.children[1] as HTMLElement),
      distance: new Painter(root.element.children[2] as HTMLElement),
    }));
    for (const chip of chips) chip.root.show(false);

    return onCombatFrame((frame) => {
      let used = 0;
      if (frame.valid) {
        for (let i = 0; i < frame.pickupCount && used < chips.length; i++) {
          if (!frame.pickupInFront[i]) continue;
          const x = frame.pickupScreenX[i]!;
          const y = frame.pickupScreenY[i]!;
          if (!isInsideViewport(x, y, frame.width, frame.height, 8)) continue;
          const chip = chips[used++]!;
          chip.root.show(true);
          chip.root.place(x, y);
          const credits = frame.pickupCredits[i]!;
          chip.credits.textOf(credits, credits, formatCredits);
          const distance = frame.pickupDistance[i]!;
          if (chip.distance.show(distance < DISTANCE_SHOWN_M)) {
            chip.distance.textOf(Math.round(distance), distance, formatDistance);
          }
        }
      }
      for (let k = used; k < chips.length; k++) chips[k]!.root.show(false);
    });
  }, []);

  return (
    <div className="pir-pickups" ref={ref} data-testid="hud-pickups">
      {Array.from({ length: MAX_PICKUPS }, (_, i) => (
        <div className="pir-pickup" key={i}>
          <span className="pir-pickup-gem" />
          <span className="pir-pickup-credits" />
          <span className="pir-pickup-distance" />
        </div>
      ))}
    </div>
  );
}
