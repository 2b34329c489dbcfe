import {
  createSim,
  parseReplayFile,
  replaySimOptions,
  ReplayPlayer,
  SIM_VERSION,
  stepSim,
  type CategoryId,
  type SeedType,
  type SimState,
} from '../sim';

/** Ticks the ghost takes to fade out once its replay has ended (one second). */
export const GHOST_FADE_TICKS = 60;

/** The run a ghost may race: only a full run (no Continue) of the same category, seed type and seed. */
export interface GhostRun {
  readonly category: CategoryId;
  readonly seed: number;
  readonly seedType: SeedType;
}

interface Vec3Out {
  x: number;
  y: number;
  z: number;
}
interface QuatOut extends Vec3Out {
  w: number;
}

/**
 * The personal best's Callister, flying beside the live run: a second sim created from
 * the PB's replay and stepped once per live tick with the replay's recorded inputs, so
 * after N live ticks it stands where the PB run stood after N ticks. Its events are
 * dropped; it never touches the live sim or the live recorder. It keeps its player's
 * pose before and after the last step (position xyz + quaternion xyzw) for the view's
 * interpolation. When the replay ends it stops stepping and holds its last pose.
 */
export class Ghost {
  readonly sim: SimState;
  private readonly player: ReplayPlayer;
  /** Pose before the last step and after it: [px, py, pz, qx, qy, qz, qw]. */
  private readonly previous = new Float64Array(7);
  private readonly current = new Float64Array(7);
  /** Live ticks since the replay ran out (0 while it plays). */
  ticksSinceDone = 0;

  private constructor(player: ReplayPlayer) {
    this.player = player;
    this.sim = createSim(replaySimOptions(player.replay));
    this.capture(this.current);
    this.previous.set(this.current);
  }

  /**
   * A ghost from a replay file's text, or null when the text does not parse, was
   * recorded under other rules (sim version), or its inputs cannot be decoded. A
   * ghost is optional: nothing is reported.
   */
  static fromReplayText(text: string): Ghost | null {
    const parsed = parseReplayFile(text);
    if (!parsed.ok || parsed.replay.simVersion !== SIM_VERSION) return null;
    const created = ReplayPlayer.create(parsed.replay);
    return created.ok ? new Ghost(created.player) : null;
  }

  /**
   * The ghost for a live run: the PB replay must be a full run (no Continue start) of
   * the run's category, seed type and seed. Null otherwise.
   */
  static forRun(run: GhostRun, pbReplayText: string | null): Ghost | null {
    if (pbReplayText === null) return null;
    const ghost = Ghost.fromReplayText(pbReplayText);
    if (!ghost) return null;
    const replay = ghost.player.replay;
    const matches =
      replay.start === null &&
      replay.category === run.category &&
      replay.seed === run.seed >>> 0 &&
      replay.seedType === run.seedType;
    return matches ? ghost : null;
  }

  /** Ticks the ghost has stepped (equals the live run's ticks stepped while it plays). */
  get tick(): number {
    return this.player.tick;
  }

  /** True once every recorded tick has been stepped. */
  get done(): boolean {
    return this.player.done;
  }

  /** Call once per live tick, right after the live stepSim. */
  step(): void {
    if (this.player.done) {
      // Hold the last pose: no motion to interpolate.
      this.previous.set(this.current);
      this.ticksSinceDone++;
      return;
    }
    this.previous.set(this.current);
    stepSim(this.sim, this.player.next());
    // The ghost's events (shots, hits, splits) are nobody's business.
    this.sim.events.length = 0;
    this.capture(this.current);
  }

  /** 1 while the replay plays, falling to 0 over GHOST_FADE_TICKS once it has ended. */
  get fade(): number {
    return Math.max(0, 1 - this.ticksSinceDone / GHOST_FADE_TICKS);
  }

  /** The ghost ship's position between the last two ticks (alpha 0 → 1). */
  position(alpha: number, out: Vec3Out): void {
    const p = this.previous;
    const c = this.current;
    out.x = p[0]! + (c[0]! - p[0]!) * alpha;
    out.y = p[1]! + (c[1]! - p[1]!) * alpha;
    out.z = p[2]! + (c[2]! - p[2]!) * alpha;
  }

  /** The ghost ship's orientation between the last two ticks (normalised lerp, shortest arc). */
  quaternion(alpha: number, out: QuatOut): void {
    const p = this.previous;
    const c = this.current;
    const sign = p[3]! * c[3]! + p[4]! * c[4]! + p[5]! * c[5]! + p[6]! * c[6]! < 0 ? -1 : 1;
    const x = sign * p[3]! + (c[3]! - sign * p[3]!) * alpha;
    const y = sign * p[4]! + (c[4]! - sign * p[4]!) * alpha;
    const z = sign * p[5]! + (c[5]! - sign * p[5]!) * alpha;
    const w = sign * p[6]! + (c[6]! - sign * p[6]!) * alpha;
    const len = Math.hypot(x, y, z, w) || 1;
    out.x = x / len;
    out.y = y / len;
    out.z = z / len;
    out.w = w / len;
  }

  private capture(into: Float64Array): void {
    const body = this.sim.player.body;
    into[0] = body.position.x;
    into[1] = body.position.y;
    into[2] = body.position.z;
    into[3] = body.quaternion.x;
    into[4] = body.quaternion.y;
    into[5] = body.quaternion.z;
    into[6] = body.quaternion.w;
  }
}
