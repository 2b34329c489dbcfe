import type { Body } from 'cannon-es';
import { runtime } from '../../game/runtime';
import { PLAYER_ID, type EnemyShip, type SimState } from '../../sim';
import { fx } from './fx-particles';
import { FX_COLORS, shipTint } from './palette';

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
 * same tick it dies, before its ShipDestroyed event reaches the view, so the
 * explosion asks here for the wreck's velocity. Refreshed by FleetExhaust every frame.
 */
const lastShips = new Map<number, EnemyShip>();
let trackedList: readonly EnemyShip[] | null = null;
let trackedLength = -1;

/** A ship that fled the sector jumps out: a streak along its course and a flash. */
function warpFlash(ship: EnemyShip): void {
  const p = ship.body.position;
  const v = ship.body.velocity;
  const speed = Math.hypot(v.x, v.y, v.z) || 1;
  const ux = v.x / speed;
  const uy = v.y / speed;
  const uz = v.z / speed;
  const tint = shipTint(ship.id);
  const r = ship.radiusM;
  fx.flash(p.x, p.y, p.z, 0, 0, 0, r * 2.5, 0.35, FX_COLORS.flashWhite, tint, 1.2);
  fx.streak(
    p.x + ux * r * 6,
    p.y + uy * r * 6,
    p.z + uz * r * 6,
    ux * r * 6,
    uy * r * 6,
    uz * r * 6,
    r * 0.5,
    0.45,
    tint,
  );
  fx.ring(p.x, p.y, p.z, 0, 0, 0, r, r * 4, 0.4, tint, 0.05, ux, uy, uz);
}

export function trackEnemies(sim: SimState): void {
  const list = sim.enemies;
  if (list === trackedList && list.length === trackedLength) return;
  if (list !== trackedList) {
    // The sim swapped the array: somebody left. Their events have been delivered by now.
    for (const [id, ship] of lastShips) {
      if (sim.enemyById.has(id)) continue;
      if (ship.warpedOut && ship.alive) warpFlash(ship);
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
