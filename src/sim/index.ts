import type { SimEvent } from './events';
import type { InputFrame } from './input-frame';
import { runSchedule } from './schedule';
import type { SimState } from './state';

export { createSim } from './create-sim';
export { hashSim } from './hash';
export { FIXED_DT, TICK_RATE, SIM_VERSION } from './constants';
export { CATEGORIES, isCategoryId, type CategoryId } from './content/categories';
export { CALLISTER } from './content/callister';
export { PIRACY_SECTOR, ARENA_SECTOR, ASTEROIDS, type SectorDefinition } from './content/sector';
export { SHIP_CLASSES, SHIP_CLASS_IDS, type ShipClassStats } from './content/ship-classes';
export { PHASERS, TORPEDOES } from './content/weapons';
export { leadPoint, interceptTime } from './math/intercept';
export { ProjectileKind, Faction } from './world/projectile-pool';
export { PLAYER_ID } from './world/player-ship';
export { describeObjective } from './objective-text';
export { CREW, CREW_RULES } from './content/crew';
export { UPGRADES, UPGRADE_EFFECTS, DOCKING } from './content/upgrades';
export { OBJECTIVE, RAID, WANTED } from './content/piracy-rules';
export * from './input-frame';
export { igtTicks } from './speedrun/clock';
export { PARTY, WAVES, STANDARD_GRUDGE_LIST, waveSize } from './content/party';
export type * from './events';
export type * from './state';

/** Advances the simulation by exactly one tick (1/60 s). */
export function stepSim(sim: SimState, input: InputFrame): void {
  runSchedule(sim, input);
}

/** Returns and clears the events emitted since the last drain. */
export function drainEvents(sim: SimState): SimEvent[] {
  const events = sim.events;
  sim.events = [];
  return events;
}
export {
  ALL_BUTTONS,
  MAX_REPLAY_TICKS,
  InputCursor,
  InputStreamEncoder,
  decodeInputStream,
  encodeInputFrames,
  inputFrameProblem,
  inputFrames,
  type InputStream,
  type InputStreamResult,
} from './replay/input-stream';
export {
  CHECKPOINT_EVERY_TICKS,
  MAX_REPLAY_FILE_CHARS,
  REPLAY_FILE_VERSION,
  REPLAY_FORMAT,
  checkpointCount,
  replaySimOptions,
  type Replay,
  type ReplayResult,
  type ReplayStart,
  type SeedType,
} from './replay/replay-format';
export { ReplayRecorder, type ReplayRecorderOptions } from './replay/replay-recorder';
export { parseReplayFile, serializeReplay, type ParseReplayResult } from './replay/replay-file';
export {
  timeVerification,
  verifyReplay,
  type ReplaySummary,
  type TimedVerification,
  type VerifyOptions,
  type VerifyResult,
} from './replay/replay-verifier';
export { ReplayPlayer, type ReplayPlayerResult } from './replay/replay-player';
