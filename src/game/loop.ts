import { FIXED_DT } from '../sim';

export interface LoopOptions {
  /** A frame longer than this (a breakpoint, a stalled tab) counts as this long. */
  readonly maxFrameSeconds: number;
  /** Ticks run per frame at most; the rest of a backlog is dropped and counted. */
  readonly maxTicksPerFrame: number;
}

export const DEFAULT_LOOP_OPTIONS: LoopOptions = { maxFrameSeconds: 0.25, maxTicksPerFrame: 5 };

/**
 * Fixed-step accumulator: turns variable frame times into whole 1/60 s ticks and
 * returns alpha, how far the frame lies between the last two ticks, for interpolation.
 */
export class FixedStepLoop {
  private accumulator = 0;
  /** Ticks that were due but skipped because a frame came too late. */
  droppedTicks = 0;

  constructor(private readonly options: LoopOptions = DEFAULT_LOOP_OPTIONS) {}

  /** Runs `tick` as many times as the elapsed time calls for; returns alpha in [0, 1). */
  advance(frameSeconds: number, tick: () => void): number {
    const dt = Number.isFinite(frameSeconds)
      ? Math.min(Math.max(frameSeconds, 0), this.options.maxFrameSeconds)
      : 0;
    this.accumulator += dt;
    let ran = 0;
    while (this.accumulator >= FIXED_DT && ran < this.options.maxTicksPerFrame) {
      tick();
      this.accumulator -= FIXED_DT;
      ran++;
    }
    if (this.accumulator >= FIXED_DT) {
      const backlog = Math.floor(this.accumulator / FIXED_DT);
      this.droppedTicks += backlog;
      this.accumulator -= backlog * FIXED_DT;
    }
    return this.accumulator / FIXED_DT;
  }

  /** Forget partial time, e.g. on resume, so a pause does not turn into a burst of ticks. */
  reset(): void {
    this.accumulator = 0;
  }
}
