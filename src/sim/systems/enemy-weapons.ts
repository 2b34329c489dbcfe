import { Vec3 } from 'cannon-es';
import { SHIP_CLASSES } from '../content/ship-classes';
import type { EnemyShip, SimState } from '../state';
import { Faction, ProjectileKind } from '../world/projectile-pool';
import { PLAYER_ID } from '../world/player-ship';

const forward = new Vec3();
const LOCAL_FORWARD = new Vec3(0, 0, -1);

/** Fires one gun bolt along `direction` (unit, world) from the ship's nose. */
export function fireEnemyGun(
  sim: SimState,
  enemy: EnemyShip,
  dx: number,
  dy: number,
  dz: number,
): void {
  const gun = SHIP_CLASSES[enemy.shipClass].gun;
  if (!gun) return;
  const p = enemy.body.position;
  const v = enemy.body.velocity;
  const nose = enemy.radiusM * 0.9;
  sim.projectiles.spawn({
    kind: ProjectileKind.Phaser,
    faction: Faction.Infinity,
    ownerId: enemy.id,
    targetId: -1,
    x: p.x + dx * nose,
    y: p.y + dy * nose,
    z: p.z + dz * nose,
    vx: v.x + dx * gun.speedMps,
    vy: v.y + dy * gun.speedMps,
    vz: v.z + dz * gun.speedMps,
    lifeTicks: gun.lifeTicks,
    damage: gun.damage,
    splashDamage: 0,
    splashRadiusM: 0,
    turnRateRadPerS: 0,
    maxSpeedMps: 0,
    accelMps2: 0,
  });
  sim.events.push({
    type: 'WeaponFired',
    tick: sim.tick,
    shipId: enemy.id,
    weapon: 'phaser',
    position: [p.x, p.y, p.z],
  });
}

/** Launches a homing torpedo at the Callister. */
export function fireEnemyTorpedo(sim: SimState, enemy: EnemyShip): void {
  const torpedo = SHIP_CLASSES[enemy.shipClass].torpedo;
  if (!torpedo) return;
  enemy.body.quaternion.vmult(LOCAL_FORWARD, forward);
  const p = enemy.body.position;
  const v = enemy.body.velocity;
  sim.projectiles.spawn({
    kind: ProjectileKind.Torpedo,
    faction: Faction.Infinity,
    ownerId: enemy.id,
    targetId: PLAYER_ID,
    x: p.x + forward.x * enemy.radiusM,
    y: p.y + forward.y * enemy.radiusM,
    z: p.z + forward.z * enemy.radiusM,
    vx: v.x + forward.x * torpedo.speedMps * 0.5,
    vy: v.y + forward.y * torpedo.speedMps * 0.5,
    vz: v.z + forward.z * torpedo.speedMps * 0.5,
    lifeTicks: torpedo.lifeTicks,
    damage: torpedo.damage,
    splashDamage: torpedo.splashDamage,
    splashRadiusM: torpedo.splashRadiusM,
    turnRateRadPerS: torpedo.turnRateRadPerS,
    maxSpeedMps: torpedo.speedMps,
    accelMps2: torpedo.speedMps,
  });
  sim.events.push({
    type: 'WeaponFired',
    tick: sim.tick,
    shipId: enemy.id,
    weapon: 'torpedo',
    position: [p.x, p.y, p.z],
  });
}
