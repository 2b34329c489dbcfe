/**
 * Where a sound happens relative to the player's ship, as mixing numbers: stereo pan,
 * loudness and brightness. Pure math, no Web Audio, so it is unit-tested in Node.
 */
import type { SpatialSpec } from './sound-bank';

export interface Vec3Like {
  x: number;
  y: number;
  z: number;
}

export interface QuatLike extends Vec3Like {
  w: number;
}

/** The listener: the player ship's position and orientation (ship forward -Z, right +X). */
export interface ListenerPose {
  readonly position: Vec3Like;
  readonly quaternion: QuatLike;
}

export interface SpatialMix {
  /** -1 (left) … 1 (right). */
  pan: number;
  /** 0 … 1; 0 means do not play. */
  gain: number;
  /** Low-pass cutoff: distant sounds are duller. */
  lowpassHz: number;
  /** Distance to the listener, metres. */
  distanceM: number;
}

/** Brightness of a sound at or inside its reference distance. */
export const NEAR_LOWPASS_HZ = 18000;
/** Brightness of a sound at its maximum distance. */
export const FAR_LOWPASS_HZ = 700;
/** How far the stereo image is allowed to swing: hard-panned effects sound unnatural. */
const PAN_WIDTH = 0.85;
/** Inside this distance the sound surrounds the ship and the pan narrows toward centre. */
const SURROUND_M = 25;
/** Sounds behind the ship are slightly muffled, a cue the ear reads as "behind". */
const BEHIND_LOWPASS_FACTOR = 0.6;
/** Below this a positional sound is not worth a voice. */
export const AUDIBLE_GAIN = 0.01;

export function createSpatialMix(): SpatialMix {
  return { pan: 0, gain: 1, lowpassHz: NEAR_LOWPASS_HZ, distanceM: 0 };
}

/**
 * Loudness by distance: 1 up to refDistance, then inverse-distance roll-off
 * (ref / d, the Web Audio "inverse" model) faded to zero at maxDistance so the
 * cut-off is not audible.
 */
export function distanceGain(distanceM: number, spec: SpatialSpec): number {
  if (!(distanceM >= 0) || distanceM >= spec.maxDistanceM) return 0;
  if (distanceM <= spec.refDistanceM) return 1;
  const inverse = spec.refDistanceM / distanceM;
  const edge = (spec.maxDistanceM - distanceM) / (spec.maxDistanceM - spec.refDistanceM);
  return inverse * Math.min(1, edge * 3);
}

/** Brightness by distance: exponential sweep from near to far between ref and max. */
export function distanceLowpassHz(distanceM: number, spec: SpatialSpec): number {
  if (distanceM <= spec.refDistanceM) return NEAR_LOWPASS_HZ;
  const t = Math.min(1, (distanceM - spec.refDistanceM) / (spec.maxDistanceM - spec.refDistanceM));
  return NEAR_LOWPASS_HZ * Math.pow(FAR_LOWPASS_HZ / NEAR_LOWPASS_HZ, Math.sqrt(t));
}

/**
 * Fills `out` with the mix for a sound at (x, y, z) heard from `listener`.
 * Allocation-free: called for every positional event.
 */
export function spatialize(
  listener: ListenerPose,
  x: number,
  y: number,
  z: number,
  spec: SpatialSpec,
  out: SpatialMix,
): SpatialMix {
  const dx = x - listener.position.x;
  const dy = y - listener.position.y;
  const dz = z - listener.position.z;
  const distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
  out.distanceM = distance;
  out.gain = distanceGain(distance, spec);
  if (out.gain <= 0 || !Number.isFinite(distance)) {
    out.gain = 0;
    out.pan = 0;
    out.lowpassHz = FAR_LOWPASS_HZ;
    return out;
  }
  // Rotate the offset into the ship's frame: v' = conj(q) · v · q.
  const q = listener.quaternion;
  const localX = rotateInverseX(q, dx, dy, dz);
  const localZ = rotateInverseZ(q, dx, dy, dz);
  const surround = Math.min(1, distance / SURROUND_M);
  out.pan = distance > 1e-6 ? clamp((localX / distance) * PAN_WIDTH * surround, -1, 1) : 0;
  const behind = distance > SURROUND_M && localZ > 0 ? localZ / distance : 0;
  out.lowpassHz = distanceLowpassHz(distance, spec) * (1 - (1 - BEHIND_LOWPASS_FACTOR) * behind);
  return out;
}

/** x of conj(q) applied to v (world → local), expanded to avoid allocation. */
function rotateInverseX(q: QuatLike, vx: number, vy: number, vz: number): number {
  // Inverse rotation = rotation by (−x, −y, −z, w) for a unit quaternion.
  const qx = -q.x;
  const qy = -q.y;
  const qz = -q.z;
  const qw = q.w;
  const ix = qw * vx + qy * vz - qz * vy;
  const iy = qw * vy + qz * vx - qx * vz;
  const iz = qw * vz + qx * vy - qy * vx;
  const iw = -qx * vx - qy * vy - qz * vz;
  return ix * qw + iw * -qx + iy * -qz - iz * -qy;
}

function rotateInverseZ(q: QuatLike, vx: number, vy: number, vz: number): number {
  const qx = -q.x;
  const qy = -q.y;
  const qz = -q.z;
  const qw = q.w;
  const ix = qw * vx + qy * vz - qz * vy;
  const iy = qw * vy + qz * vx - qx * vz;
  const iz = qw * vz + qx * vy - qy * vx;
  const iw = -qx * vx - qy * vy - qz * vz;
  return iz * qw + iw * -qz + ix * -qy - iy * -qx;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
