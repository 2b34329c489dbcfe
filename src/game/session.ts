import {
  createSim,
  drainEvents,
  EMPTY_INPUT,
  ReplayRecorder,
  serializeReplay,
  stepSim,
  type CategoryId,
  type CreateSimOptions,
  type InputFrame,
  type ReplayPlayer,
  type SeedType,
  type SimEvent,
  type SimState,
} from '../sim';
import type { Ghost } from './ghost';
import { FixedStepLoop } from './loop';
import { TransformHistory } from './interpolation';

export type InputSource = () => InputFrame;
export type EventListener = (event: SimEvent) => void;

export interface RunOptions {
  readonly category: CategoryId;
  readonly seed: number;
  /** 'set': the category's published seed; 'random': rolled for this run. */
  readonly seedType?: SeedType;
  /** A later chapter of the campaign (Continue), with what it carries. */
  readonly start?: CreateSimOptions['start'];
}

/** Something that flies the ship instead of the devices (the autopilot). */
export interface InputDriver {
  next(sim: SimState): InputFrame;
}

/**
 * Owns the running simulation: feeds it one sampled InputFrame per tick, keeps the
 * previous transforms for interpolation, and fans the sim's events out to listeners.
 * No React and no rendering here: the view reads `sim` and `alpha`.
 */
export class GameSession {
  sim: SimState;
  options: RunOptions;
  /** Interpolation factor between the last two ticks, for the view. */
  alpha = 0;
  /** Bumped when a new sim replaces the old, so views can rebuild their instances. */
  generation = 0;
  readonly history = new TransformHistory();
  private readonly loop = new FixedStepLoop();
  private readonly listeners = new Set<EventListener>();
  /** When set, replaces the devices on every tick (the test hook). */
  inputOverride: InputFrame | null = null;
  /** When set, flies the ship (ahead of the test hook and the devices). */
  driver: InputDriver | null = null;
  /** Playback of an imported replay: its inputs replace everything else. */
  playback: ReplayPlayer | null = null;
  /** Records every tick of a live run until its outcome; null during playback. */
  private recorder: ReplayRecorder | null = null;
  /** The finished run's replay file text, once the run reached its outcome. */
  finishedReplay: string | null = null;
  /**
   * The personal best flying beside the run (see ghost.ts), stepped once per live tick
   * right after the live sim. `reset` clears it; the runtime sets it for a live run.
   */
  ghost: Ghost | null = null;

  constructor(
    options: RunOptions,
    private readonly sampleDevices: InputSource,
  ) {
    this.options = options;
    this.sim = createSim(options);
    this.captureTransforms();
  }

  /** Replaces the run with a fresh sim; with `playback`, the replay's inputs fly it. */
  reset(options: RunOptions, playback: ReplayPlayer | null = null): void {
    this.options = options;
    this.sim = createSim(options);
    this.playback = playback;
    this.finishedReplay = null;
    this.ghost = null;
    this.recorder = playback
      ? null
      : new ReplayRecorder({ ...options, seedType: options.seedType ?? 'set' });
    this.generation++;
    this.loop.reset();
    this.alpha = 0;
    this.captureTransforms();
  }

  /** Every body's pose before the next tick moves it: the view's interpolation start. */
  private captureTransforms(): void {
    this.history.capture(this.sim.world.bodies);
  }

  /** Called once per rendered frame while the run is live. */
  frame(frameSeconds: number): void {
    this.alpha = this.loop.advance(frameSeconds, () => this.tick());
  }

  /** Steps `ticks` ticks immediately (test hook, verifier-style driving). */
  advance(ticks: number): void {
    for (let i = 0; i < ticks; i++) this.tick();
    this.alpha = 1;
  }

  /** Drops partial frame time so resuming does not burst. */
  resumeClock(): void {
    this.loop.reset();
  }

  get droppedTicks(): number {
    return this.loop.droppedTicks;
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private tick(): void {
    this.captureTransforms();
    const sim = this.sim;
    const playback = this.playback;
    let input: InputFrame;
    if (playback) input = playback.done ? EMPTY_INPUT : playback.next();
    else if (this.driver) input = this.driver.next(sim);
    else input = this.inputOverride ?? this.sampleDevices() ?? EMPTY_INPUT;
    // The sampler runs even when something else flies, so held keys keep their edges.
    if (playback || this.driver) this.sampleDevices();
    const recording = this.recorder !== null && sim.outcome === null;
    stepSim(sim, input);
    this.ghost?.step();
    if (recording) {
      this.recorder!.record(input, sim);
      // The run's replay ends on its outcome tick: everything after is the epilogue.
      if (sim.outcome) {
        this.finishedReplay = serializeReplay(
          this.recorder!.finish(sim, { recordedAt: new Date().toISOString() }),
        );
      }
    }
    const events = drainEvents(sim);
    for (const event of events) for (const listener of this.listeners) listener(event);
  }
}
