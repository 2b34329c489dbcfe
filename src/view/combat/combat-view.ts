import type { Body } from 'cannon-es';
import { runtime } from '../../game/runtime';
import { PLAYER_ID, type EnemyShip, type SimState } from '../../sim';

/** The sim's id for the Callister. */
export const CALLISTER_ID = PLAYER_ID;
/** Shield bubble radius around the Callister (her hull is ~40 m long). */
export const CALLISTER_SHIELD_RADIUS_M = 40;

/**
 * The effects' clock: real frame time, clamped so a stalled tab does not jump every
 * effect to its end, and stopped while the run is not live (pause freezes the battle).
 */
export function fxDelta(delta: number): number {
  return runtime.isLive() ? Math.min(delta, 0.1) : 0;
}

/**
 * The last seen state of each Infinity ship. A ship is removed from the sim in the
 * same tick it dies or warps out, before its ShipDestroyed / ShipWarped event reaches
 * the view, so the explosion and the warp streak ask here for its velocity.
 * Refreshed by FleetExhaust every frame.
 */
const lastShips = new Map<number, EnemyShip>();
let trackedList: readonly EnemyShip[] | null = null;
let trackedLength = -1;

export function trackEnemies(sim: SimState): void {
  const list = sim.enemies;
  if (list === trackedList && list.length === trackedLength) return;
  if (list !== trackedList) {
    // The sim swapped the array: somebody left. Their events (ShipDestroyed, ShipWarped)
    // have been delivered by now, so the effects no longer need them.
    for (const id of lastShips.keys()) {
      if (sim.enemyById.has(id)) continue;
      lastShips.delete(id);
    }
  }
  for (const enemy of list) if (!lastShips.has(enemy.id)) lastShips.set(enemy.id, enemy);
  trackedList = list;
  trackedLength = list.length;
}

export function forgetEnemies(): void {
  lastShips.clear();
  trackedList = null;
  trackedLength = -1;
}

/** A ship's body by id: the Callister, a live enemy, or one that just died. */
export function shipBody(sim: SimState, id: number): Body | undefined {
  if (id === CALLISTER_ID) return sim.player.body;
  return (sim.enemyById.get(id) ?? lastShips.get(id))?.body;
}

/** A ship's collision radius by id (the Callister gets her shield radius). */
export function shipRadius(sim: SimState, id: number): number {
  if (id === CALLISTER_ID) return CALLISTER_SHIELD_RADIUS_M;
  return (sim.enemyById.get(id) ?? lastShips.get(id))?.radiusM ?? 10;
}
