import { SIM_VERSION } from '../constants';
import { hashSim } from '../hash';
import type { InputFrame } from '../input-frame';
import { igtTicks } from '../speedrun/clock';
import type { CreateSimOptions, SimState } from '../state';
import { InputStreamEncoder } from './input-stream';
import { CHECKPOINT_EVERY_TICKS, type Replay, type SeedType } from './replay-format';

export interface ReplayRecorderOptions extends CreateSimOptions {
  readonly seedType: SeedType;
}

/**
 * Records a run as it is played. Create it with the same options the run's sim was
 * created with, then call `record(frame, sim)` once per tick, right AFTER
 * `stepSim(sim, frame)`:
 *
 *   const sim = createSim(options);
 *   const recorder = new ReplayRecorder({ ...options, seedType: 'set' });
 *   stepSim(sim, frame);
 *   recorder.record(frame, sim);
 *
 * After the N-th recorded tick, when N is a multiple of 600, it stores hashSim(sim):
 * the state after N ticks stepped. `finish(sim)` returns the Replay with the result.
 * Per tick it costs a frame comparison; a hash every 600 ticks.
 */
export class ReplayRecorder {
  private readonly encoder = new InputStreamEncoder();
  private readonly checkpoints: string[] = [];
  private readonly options: ReplayRecorderOptions;

  constructor(options: ReplayRecorderOptions) {
    this.options = options;
  }

  /** Ticks recorded so far. */
  get ticks(): number {
    return this.encoder.ticks;
  }

  /** Call once per tick, after stepSim(sim, frame). Throws RangeError for an invalid frame. */
  record(frame: InputFrame, sim: SimState): void {
    this.encoder.push(frame);
    if (this.encoder.ticks % CHECKPOINT_EVERY_TICKS === 0) this.checkpoints.push(hashSim(sim));
  }

  /**
   * The replay of everything recorded so far, with the run's result read from `sim`.
   * Recording may continue afterwards (a later finish includes the new ticks).
   */
  finish(sim: SimState, details: { readonly recordedAt?: string } = {}): Replay {
    const { seed, category = 'any', start, seedType } = this.options;
    const replay: Replay = {
      simVersion: SIM_VERSION,
      category,
      seed: seed >>> 0,
      seedType,
      start: start ? { chapter: start.chapter, carry: start.carry } : null,
      ticks: this.encoder.ticks,
      inputs: this.encoder.encode(),
      checkpointEveryTicks: CHECKPOINT_EVERY_TICKS,
      checkpoints: this.checkpoints.slice(),
      result: {
        igtTicks: igtTicks(sim),
        outcome: sim.outcome ? { kind: sim.outcome.kind, tick: sim.outcome.tick } : null,
        finalTick: sim.tick,
        splits: sim.speedrun.splits.map((s) => ({
          id: s.id,
          label: s.label,
          igtTicks: s.igtTicks,
        })),
        finalHash: hashSim(sim),
      },
    };
    return details.recordedAt === undefined
      ? replay
      : { ...replay, recordedAt: details.recordedAt };
  }
}
