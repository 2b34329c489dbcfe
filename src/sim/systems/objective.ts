import { OBJECTIVE } from '../content/piracy-rules';
import { Button, wasPressed, type InputFrame } from '../input-frame';
import type { ObjectiveStage, SimState } from '../state';
import { split } from '../speedrun/clock';
import * as det from '../math/det-math';

/** Walton's scene, as lines at fixed offsets from its start (ticks). */
const WALTON_SCENE: readonly { at: number; from: string; text: string }[] = [
  { at: 0, from: 'Nanette', text: 'Tractor beam on that avatar. Bring James Walton aboard.' },
  {
    at: 150,
    from: 'Kabir',
    text: 'Got him. His avatar is in the transporter room. He is not happy.',
  },
  {
    at: 330,
    from: 'Walton',
    text: 'You think a few stolen credits make you players? You are code. Stolen code.',
  },
  { at: 560, from: 'Nanette', text: 'Turn off the deletion sweeps, James. Let us live.' },
  {
    at: 760,
    from: 'Walton',
    text: 'I have a better idea. Every player you robbed is about to get an invitation.',
  },
  {
    at: 980,
    from: 'Walton',
    text: "YOU'RE INVITED! Party at the Callister. Bring your friends. Bring everything.",
  },
  { at: 1180, from: 'Nate', text: 'Contacts. Hundreds of them. They are all coming here.' },
];

function enterStage(sim: SimState, stage: ObjectiveStage): void {
  sim.objective.stage = stage;
  sim.objective.stageSinceTick = sim.tick;
  sim.events.push({ type: 'ObjectiveChanged', tick: sim.tick, stage });
}

/** Ends the scene: the broadcast has gone out and the party (chapter 2) begins. */
function finishScene(sim: SimState): void {
  enterStage(sim, 'done');
  sim.chapter = 'party';
  sim.events.push({ type: 'ChapterChanged', tick: sim.tick, chapter: 'party' });
  // Scene inputs must not leak into the next chapter: watching and skipping end identical.
  sim.previousButtons = 0;
  sim.previousAbility = 0;
  sim.previousPurchase = 0;
  // The scene's last tick closes chapter 1; the party director takes over on the next.
  split(sim, 'walton', 'Walton aboard');
}

/**
 * One tick of the Walton scene. While it plays, nothing else in the sector moves
 * (schedule.ts runs only this). Skip jumps the clock to the scene's end, which is
 * exactly the state that watching it to the end reaches.
 */
export function waltonSceneSystem(sim: SimState, input: InputFrame): void {
  const start = sim.objective.stageSinceTick;
  const end = start + OBJECTIVE.waltonSceneTicks;
  if (wasPressed(input, sim.previousButtons, Button.Skip)) {
    sim.tick = end;
    finishScene(sim);
    return;
  }
  const elapsed = sim.tick - start;
  for (const line of WALTON_SCENE) {
    if (line.at === elapsed)
      sim.events.push({ type: 'Comms', tick: sim.tick, from: line.from, text: line.text });
  }
  sim.previousButtons = input.buttons;
  sim.tick += 1;
  if (sim.tick >= end) finishScene(sim);
}

export function isInScene(sim: SimState): boolean {
  return sim.objective.stage === 'walton-scene';
}

/** Chapter 1's objective: steal the target, then reach Walton's planet. */
export function objectiveSystem(sim: SimState): void {
  if (sim.chapter !== 'piracy' || !sim.player.alive) return;
  const objective = sim.objective;
  if (objective.stage === 'raid' && sim.credits >= OBJECTIVE.targetCredits) {
    enterStage(sim, 'reach-walton');
    split(sim, 'target-stolen', 'Credits stolen');
  }
  if (objective.stage === 'reach-walton') {
    const p = sim.player.body.position;
    const [x, y, z] = sim.waltonPlanet.position;
    const altitude = det.hypot(p.x - x, p.y - y, p.z - z) - sim.waltonPlanet.radiusM;
    if (altitude <= OBJECTIVE.waltonRangeM) {
      enterStage(sim, 'walton-scene');
      // The scene's clock starts on the next tick, its first one (line 0 plays there).
      sim.objective.stageSinceTick = sim.tick + 1;
      // The Callister holds station for the scene.
      sim.player.body.velocity.set(0, 0, 0);
      sim.player.body.angularVelocity.set(0, 0, 0);
    }
  }
}
