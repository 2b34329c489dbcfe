import type { SimEvent } from '../../sim';
import { runtime } from '../../game/runtime';
import { shipBody, shipRadius } from '../combat/combat-view';
import { fx } from '../combat/fx-particles';
import { FX_COLORS, shipTint } from '../combat/palette';
import { piracyClock } from './piracy-view';

/** How long a ship that warps in is drawn stretched along its course, seconds. */
const STRETCH_S = 0.32;
/** How long the stretch is at its longest: the hull is this many times its length. */
const STRETCH_MAX = 9;

/** Clock time each recently arrived ship warped in, by id (cleared once its stretch is over). */
const arrivals = new Map<number, number>();

/** Unit course of the ship that warped (velocity, else its nose), in scratch. */
const course = { x: 0, y: 0, z: -1 };
const mixed = { r: 0, g: 0, b: 0 };

function findCourse(shipId: number): void {
  const body = shipBody(runtime.session.sim, shipId);
  course.x = 0;
  course.y = 0;
  course.z = -1;
  if (!body) return;
  const v = body.velocity;
  const speed = Math.hypot(v.x, v.y, v.z);
  if (speed > 1) {
    course.x = v.x / speed;
    course.y = v.y / speed;
    course.z = v.z / speed;
    return;
  }
  // No way on: its nose, q * (0, 0, -1).
  const q = body.quaternion;
  course.x = -2 * (q.x * q.z + q.w * q.y);
  course.y = -2 * (q.y * q.z - q.w * q.x);
  course.z = -(1 - 2 * (q.x * q.x + q.y * q.y));
}

/**
 * A ship drops out of warp: a long light streak behind it along its course, a white
 * flash cooling to the pilot's neon, a flat ring in the plane it arrives through and
 * sparks of light thrown back along the trail. Its hull is drawn stretched for a
 * moment too (see warpStretch).
 */
function warpIn(shipId: number, x: number, y: number, z: number): void {
  findCourse(shipId);
  const sim = runtime.session.sim;
  const r = shipRadius(sim, shipId);
  const tint = shipTint(shipId);
  const body = shipBody(sim, shipId);
  const vx = body?.velocity.x ?? 0;
  const vy = body?.velocity.y ?? 0;
  const vz = body?.velocity.z ?? 0;
  const { x: ux, y: uy, z: uz } = course;
  mixed.r = tint.r * 0.6 + 0.4;
  mixed.g = tint.g * 0.6 + 0.4;
  mixed.b = tint.b * 0.6 + 0.4;
  // The trail it arrived along: head at the ship, tail far behind.
  const trail = r * 22;
  fx.streak(
    x - ux * trail,
    y - uy * trail,
    z - uz * trail,
    ux * trail,
    uy * trail,
    uz * trail,
    r * 0.7,
    0.5,
    tint,
  );
  fx.streak(
    x - ux * trail * 0.6,
    y - uy * trail * 0.6,
    z - uz * trail * 0.6,
    ux * trail * 0.6,
    uy * trail * 0.6,
    uz * trail * 0.6,
    r * 0.22,
    0.3,
    FX_COLORS.flashWhite,
  );
  fx.flash(x, y, z, vx, vy, vz, r * 3.2, 0.32, FX_COLORS.flashWhite, tint, 1.4);
  fx.ring(x, y, z, vx, vy, vz, r * 0.8, r * 7, 0.55, mixed, 0.05, ux, uy, uz);
  fx.ring(x, y, z, vx, vy, vz, r * 0.5, r * 3.5, 0.3, tint, 0.12);
  fx.star(x, y, z, vx, vy, vz, r * 2.6, 0.35, FX_COLORS.flashWhite);
  fx.sparks(
    x,
    y,
    z,
    vx,
    vy,
    vz,
    12,
    120,
    380,
    r * 0.08,
    0.25,
    0.6,
    mixed,
    tint,
    -ux,
    -uy,
    -uz,
    0.85,
  );
  arrivals.set(shipId, piracyClock.time);
}

/**
 * A ship leaves the sector: it is gone in a streak of its own neon shooting off along
 * its course, a flash where it was and a ring it punched through.
 */
function warpOut(shipId: number, x: number, y: number, z: number): void {
  findCourse(shipId);
  const r = shipRadius(runtime.session.sim, shipId);
  const tint = shipTint(shipId);
  const { x: ux, y: uy, z: uz } = course;
  mixed.r = tint.r * 0.6 + 0.4;
  mixed.g = tint.g * 0.6 + 0.4;
  mixed.b = tint.b * 0.6 + 0.4;
  fx.flash(x, y, z, 0, 0, 0, r * 2.6, 0.35, FX_COLORS.flashWhite, tint, 1.2);
  const reach = r * 8;
  fx.streak(
    x + ux * reach,
    y + uy * reach,
    z + uz * reach,
    ux * reach,
    uy * reach,
    uz * reach,
    r * 0.55,
    0.45,
    tint,
  );
  const far = r * 26;
  fx.streak(
    x + ux * far,
    y + uy * far,
    z + uz * far,
    ux * far,
    uy * far,
    uz * far,
    r * 0.16,
    0.3,
    FX_COLORS.flashWhite,
  );
  fx.ring(x, y, z, 0, 0, 0, r, r * 4.5, 0.45, mixed, 0.05, ux, uy, uz);
  fx.star(x, y, z, 0, 0, 0, r * 2, 0.3, mixed);
}

export function onWarpEvent(event: Extract<SimEvent, { type: 'ShipWarped' }>): void {
  const [x, y, z] = event.position;
  if (event.direction === 'in') warpIn(event.shipId, x, y, z);
  else warpOut(event.shipId, x, y, z);
}

function expire(start: number, id: number): void {
  if (piracyClock.time - start > STRETCH_S) arrivals.delete(id);
}

/** Drops finished arrivals; once per frame. */
export function updateWarpArrivals(): void {
  if (arrivals.size > 0) arrivals.forEach(expire);
}

export function clearWarpArrivals(): void {
  arrivals.clear();
}

/**
 * How stretched along its course a ship is drawn: 1 normally, up to STRETCH_MAX the
 * instant it drops out of warp, easing back to its true length.
 */
export function warpStretch(shipId: number): number {
  if (arrivals.size === 0) return 1;
  const start = arrivals.get(shipId);
  if (start === undefined) return 1;
  const t = Math.min(1, (piracyClock.time - start) / STRETCH_S);
  const k = 1 - t;
  return 1 + (STRETCH_MAX - 1) * k * k * k;
}
