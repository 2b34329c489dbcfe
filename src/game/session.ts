import {
  createSim,
  drainEvents,
  EMPTY_INPUT,
  stepSim,
  type CategoryId,
  type InputFrame,
  type SimEvent,
  type SimState,
} from '../sim';
import { FixedStepLoop } from './loop';
import { TransformHistory } from './interpolation';

export type InputSource = () => InputFrame;
export type EventListener = (event: SimEvent) => void;

export interface RunOptions {
  readonly category: CategoryId;
  readonly seed: number;
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
  /** When set, replaces the devices on every tick (the test hook, later the replay player). */
  inputOverride: InputFrame | null = null;

  constructor(
    options: RunOptions,
    private readonly sampleDevices: InputSource,
  ) {
    this.options = options;
    this.sim = createSim(options);
    this.captureTransforms();
  }

  /** Replaces the run with a fresh sim. */
  reset(options: RunOptions): void {
    this.options = options;
    this.sim = createSim(options);
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
    const input = this.inputOverride ?? this.sampleDevices() ?? EMPTY_INPUT;
    stepSim(this.sim, input);
    const events = drainEvents(this.sim);
    for (const event of events) for (const listener of this.listeners) listener(event);
  }
}
