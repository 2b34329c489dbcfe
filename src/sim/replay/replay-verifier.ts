import { SIM_VERSION, TICK_RATE } from '../constants';
import { createSim } from '../create-sim';
import { hashSim } from '../hash';
import { stepSim } from '../index';
import { igtTicks } from '../speedrun/clock';
import type { RunOutcome, SimState, SplitRecord } from '../state';
import { decodeInputStream, InputCursor } from './input-stream';
import { CHECKPOINT_EVERY_TICKS, replaySimOptions, type Replay } from './replay-format';

/** What the re-simulation reached at the end of the stream. */
export interface ReplaySummary {
  readonly category: Replay['category'];
  readonly seed: number;
  readonly seedType: Replay['seedType'];
  readonly simVersion: number;
  readonly ticks: number;
  readonly finalTick: number;
  readonly igtTicks: number;
  readonly outcome: RunOutcome | null;
  readonly splits: readonly SplitRecord[];
  readonly finalHash: string;
  readonly checkpointsChecked: number;
}

export type VerifyResult =
  | { readonly verified: true; readonly summary: ReplaySummary }
  | {
      readonly verified: false;
      /** The state hash differed: at a checkpoint, or after the last tick (`final`). */
      readonly reason: 'diverged';
      /** Ticks stepped when the hashes were compared (600, 1,200, … or the stream's end). */
      readonly tick: number;
      readonly final: boolean;
      readonly expected: string;
      readonly actual: string;
      /** Checkpoints that matched before this one. */
      readonly checkpointsChecked: number;
      readonly message: string;
    }
  | {
      readonly verified: false;
      /** Every hash matched, but the recorded result (time, outcome, splits) does not. */
      readonly reason: 'result-mismatch';
      readonly field: string;
      readonly expected: string;
      readonly actual: string;
      readonly summary: ReplaySummary;
      readonly message: string;
    }
  | {
      readonly verified: false;
      /** The replay cannot be simulated by this build (version, corrupt stream, bad options). */
      readonly reason: 'invalid';
      readonly message: string;
    }
  | {
      readonly verified: false;
      /** The simulation itself failed while re-simulating. */
      readonly reason: 'sim-error';
      readonly tick: number;
      readonly message: string;
    };

export interface VerifyOptions {
  /** Called after each checkpoint interval and at the end, with ticks stepped so far. */
  readonly onProgress?: (tick: number, total: number) => void;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Re-simulates a replay from its seed and input stream and checks it: each checkpoint
 * hash in turn (stopping at the first that differs), then the final hash and the
 * recorded result. Bad data comes back as a result; this never throws.
 *
 * The loop is what a live run does per tick and nothing more: the cursor rewrites one
 * frame in place, events are discarded without allocating, and the state is hashed only
 * at checkpoints.
 */
export function verifyReplay(replay: Replay, options: VerifyOptions = {}): VerifyResult {
  if (replay.simVersion !== SIM_VERSION) {
    return {
      verified: false,
      reason: 'invalid',
      message: `recorded with game version ${replay.simVersion}; this build simulates version ${SIM_VERSION}`,
    };
  }
  const decoded = decodeInputStream(replay.inputs);
  if (!decoded.ok) {
    return {
      verified: false,
      reason: 'invalid',
      message: `corrupt input stream: ${decoded.error}`,
    };
  }
  const total = decoded.stream.ticks;
  if (total !== replay.ticks) {
    return {
      verified: false,
      reason: 'invalid',
      message: `the input stream holds ${total} ticks, but the replay says ${replay.ticks}`,
    };
  }
  let sim: SimState;
  try {
    sim = createSim(replaySimOptions(replay));
  } catch (error) {
    return {
      verified: false,
      reason: 'invalid',
      message: `the run cannot start: ${errorText(error)}`,
    };
  }
  const cursor = new InputCursor(decoded.stream);
  const onProgress = options.onProgress;
  let stepped = 0;
  let checkpoint = 0;
  try {
    for (let frame = cursor.next(); frame !== null; frame = cursor.next()) {
      stepSim(sim, frame);
      // Nobody listens during verification; drop events without a new array per tick.
      if (sim.events.length > 0) sim.events.length = 0;
      stepped++;
      if (stepped % CHECKPOINT_EVERY_TICKS !== 0) continue;
      const expected = replay.checkpoints[checkpoint];
      if (expected !== undefined) {
        const actual = hashSim(sim);
        if (actual !== expected) {
          return {
            verified: false,
            reason: 'diverged',
            tick: stepped,
            final: false,
            expected,
            actual,
            checkpointsChecked: checkpoint,
            message: `diverged at checkpoint tick ${stepped} (expected state hash ${expected}, got ${actual})`,
          };
        }
        checkpoint++;
      }
      onProgress?.(stepped, total);
    }
  } catch (error) {
    return {
      verified: false,
      reason: 'sim-error',
      tick: stepped,
      message: `the simulation failed at tick ${stepped + 1}: ${errorText(error)}`,
    };
  }
  if (stepped % CHECKPOINT_EVERY_TICKS !== 0) onProgress?.(stepped, total);

  const finalHash = hashSim(sim);
  if (finalHash !== replay.result.finalHash) {
    return {
      verified: false,
      reason: 'diverged',
      tick: stepped,
      final: true,
      expected: replay.result.finalHash,
      actual: finalHash,
      checkpointsChecked: checkpoint,
      message: `diverged at the final tick ${stepped} (expected state hash ${replay.result.finalHash}, got ${finalHash})`,
    };
  }
  const summary: ReplaySummary = {
    category: replay.category,
    seed: replay.seed,
    seedType: replay.seedType,
    simVersion: replay.simVersion,
    ticks: stepped,
    finalTick: sim.tick,
    igtTicks: igtTicks(sim),
    outcome: sim.outcome ? { kind: sim.outcome.kind, tick: sim.outcome.tick } : null,
    splits: sim.speedrun.splits.map((s) => ({ id: s.id, label: s.label, igtTicks: s.igtTicks })),
    finalHash,
    checkpointsChecked: checkpoint,
  };
  const mismatch = compareResult(replay, summary);
  if (mismatch) {
    return {
      verified: false,
      reason: 'result-mismatch',
      ...mismatch,
      summary,
      message: `the recorded ${mismatch.field} is ${mismatch.expected}, but the run gives ${mismatch.actual}`,
    };
  }
  return { verified: true, summary };
}

function describeOutcome(outcome: RunOutcome | null): string {
  return outcome ? `${outcome.kind} at tick ${outcome.tick}` : 'none (unfinished)';
}

function describeSplits(splits: readonly SplitRecord[]): string {
  return splits.length === 0 ? 'none' : splits.map((s) => `${s.id}@${s.igtTicks}`).join(', ');
}

function compareResult(
  replay: Replay,
  summary: ReplaySummary,
): { field: string; expected: string; actual: string } | null {
  const recorded = replay.result;
  if (recorded.igtTicks !== summary.igtTicks) {
    return {
      field: 'in-game time',
      expected: `${recorded.igtTicks} ticks`,
      actual: `${summary.igtTicks} ticks`,
    };
  }
  const a = describeOutcome(recorded.outcome);
  const b = describeOutcome(summary.outcome);
  if (a !== b) return { field: 'outcome', expected: a, actual: b };
  if (recorded.finalTick !== summary.finalTick) {
    return {
      field: 'final tick',
      expected: String(recorded.finalTick),
      actual: String(summary.finalTick),
    };
  }
  const sa = describeSplits(recorded.splits);
  const sb = describeSplits(summary.splits);
  if (sa !== sb) return { field: 'splits', expected: sa, actual: sb };
  return null;
}

export interface TimedVerification {
  readonly result: VerifyResult;
  /** Wall-clock milliseconds the verification took, by the clock passed in. */
  readonly wallMs: number;
  /** Real time the replay's ticks stand for: ticks / TICK_RATE seconds. */
  readonly playedMs: number;
  /** playedMs / wallMs: how many times faster than real time it ran. */
  readonly speed: number;
}

/**
 * verifyReplay timed by a clock the caller passes in (the sim reads no clock itself):
 * `timeVerification(replay, () => performance.now())` in the CLI and the benchmark.
 */
export function timeVerification(
  replay: Replay,
  now: () => number,
  options: VerifyOptions = {},
): TimedVerification {
  const started = now();
  const result = verifyReplay(replay, options);
  const wallMs = Math.max(now() - started, 1e-6);
  const playedMs = (replay.ticks * 1000) / TICK_RATE;
  return { result, wallMs, playedMs, speed: playedMs / wallMs };
}
