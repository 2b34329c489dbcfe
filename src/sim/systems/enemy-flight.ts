import { Vec3 } from 'cannon-es';
import { RAID } from '../content/piracy-rules';
import { SHIP_CLASSES, isStructureClass } from '../content/ship-classes';
import { FIXED_DT } from '../constants';
import type { SimState } from '../state';
import * as det from '../math/det-math';

const forward = new Vec3();
const up = new Vec3();
const desired = new Vec3();
const axis = new Vec3();
const targetUp = new Vec3();
const omega = new Vec3();
const LOCAL_FORWARD = new Vec3(0, 0, -1);
const LOCAL_UP = new Vec3(0, 1, 0);
const LOCAL_RIGHT = new Vec3(1, 0, 0);
const ANGULAR_RESPONSE = 10;
/** How hard ships bank into turns (visual flair that also reads their intent). */
const BANK = 2.5;

/**
 * Flies each Infinity ship along its AI's steering: turn the nose toward the desired
 * direction at the class's turn rate, bank into the turn, and thrust along the nose
 * toward the desired speed. Writes velocities; physics integrates and collides.
 */
export function enemyFlightSystem(sim: SimState): void {
  const response = Math.min(1, ANGULAR_RESPONSE * FIXED_DT);
  for (const enemy of sim.enemies) {
    if (!enemy.alive || isStructureClass(enemy.shipClass)) continue;
    const stats = SHIP_CLASSES[enemy.shipClass];
    const body = enemy.body;
    if (enemy.ai.state === 'disabled') {
      // Engines out: the hull drifts and slowly tumbles to a stop.
      const drag = 1 - RAID.disabledDragPerS * FIXED_DT;
      body.velocity.scale(drag, body.velocity);
      body.angularVelocity.scale(0.995, body.angularVelocity);
      continue;
    }
    body.quaternion.vmult(LOCAL_FORWARD, forward);
    body.quaternion.vmult(LOCAL_UP, up);
    const [sx, sy, sz] = enemy.ai.steer;
    desired.set(sx, sy, sz);

    // Yaw/pitch: rotate forward toward desired about their common perpendicular.
    forward.cross(desired, axis);
    const sinAngle = axis.length();
    const cosAngle = forward.dot(desired);
    const angle = det.atan2(sinAngle, cosAngle);
    omega.set(0, 0, 0);
    if (sinAngle > 1e-6) {
      const rate = Math.min(stats.turnRateRadPerS, angle * 4);
      axis.scale(rate / sinAngle, omega);
    } else if (cosAngle < 0) {
      // Target straight behind: any perpendicular works; pitch up.
      body.quaternion.vmult(LOCAL_RIGHT, axis);
      axis.scale(stats.turnRateRadPerS, omega);
    }

    // Roll: lean the ship's up toward world-up plus the turn direction.
    targetUp.set(0, 1, 0);
    desired.vsub(forward, axis);
    targetUp.x += axis.x * BANK;
    targetUp.y += axis.y * BANK;
    targetUp.z += axis.z * BANK;
    const along = targetUp.dot(forward);
    targetUp.x -= forward.x * along;
    targetUp.y -= forward.y * along;
    targetUp.z -= forward.z * along;
    if (targetUp.lengthSquared() > 1e-6) {
      targetUp.normalize();
      up.cross(targetUp, axis);
      const rollSin = axis.dot(forward);
      const rollCos = up.dot(targetUp);
      const rollAngle = det.atan2(rollSin, rollCos);
      const rollRate = Math.max(-2.5, Math.min(2.5, rollAngle * 3));
      omega.x += forward.x * rollRate;
      omega.y += forward.y * rollRate;
      omega.z += forward.z * rollRate;
    }
    const w = body.angularVelocity;
    w.x += (omega.x - w.x) * response;
    w.y += (omega.y - w.y) * response;
    w.z += (omega.z - w.z) * response;

    // Thrust along the nose toward the desired speed; side-slip bleeds off.
    const speed = Math.min(enemy.ai.desiredSpeedMps, stats.boostSpeedMps);
    const v = body.velocity;
    const dvx = forward.x * speed - v.x;
    const dvy = forward.y * speed - v.y;
    const dvz = forward.z * speed - v.z;
    const gap = det.hypot(dvx, dvy, dvz);
    const maxChange = stats.accelMps2 * FIXED_DT;
    const k = gap > maxChange ? maxChange / gap : 1;
    v.x += dvx * k;
    v.y += dvy * k;
    v.z += dvz * k;
  }
}
