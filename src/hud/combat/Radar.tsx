import { useEffect, useRef } from 'react';
import { MAX_CONTACTS, onCombatFrame } from './combat-frame';
import { radarBlip, type RadarBlip } from './hud-geometry';
import { Painter, paintersFor } from './painter';

/** The scope's outer ring; contacts beyond sit on the rim. */
export const RADAR_RANGE_M = 3000;
/** Height stems are capped at this fraction of the scope's radius. */
const MAX_STEM_FRACTION = 0.22;
/** Elevation (sine) beyond which a contact counts as above or below the plane. */
const LEVEL_BAND = 0.2;

interface BlipNodes {
  readonly root: Painter;
  readonly stem: Painter;
}

const blip: RadarBlip = { x: 0, y: 0, stemPx: 0, elevation: 0, clamped: false };

/**
 * The Callister's scope: hostiles top-down in the ship's own frame (forward is up),
 * 3 km to the rim with a ring at half range. Height shows as a stem up or down and
 * brightness; the target is ringed. Blips are a fixed pool, like the brackets.
 */
export function Radar() {
  const scopeRef = useRef<HTMLDivElement>(null);
  const blipsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const scope = scopeRef.current;
    if (!scope || !blipsRef.current) return undefined;
    const blips: BlipNodes[] = paintersFor(blipsRef.current).map((root) => ({
      root,
      stem: new Painter(root.element.firstElementChild as HTMLElement),
    }));
    for (const node of blips) node.root.show(false);

    let radiusPx = scope.clientWidth / 2;
    const observer = new ResizeObserver(() => {
      radiusPx = scope.clientWidth / 2;
    });
    observer.observe(scope);

    const stop = onCombatFrame((frame) => {
      let used = 0;
      const maxStem = radiusPx * MAX_STEM_FRACTION;
      // Blip centres stay a few pixels inside the rim so they are never clipped.
      const drawRadius = Math.max(1, radiusPx - 4);
      if (frame.valid) {
        for (let i = 0; i < frame.count && used < blips.length; i++) {
          const ship = frame.ships[i]!;
          radarBlip(
            frame.localX[i]!,
            frame.localY[i]!,
            frame.localZ[i]!,
            RADAR_RANGE_M,
            drawRadius,
            maxStem,
            blip,
          );
          const node = blips[used++]!;
          node.root.show(true);
          node.root.place(blip.x, blip.y);
          node.stem.stretchY(blip.stemPx);
          node.root.flag('is-target', i === frame.targetIndex);
          node.root.flag('is-threat', ship.ai.state === 'attack');
          node.root.flag('is-rim', blip.clamped);
          node.root.flag('is-above', blip.elevation > LEVEL_BAND);
          node.root.flag('is-below', blip.elevation < -LEVEL_BAND);
        }
      }
      for (let k = used; k < blips.length; k++) blips[k]!.root.show(false);
    });
    return () => {
      stop();
      observer.disconnect();
    };
  }, []);

  return (
    <div className="cmb-radar" data-testid="hud-radar">
      <div className="cmb-radar-scope" ref={scopeRef}>
        <div className="cmb-radar-sweep" />
        <div className="cmb-radar-grid" />
        <div className="cmb-radar-ring" />
        <div className="cmb-radar-ship" />
        <div className="cmb-radar-blips" ref={blipsRef}>
          {Array.from({ length: MAX_CONTACTS }, (_, i) => (
            <div className="cmb-blip" key={i}>
              <span className="cmb-blip-stem" />
            </div>
          ))}
        </div>
      </div>
      <div className="cmb-radar-legend">
        <span>SCANNER</span>
        <span>{RADAR_RANGE_M / 1000} KM</span>
      </div>
    </div>
  );
}
