import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { TICK_RATE } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { fadeOpacity } from '../combat/hud-geometry';
import { Painter, partPainter } from '../combat/painter';
import { collectedToast, stolenToast } from './piracy-text';

/** A toast holds this long, then fades (sim seconds, so a pause holds it too). */
const HOLD_S = 2.6;
const FADE_S = 0.7;
/** The pop when it appears. */
const POP_S = 0.22;

/**
 * Credits coming aboard, big and gold above the gunsight: "+¤ 420 — xX_Tag_Xx added to
 * the grudge list" for a siphon, a smaller one for scooped-up pickups. The newest
 * replaces the last.
 */
export function CreditToast() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const part = (name: string): Painter => partPainter(root, name);
    const nodes = { root: new Painter(root), title: part('title'), detail: part('detail') };
    nodes.root.show(false);
    let tick = -Infinity;
    let title = '';
    let detail = '';
    let stolen = false;
    let changed = false;
    let generation = runtime.session.generation;

    const unsubscribe = runtime.session.onEvent((event) => {
      if (event.type === 'CreditsStolen') {
        ({ title, detail } = stolenToast(event.amount, event.tag));
        stolen = true;
      } else if (event.type === 'CreditsCollected') {
        // A pickup does not cover a fresh siphon toast.
        if (stolen && event.tick - tick < HOLD_S * TICK_RATE) return;
        ({ title, detail } = collectedToast(event.amount));
        stolen = false;
      } else {
        return;
      }
      tick = event.tick;
      changed = true;
    });

    const stop = onCombatFrame((frame) => {
      if (frame.generation !== generation) {
        generation = frame.generation;
        tick = -Infinity;
      }
      const ageS = (frame.time - tick) / TICK_RATE;
      if (!nodes.root.show(frame.valid && ageS < HOLD_S + FADE_S)) return;
      if (changed) {
        changed = false;
        nodes.title.text(title);
        nodes.detail.text(detail);
        nodes.root.flag('is-stolen', stolen);
      }
      nodes.root.flag('is-pop', ageS < POP_S);
      nodes.root.opacity(fadeOpacity(ageS, HOLD_S, FADE_S));
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, []);

  return (
    <div className="pir-toast" ref={ref} data-testid="hud-toast" aria-live="polite">
      <div className="pir-toast-title" data-part="title" />
      <div className="pir-toast-detail" data-part="detail" />
    </div>
  );
}
