import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { TICK_RATE } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter } from '../combat/painter';
import { useKeyLabel } from './key-label';
import { isSceneSpeaker, SCENE_SPEAKERS } from './piracy-text';

/** A new subtitle eases in over this long (sim seconds). */
const LINE_IN_S = 0.35;
const SPEAKER_CLASSES = SCENE_SPEAKERS.map((speaker) => `is-${speaker.toLowerCase()}`);

/**
 * Walton's scene: letterbox bars slide in, the rest of the HUD fades away (the `.hud`
 * root gets `in-scene`), and the scene's lines play as subtitles with the speaker's
 * name, with the skip key in the corner.
 */
export function SceneOverlay() {
  const ref = useRef<HTMLDivElement>(null);
  const skipKey = useKeyLabel('skip');

  useEffect(() => {
    const root = ref.current;
    const hud = root?.closest<HTMLElement>('.hud');
    if (!root || !hud) return undefined;
    const part = (name: string): Painter =>
      new Painter(root.querySelector<HTMLElement>(`[data-part="${name}"]`)!);
    const nodes = {
      hud: new Painter(hud),
      root: new Painter(root),
      line: part('line'),
      speaker: part('speaker'),
      text: part('text'),
    };
    let from = '';
    let words = '';
    let lineTick = -Infinity;
    let changed = false;
    let generation = runtime.session.generation;

    const unsubscribe = runtime.session.onEvent((event) => {
      if (event.type !== 'Comms' || !isSceneSpeaker(event.from)) return;
      if (runtime.session.sim.objective.stage !== 'walton-scene') return;
      from = event.from;
      words = event.text;
      lineTick = event.tick;
      changed = true;
    });

    const stop = onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      if (frame.generation !== generation) {
        generation = frame.generation;
        lineTick = -Infinity;
        from = '';
      }
      const inScene = sim.objective.stage === 'walton-scene';
      nodes.hud.flag('in-scene', inScene);
      nodes.root.flag('is-on', inScene);
      if (!inScene) {
        from = '';
        lineTick = -Infinity;
      }
      if (changed) {
        changed = false;
        nodes.speaker.text(from);
        nodes.text.text(words);
        for (let s = 0; s < SCENE_SPEAKERS.length; s++) {
          nodes.line.flag(SPEAKER_CLASSES[s]!, SCENE_SPEAKERS[s] === from);
        }
      }
      nodes.line.show(from !== '');
      nodes.line.flag('is-new', (frame.time - lineTick) / TICK_RATE < LINE_IN_S);
    });
    return () => {
      unsubscribe();
      stop();
      hud.classList.remove('in-scene');
    };
  }, []);

  return (
    <div className="pir-scene" ref={ref} data-testid="hud-scene">
      <div className="pir-scene-bar pir-scene-bar-top">
        <span className="pir-scene-caption">TRANSPORTER ROOM · USS CALLISTER</span>
      </div>
      <div className="pir-scene-bar pir-scene-bar-bottom">
        <span className="pir-scene-skip">
          <kbd>{skipKey}</kbd> skip
        </span>
      </div>
      <div className="pir-scene-line" data-part="line">
        <span className="pir-scene-speaker" data-part="speaker" />
        <span className="pir-scene-text" data-part="text" />
      </div>
    </div>
  );
}
