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
