import { Quaternion, Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import { GlowBatch } from '../combat/glow-batch';
import { mulberry32 } from '../seeded-random';
import { rgb } from '../combat/palette';
import { shipPose } from '../ship-pose';

/**
 * Shared pieces of the raid's effects: their colours, their clock, the one glow batch
 * every piracy effect draws into (beams, motes, pickup halos, guide lights: one draw
 * call), and where on the Callister the siphon and the tractor beam come from.
 */

export const PIRACY_COLORS = {
  /** Stolen credits: hot gold with an orange body. */
  gold: rgb('#ffc233'),
  goldHot: rgb('#fff1b8'),
  goldDeep: rgb('#ff8a1c'),
  /** A disabled ship's shorting circuits. */
  electric: rgb('#7fc8ff'),
  electricHot: rgb('#eaf6ff'),
  /** The tractor beam and Walton's avatar. */
  tractor: rgb('#a8dcff'),
  tractorHot: rgb('#e8f7ff'),
  /** The party invitation going out. */
  inviteMagenta: rgb('#ff2bd6'),
  inviteCyan: rgb('#19f0ff'),
  /** Docking guide lights: amber on approach, green once docked. */
  dockAmber: rgb('#ffb43a'),
  dockGreen: rgb('#3dff8a'),
} as const;

/** Cosmetic randomness for the raid's effects: view-only, never fed back into the sim. */
export const piracyRandom = mulberry32(0x0c4ed175);

export function randomRange(lo: number, hi: number): number {
  return lo + (hi - lo) * piracyRandom();
}

/**
 * The effects' clock in seconds: advanced by the clamped frame time while the run is
 * live and frozen while it is paused (see fxDelta), so every animation holds still.
 */
export const piracyClock = { time: 0 };

/** Every piracy glow sprite, refilled each frame by PiracyScene: one draw call. */
export const piracyGlow = new GlowBatch(256, 2);

/** The siphon / tractor emitter under the Callister's secondary hull, in ship coordinates. */
const VENTRAL_EMITTER = new Vector3(0, -8.2, 5);

const bodyQuaternion = new Quaternion();

/** World position of the Callister's ventral emitter this frame (interpolated pose). */
export function callisterVentral(out: Vector3): Vector3 {
  return out.copy(VENTRAL_EMITTER).applyQuaternion(shipPose.quaternion).add(shipPose.position);
}

/**
 * The same point at the sim's latest tick, for event handlers: events arrive while
 * the sim steps, before this frame's interpolated pose is settled.
 */
export function callisterVentralNow(out: Vector3): Vector3 {
  const body = runtime.session.sim.player.body;
  const q = body.quaternion;
  const p = body.position;
  bodyQuaternion.set(q.x, q.y, q.z, q.w);
  return out.copy(VENTRAL_EMITTER).applyQuaternion(bodyQuaternion).add(p);
}

/** Cheap, stable hash of two integers to [0, 1): per-ship flicker without stored state. */
export function hash01(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2d, 0x9e3779b1) ^ Math.imul(b + 0x165667b1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

/** Smooth 0→1 between edge0 and edge1. */
export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/**
 * Two unit vectors perpendicular to the unit vector (dx, dy, dz) and to each other,
 * written into `a` and `b` (for spirals around a beam).
 */
export function perpendicularBasis(
  dx: number,
  dy: number,
  dz: number,
  a: Vector3,
  b: Vector3,
): void {
  if (Math.abs(dy) < 0.9) a.set(dz, 0, -dx);
  else a.set(0, -dz, dy);
  a.normalize();
  b.set(dy * a.z - dz * a.y, dz * a.x - dx * a.z, dx * a.y - dy * a.x);
}
