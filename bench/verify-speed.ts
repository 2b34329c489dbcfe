/**
 * The verifier's speed: a full category run (Attack Wave, or the Heart) flown by the
 * autopilot is recorded in
 * Node (ReplayRecorder, as the game records a live run), serialized and parsed back as
 * a file would be, then re-simulated by the verifier (timeVerification, the same call
 * `npm run verify` makes). Speedup = replay ticks / 60 s of play ÷ wall seconds.
 */
import { performance } from 'node:perf_hooks';
import {
  CATEGORIES,
  createSim,
  igtTicks,
  parseReplayFile,
  ReplayRecorder,
  serializeReplay,
  stepSim,
  timeVerification,
} from '../src/sim';
import { createAutopilot } from '../src/sim/autopilot';

/** The party ends by its timer at 300 s, the Heart's countdown well before; past this something is wrong. */
const MAX_TICKS = 60 * 60 * 8;

/** The categories the autopilot can finish on its own. */
export type AutopilotCategory = 'attack-wave' | 'heart';

export interface VerifySpeed {
  category: AutopilotCategory;
  seed: number;
  ticks: number;
  igtTicks: number;
  outcome: string;
  recordWallMs: number;
  verifyWallMs: number;
  verified: boolean;
  message: string | null;
  /** Real time played ÷ wall time to verify it. */
  speedup: number;
}

export function measureVerifySpeed(category: AutopilotCategory = 'attack-wave'): VerifySpeed {
  const seed = CATEGORIES[category].defaultSeed;
  const options = { seed, category };
  const sim = createSim(options);
  const recorder = new ReplayRecorder({ ...options, seedType: 'set' });
  const autopilot = createAutopilot();
  const recordStart = performance.now();
  while (!sim.outcome && sim.tick < MAX_TICKS) {
    const frame = autopilot.next(sim);
    stepSim(sim, frame);
    recorder.record(frame, sim);
    sim.events.length = 0;
  }
  const text = serializeReplay(recorder.finish(sim));
  const recordWallMs = performance.now() - recordStart;
  const outcome = sim.outcome
    ? `${sim.outcome.kind} at tick ${sim.outcome.tick}`
    : `none after ${sim.tick} ticks`;

  const parsed = parseReplayFile(text);
  if (!parsed.ok) throw new Error(`the recorded replay does not parse: ${parsed.error}`);
  const timed = timeVerification(parsed.replay, () => performance.now());
  return {
    category,
    seed,
    ticks: parsed.replay.ticks,
    igtTicks: igtTicks(sim),
    outcome,
    recordWallMs,
    verifyWallMs: timed.wallMs,
    verified: timed.result.verified,
    message: timed.result.verified ? null : timed.result.message,
    speedup: timed.speed,
  };
}
