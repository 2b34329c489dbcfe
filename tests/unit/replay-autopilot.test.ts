import { describe, expect, it } from 'vitest';
import {
  createSim,
  drainEvents,
  parseReplayFile,
  ReplayRecorder,
  serializeReplay,
  stepSim,
  verifyReplay,
} from '../../src/sim';
import { createAutopilot } from '../../src/sim/autopilot';

describe('a recorded autopilot run', () => {
  it('finishes Attack Wave on the published seed and its replay file verifies', () => {
    const options = { seed: 2025, category: 'attack-wave' as const };
    const sim = createSim(options);
    const recorder = new ReplayRecorder({ ...options, seedType: 'set' });
    const pilot = createAutopilot();
    while (!sim.outcome && sim.tick < 18_500) {
      const frame = pilot.next(sim);
      stepSim(sim, frame);
      recorder.record(frame, sim);
      drainEvents(sim);
    }
    expect(sim.outcome?.kind).toBe('run-complete');
    const text = serializeReplay(recorder.finish(sim));
    // A few minutes of flying fits in a small file.
    expect(text.length).toBeLessThan(200_000);
    const parsed = parseReplayFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.replay.checkpoints.length).toBe(Math.floor(parsed.replay.ticks / 600));
    const result = verifyReplay(parsed.replay);
    expect(result.verified).toBe(true);
    if (result.verified) {
      expect(result.summary.igtTicks).toBe(sim.speedrun.splits.at(-1)!.igtTicks);
    }
  }, 180_000);
});
