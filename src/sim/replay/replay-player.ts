import { EMPTY_INPUT, type InputFrame } from '../input-frame';
import type { CreateSimOptions } from '../state';
import { decodeInputStream, InputCursor } from './input-stream';
import { CHECKPOINT_EVERY_TICKS, replaySimOptions, type Replay } from './replay-format';

export type ReplayPlayerResult =
  | { readonly ok: true; readonly player: ReplayPlayer }
  | { readonly ok: false; readonly error: string };

/**
 * Plays a replay back in the game: start a sim with `simOptions`, then on every tick
 * feed it `next()` instead of the devices until `done`.
 *
 *   const sim = createSim(player.simOptions);
 *   while (!player.done) stepSim(sim, player.next());
 *
 * `next()` hands out one frame object rewritten in place each tick (no allocation):
 * use it for this tick's step, copy it to keep it. `expectedHash(ticks)` gives the
 * recorded checkpoint for ticks stepped, so playback can notice a desync.
 */
export class ReplayPlayer {
  readonly simOptions: CreateSimOptions;
  private readonly cursor: InputCursor;

  private constructor(
    readonly replay: Replay,
    cursor: InputCursor,
  ) {
    this.simOptions = replaySimOptions(replay);
    this.cursor = cursor;
  }

  /** A player for a parsed replay, or an error if its input stream is unreadable. */
  static create(replay: Replay): ReplayPlayerResult {
    const decoded = decodeInputStream(replay.inputs);
    if (!decoded.ok) return { ok: false, error: `corrupt input stream: ${decoded.error}` };
    return { ok: true, player: new ReplayPlayer(replay, new InputCursor(decoded.stream)) };
  }

  /** Ticks played so far. */
  get tick(): number {
    return this.cursor.tick;
  }

  /** Ticks in the replay. */
  get total(): number {
    return this.cursor.total;
  }

  /** True once every recorded tick has been handed out. */
  get done(): boolean {
    return this.cursor.done;
  }

  /** The next tick's input; EMPTY_INPUT once the replay is done. */
  next(): InputFrame {
    return this.cursor.next() ?? EMPTY_INPUT;
  }

  /**
   * The recorded hashSim after `ticksStepped` ticks, when that is a checkpoint (a
   * multiple of 600 within the replay) or the replay's last tick; otherwise null.
   */
  expectedHash(ticksStepped: number): string | null {
    if (ticksStepped === this.replay.ticks) return this.replay.result.finalHash;
    if (ticksStepped <= 0 || ticksStepped % CHECKPOINT_EVERY_TICKS !== 0) return null;
    return this.replay.checkpoints[ticksStepped / CHECKPOINT_EVERY_TICKS - 1] ?? null;
  }
}
