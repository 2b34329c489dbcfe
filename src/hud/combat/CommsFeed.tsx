import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { TICK_RATE } from '../../sim';
import { commsLine, type CommsLine } from './combat-text';
import { onCombatFrame } from './combat-frame';
import { fadeOpacity, tagHue } from './hud-geometry';
import { Painter } from './painter';

export const COMMS_LINES_SHOWN = 5;
/** A line stays this long, then fades out over COMMS_FADE_S (sim time). */
const COMMS_HOLD_S = 7;
const COMMS_FADE_S = 1;
/** Neon colours a speaker's tag can take (classes cmb-hue-0 … 3). */
const TAG_HUES = 4;

interface LineNodes {
  readonly root: Painter;
  readonly from: Painter;
  readonly text: Painter;
}

/**
 * Open comms: the last few lines from Infinity's players (tag in neon, words in
 * white) and the crew's own log of kills in Space Fleet gold. Each line fades after
 * about eight seconds of sim time. Lines are a fixed set of nodes, newest at the bottom.
 */
export function CommsFeed() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const nodes: LineNodes[] = Array.from(container.children).map((child) => ({
      root: new Painter(child as HTMLElement),
      from: new Painter(child.children[0] as HTMLElement),
      text: new Painter(child.children[1] as HTMLElement),
    }));
    for (const node of nodes) node.root.show(false);
    const lines: CommsLine[] = [];
    let generation = runtime.session.generation;
    let changed = true;

    const unsubscribe = runtime.session.onEvent((event) => {
      const line = commsLine(event);
      if (!line) return;
      lines.push(line);
      if (lines.length > COMMS_LINES_SHOWN) lines.shift();
      changed = true;
    });

    const stop = onCombatFrame((frame) => {
      if (frame.generation !== generation) {
        generation = frame.generation;
        lines.length = 0;
        changed = true;
      }
      // Expired lines leave from the top.
      while (lines.length > 0) {
        const ageS = (frame.time - lines[0]!.tick) / TICK_RATE;
        if (ageS < COMMS_HOLD_S + COMMS_FADE_S) break;
        lines.shift();
        changed = true;
      }
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const line = lines[i];
        if (!node.root.show(line !== undefined) || !line) continue;
        if (changed) {
          node.from.text(line.from);
          node.text.text(line.text);
          node.root.flag('is-system', line.kind === 'system');
          const hue = line.kind === 'player' ? tagHue(line.from, TAG_HUES) : -1;
          for (let h = 0; h < TAG_HUES; h++) node.from.flag(`cmb-hue-${h}`, h === hue);
        }
        const ageS = (frame.time - line.tick) / TICK_RATE;
        node.root.opacity(fadeOpacity(ageS, COMMS_HOLD_S, COMMS_FADE_S));
      }
      changed = false;
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, []);

  return (
    <div className="cmb-comms" ref={ref} data-testid="hud-comms" aria-live="polite">
      {Array.from({ length: COMMS_LINES_SHOWN }, (_, i) => (
        <div className="cmb-comms-line" key={i}>
          <span className="cmb-comms-from" />
          <span className="cmb-comms-text" />
        </div>
      ))}
    </div>
  );
}
