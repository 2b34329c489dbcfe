import { Quaternion, Vec3 } from 'cannon-es';
import { CALLISTER } from '../content/callister';
import { quantizeAxis } from '../input-frame';
import { engineScale } from '../systems/fence';
import type { SimState } from '../state';
import * as det from '../math/det-math';

/**
 * The autopilot's hands: turning a wish ("nose on that point", "hold this speed")
 * into stick and lever deflections, the way a player's hands would. Everything here
 * reads the sim and writes only into module scratch or the caller's objects.
 */

const inverse = new Quaternion();
const scratch = new Vec3();
const localDir = new Vec3();
const localRate = new Vec3();

/** Stick deflections in [-1, 1] and how far the aim point is off the nose. */
export interface Stick {
  pitch: number;
  yaw: number;
  roll: number;
  /** Angle between the nose and the aim point, radians. */
  offNoseRad: number;
}

export function createStick(): Stick {
  return { pitch: 0, yaw: 0, roll: 0, offNoseRad: 0 };
}

/** Proportional gain from angle error to commanded turn rate (1/s); ~critically damped with the turn lag. */
const TURN_GAIN = 3.4;
/** Beyond this angle off the nose, roll the target into the (faster) pitch plane. */
const ROLL_INTO_TURN_RAD = 0.45;

function clamp1(value: number): number {
  return value < -1 ? -1 : value > 1 ? 1 : value;
}

/** A world-space vector in the Callister's frame (x right, y up, -z forward). */
export function toShipFrame(sim: SimState, x: number, y: number, z: number, out: Vec3): Vec3 {
  sim.player.body.quaternion.conjugate(inverse);
  scratch.set(x, y, z);
  return inverse.vmult(scratch, out);
}

/**
 * Stick that turns the nose toward the world point (x, y, z), which moves at (ux, uy, uz)
 * relative to the ship. The turn rate is the line of sight's own rotation (feed-forward,
 * so a crossing target is tracked without lag) plus a correction proportional to the
 * angle error, so the nose settles without overshoot. Far off the nose it also rolls
 * the target into the pitch plane (pitch turns faster than yaw).
 */
export function stickToward(
  sim: SimState,
  x: number,
  y: number,
  z: number,
  out: Stick,
  ux = 0,
  uy = 0,
  uz = 0,
): Stick {
  const p = sim.player.body.position;
  const wx = x - p.x;
  const wy = y - p.y;
  const wz = z - p.z;
  const len = det.hypot(wx, wy, wz);
  if (len < 1e-6) {
    out.pitch = 0;
    out.yaw = 0;
    out.roll = 0;
    out.offNoseRad = 0;
    return out;
  }
  toShipFrame(sim, wx, wy, wz, localDir);
  const dx = localDir.x / len;
  const dy = localDir.y / len;
  const forward = -localDir.z / len;
  out.offNoseRad = det.acos(forward < -1 ? -1 : forward > 1 ? 1 : forward);
  // Line-of-sight rotation: ω = d × (u⊥ / |r|), in the ship frame.
  const along = (ux * wx + uy * wy + uz * wz) / len;
  const px = (ux - (along * wx) / len) / len;
  const py = (uy - (along * wy) / len) / len;
  const pz = (uz - (along * wz) / len) / len;
  toShipFrame(
    sim,
    (wy * pz - wz * py) / len,
    (wz * px - wx * pz) / len,
    (wx * py - wy * px) / len,
    localRate,
  );
  // Ship frame: nose-up is +X rotation, nose-right is -Y rotation.
  const pitchFeed = forward > 0.5 ? localRate.x : 0;
  const yawFeed = forward > 0.5 ? -localRate.y : 0;
  const yawError = det.atan2(dx, forward);
  const pitchError = det.atan2(dy, forward);
  const rates = CALLISTER.turnRateRadPerS;
  out.yaw = clamp1((yawFeed + yawError * TURN_GAIN) / rates.yaw);
  out.pitch = clamp1((pitchFeed + pitchError * TURN_GAIN) / rates.pitch);
  if (out.offNoseRad > ROLL_INTO_TURN_RAD) {
    // Roll the target onto the nearer of straight-up or straight-down, then pitch:
    // rolling right (positive) brings a target on the right up over the nose.
    const rollError = dy >= 0 ? det.atan2(dx, dy) : det.atan2(-dx, -dy);
    out.roll = clamp1(rollError * 1.5);
  } else {
    out.roll = 0;
  }
  return out;
}

/** Throttle axis that moves the sticky lever toward a set-point in [-1, 1]. */
export function throttleToward(sim: SimState, setPoint: number): number {
  return quantizeAxis((setPoint - sim.player.throttle) * 6);
}

const localAcc = new Vec3();

/** Thruster settings for flight assist off: the lever, the strafe, and a roll. */
export interface Thrust {
  /** Throttle lever set-point in [-1, 1] (thrust along the nose). */
  throttle: number;
  strafe: number;
  /** Roll that turns the sideways demand onto the strafe axis (there is no vertical thruster). */
  roll: number;
}

export function createThrust(): Thrust {
  return { throttle: 0, strafe: 0, roll: 0 };
}

/**
 * With flight assist off the lever is thrust along the nose and strafe is thrust to the
 * side: this maps a wished-for world acceleration (m/s²) onto them. The part of the wish
 * along the ship's up axis has no thruster, so the roll swings the strafe axis onto it.
 */
export function thrustFor(sim: SimState, ax: number, ay: number, az: number, out: Thrust): Thrust {
  toShipFrame(sim, ax, ay, az, localAcc);
  const engines = engineScale(sim);
  const main = CALLISTER.thrustAccelMps2 * engines;
  const forward = -localAcc.z;
  out.throttle =
    forward >= 0
      ? Math.min(1, forward / main)
      : Math.max(-1, forward / (main * CALLISTER.reverseSpeedFactor));
  out.strafe = clamp1(localAcc.x / (CALLISTER.strafeAccelMps2 * engines));
  // Angle of the sideways demand above the strafe axis, folded onto ±x.
  let phi = det.atan2(localAcc.y, localAcc.x);
  if (phi > Math.PI / 2) phi -= Math.PI;
  else if (phi < -Math.PI / 2) phi += Math.PI;
  // Rolling right raises what is on the right: roll left to bring an up-right demand down.
  out.roll = det.hypot(localAcc.x, localAcc.y) > 3 ? clamp1(-phi * 1.6) : 0;
  return out;
}
