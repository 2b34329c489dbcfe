import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import type { ChapterName } from '../../sim';
import { TICK_RATE } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { fadeOpacity } from '../combat/hud-geometry';
import { Painter } from '../combat/painter';
import { chapterCard } from './piracy-text';

/** The card holds for the first seconds of a run, then fades (sim seconds, like the run clock). */
const HOLD_S = 2.6;
const FADE_S = 1.2;

/** "CHAPTER 1 — PIRACY" and the brief, centred at the start of a run, fading out. */
export function ChapterIntro({ chapter }: { chapter: ChapterName }) {
  const ref = useRef<HTMLDivElement>(null);
  const card = chapterCard(chapter);

  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const node = new Painter(root);
    node.show(false);
    return onCombatFrame((frame) => {
      const ageS = runtime.session.sim.tick / TICK_RATE;
      if (!node.show(frame.valid && ageS < HOLD_S + FADE_S)) return;
      node.opacity(fadeOpacity(ageS, HOLD_S, FADE_S));
    });
  }, [chapter]);

  if (!card) return null;
  return (
    <div className="pir-intro" ref={ref} data-testid="hud-chapter-intro">
      <div className="pir-intro-kicker">{card.kicker}</div>
      <div className="pir-intro-title">{card.title}</div>
      <div className="pir-intro-rule" />
      <div className="pir-intro-brief">{card.brief}</div>
    </div>
  );
}
