import type { EnemyShip, SimState } from '../state';

/** Scratch: reused every call, so the per-tick check allocates nothing. */
const fallen: EnemyShip[] = [];

/**
 * The structures among `ids` (relays, pylons) destroyed since cleanup last ran. A
 * structure destroyed this tick is still listed until cleanup removes it at the tick's
 * end, so each is found exactly once, even when two fall on the same tick. The result
 * is valid until the next call.
 */
export function fallenThisTick(sim: SimState, ids: readonly number[]): readonly EnemyShip[] {
  fallen.length = 0;
  for (const id of ids) {
    const structure = sim.enemyById.get(id);
    if (structure && !structure.alive) fallen.push(structure);
  }
  return fallen;
}
