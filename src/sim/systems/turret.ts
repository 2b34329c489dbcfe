import { HEART } from '../content/heart';
import { SHIP_CLASSES } from '../content/ship-classes';
import { leadPoint } from '../math/intercept';
import { rngFloat } from '../rng';
import type { EnemyShip, SimState } from '../state';
import { fireEnemyGun } from './enemy-weapons';
import * as det from '../math/det-math';

const aim = { x: 0, y: 0, z: 0 };

/**
 * A Heart defence turret: bolted to the tunnel wall, it leads the Callister and fires
 * bursts while it is in range and in front of the wall. Each burst has its own aim
 * error, so a Callister that keeps moving is missed more often than hit.
 */
export function turretThink(sim: SimState, turret: EnemyShip): void {
  const ai = turret.ai;
  const gun = SHIP_CLASSES[turret.shipClass].gun;
  if (!gun) return;
  if (ai.gunCooldownTicks > 0) ai.gunCooldownTicks--;
  const player = sim.player;
  if (!player.alive || ai.gunCooldownTicks > 0) return;
  const p = turret.body.position;
  const q = player.body.position;
  const distance = det.hypot(q.x - p.x, q.y - p.y, q.z - p.z);
  if (distance > HEART.turretGun.rangeM) {
    ai.burstLeft = 0;
    return;
  }
  // The wall is behind it: a turret only covers the tunnel side (toward the axis).
  const inward = p.x * (q.x - p.x) + p.y * (q.y - p.y);
  if (inward > 0) {
    ai.burstLeft = 0;
    return;
  }
  leadPoint(p, turret.body.velocity, q, player.body.velocity, gun.speedMps, aim);
  if (ai.burstLeft === 0) {
    ai.burstLeft = gun.burst;
    const error = HEART.turretGun.aimErrorRad;
    ai.aimErrorX = (rngFloat(sim.rng) * 2 - 1) * error;
    ai.aimErrorY = (rngFloat(sim.rng) * 2 - 1) * error;
  }
  let dx = aim.x - p.x;
  let dy = aim.y - p.y;
  let dz = aim.z - p.z;
  const len = det.hypot(dx, dy, dz) || 1;
  dx = dx / len + ai.aimErrorX;
  dy = dy / len + ai.aimErrorY;
  dz = dz / len + (ai.aimErrorX - ai.aimErrorY) * 0.5;
  const norm = det.hypot(dx, dy, dz) || 1;
  fireEnemyGun(sim, turret, dx / norm, dy / norm, dz / norm);
  ai.burstLeft--;
  ai.gunCooldownTicks = ai.burstLeft > 0 ? gun.intervalTicks : gun.burstPauseTicks;
}
