import type { SimState } from '../state';

/** The arena is cleared on the tick its last Infinity ship is destroyed or logs off. */
export function arenaDirectorSystem(sim: SimState): void {
  if (sim.chapter !== 'arena' || sim.outcome !== null) return;
  if (sim.enemies.some((e) => e.alive && !e.warpedOut)) return;
  sim.outcome = { kind: 'arena-cleared', tick: sim.tick };
  sim.events.push({ type: 'ArenaCleared', tick: sim.tick });
}
