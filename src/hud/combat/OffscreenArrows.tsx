import { useEffect, useRef } from 'react';
import { onCombatFrame, type CombatFrame } from './combat-frame';
import { watchConsoleEdges } from './console-edges';
import {
  consoleClearEdgeAnchor,
  formatDistance,
  isInsideViewport,
  offscreenDirection,
  type EdgeAnchor,
  type ScreenPoint,
} from './hud-geometry';
import { Painter, paintersFor } from './painter';

/** Attackers (AI state 'attack') that get an arrow besides the target. */
const MAX_THREAT_ARROWS = 3;
/** Where the label sits, toward the screen centre from the arrow head. */
const LABEL_OFFSET_PX = 24;

interface ArrowNodes {
  readonly root: Painter;
  readonly head: Painter;
  readonly label: Painter;
}

const direction: ScreenPoint = { x: 0, y: 0 };
const anchor: EdgeAnchor = { x: 0, y: 0, angle: 0 };
/** Contact indices already given an arrow this frame. */
const chosen = new Int32Array(MAX_THREAT_ARROWS + 1);

function isOnScreen(frame: CombatFrame, i: number): boolean {
  return (
    frame.inFront[i] === 1 &&
    isInsideViewport(frame.screenX[i]!, frame.screenY[i]!, frame.width, frame.height)
  );
}

/**
 * Arrows at the edge of the view toward the target and the nearest few ships
 * attacking the Callister, when they are off screen. They run on an ellipse that
 * stays clear of the consoles, so a target astern does not sit on the speedometer.
 */
export function OffscreenArrows() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const arrows: ArrowNodes[] = paintersFor(container).map((root) => ({
      root,
      head: new Painter(root.element.children[0] as HTMLElement),
      label: new Painter(root.element.children[1] as HTMLElement),
    }));
    for (const arrow of arrows) arrow.root.show(false);

    // Clear of the flight console (bottom centre) and the gunnery console (right side).
    const consoles = watchConsoleEdges([]);
    const edges = consoles.edges;

    const place = (arrow: ArrowNodes, frame: CombatFrame, i: number, label: boolean): void => {
      offscreenDirection(frame.cameraX[i]!, frame.cameraY[i]!, direction);
      // A quarter ellipse per quadrant: clear of the consoles below and on the right.
      consoleClearEdgeAnchor(
        direction.x,
        direction.y,
        frame.width,
        frame.height,
        edges.left,
        edges.top,
        anchor,
      );
      arrow.root.show(true);
      arrow.root.place(frame.width / 2 + anchor.x, frame.height / 2 + anchor.y);
      arrow.head.rotate(anchor.angle);
      if (arrow.label.show(label)) {
        const distance = frame.distance[i]!;
        arrow.label.textOf(Math.round(distance), distance, formatDistance);
        arrow.label.centreAt(
          -Math.cos(anchor.angle) * LABEL_OFFSET_PX,
          -Math.sin(anchor.angle) * LABEL_OFFSET_PX,
        );
      }
    };

    const stop = onCombatFrame((frame) => {
      let used = 0;
      if (frame.valid && frame.playerAlive) {
        const target = frame.targetIndex;
        if (target >= 0 && !isOnScreen(frame, target)) {
          const arrow = arrows[used++]!;
          arrow.root.flag('is-target', true);
          place(arrow, frame, target, true);
        }
        chosen.fill(-1);
        chosen[0] = target;
        for (let n = 1; n <= MAX_THREAT_ARROWS && used < arrows.length; n++) {
          let best = -1;
          for (let i = 0; i < frame.count; i++) {
            if (frame.ships[i]!.ai.state !== 'attack' || chosen.includes(i)) continue;
            if (isOnScreen(frame, i)) continue;
            if (best < 0 || frame.distance[i]! < frame.distance[best]!) best = i;
          }
          if (best < 0) break;
          chosen[n] = best;
          const arrow = arrows[used++]!;
          arrow.root.flag('is-target', false);
          place(arrow, frame, best, false);
        }
      }
      for (let k = used; k < arrows.length; k++) arrows[k]!.root.show(false);
    });
    return () => {
      stop();
      consoles.stop();
    };
  }, []);

  return (
    <div className="cmb-arrows" ref={ref}>
      {Array.from({ length: MAX_THREAT_ARROWS + 1 }, (_, i) => (
        <div className="cmb-arrow" key={i}>
          <div className="cmb-arrow-head" />
          <span className="cmb-arrow-label" />
        </div>
      ))}
    </div>
  );
}
