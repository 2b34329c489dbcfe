import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { RAID } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter, partPainter } from '../combat/painter';
import { watchKeyLabel } from './key-label';
import {
  raidPromptKey,
  raidPromptText,
  raidPromptTone,
  type RaidPromptInput,
  type RaidPromptTone,
} from './piracy-text';

/** How long "SIPHON INTERRUPTED" stays up (ticks). */
const INTERRUPTED_TICKS = 90;
const TONES: readonly RaidPromptTone[] = ['prompt', 'far', 'siphon', 'interrupted'];
const TONE_CLASSES = TONES.map((tone) => `is-${tone}`);

const input: RaidPromptInput = {
  targetRaidable: false,
  targetCredits: 0,
  targetDistanceM: 0,
  siphonTicks: 0,
  interrupted: null,
  siphonKey: 'G',
};
const promptWords = (): string => raidPromptText(input);

/**
 * The raid prompt under the gunsight. With a disabled, loaded ship locked: "HOLD G —
 * SIPHON" in range, or how far to close in; while the key is held, the siphon's
 * progress; and a brief red line when a siphon is broken off.
 */
export function RaidPrompt() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const part = (name: string): Painter => partPainter(root, name);
    const nodes = {
      root: new Painter(root),
      text: part('text'),
      bar: part('bar'),
      fill: part('fill'),
    };
    nodes.root.show(false);
    let interruptedUntil = 0;
    let interrupted: RaidPromptInput['interrupted'] = null;
    let generation = runtime.session.generation;
    // Bumped when the player rebinds the siphon key, so the prompt's words are rebuilt.
    let labelVersion = 0;
    const stopLabel = watchKeyLabel('siphon', (label) => {
      input.siphonKey = label;
      labelVersion++;
    });

    const unsubscribe = runtime.session.onEvent((event) => {
      if (event.type === 'SiphonInterrupted') {
        interrupted = event.reason;
        interruptedUntil = event.tick + INTERRUPTED_TICKS;
      } else if (event.type === 'SiphonStarted' || event.type === 'CreditsStolen') {
        interrupted = null;
      }
    });

    const stop = onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      if (frame.generation !== generation) {
        generation = frame.generation;
        interrupted = null;
      }
      const player = sim.player;
      const target = player.targetId === null ? undefined : sim.enemyById.get(player.targetId);
      input.targetRaidable =
        target !== undefined &&
        target.alive &&
        !target.warpedOut &&
        target.ai.state === 'disabled' &&
        sim.tick < target.ai.disabledUntilTick &&
        target.credits > 0;
      input.targetCredits = target?.credits ?? 0;
      input.targetDistanceM = target ? target.body.position.distanceTo(player.body.position) : 0;
      input.siphonTicks = sim.siphon.targetId === null ? 0 : sim.siphon.progressTicks;
      input.interrupted =
        interrupted !== null && frame.time < interruptedUntil ? interrupted : null;
      const tone = player.alive ? raidPromptTone(input) : 'none';
      if (!nodes.root.show(tone !== 'none' && frame.valid)) return;
      for (let t = 0; t < TONES.length; t++) nodes.root.flag(TONE_CLASSES[t]!, TONES[t] === tone);
      nodes.text.textOf(raidPromptKey(input) + labelVersion * 1e10, 0, promptWords);
      if (nodes.bar.show(tone === 'siphon')) nodes.fill.fillX(input.siphonTicks / RAID.siphonTicks);
    });
    return () => {
      stopLabel();
      unsubscribe();
      stop();
    };
  }, []);

  return (
    <div className="pir-prompt" ref={ref} data-testid="hud-raid-prompt" aria-live="polite">
      <span className="pir-prompt-text" data-part="text" />
      <div className="pir-prompt-bar" data-part="bar">
        <div className="pir-prompt-fill" data-part="fill" />
      </div>
    </div>
  );
}
