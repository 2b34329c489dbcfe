import { Body, Box, Vec3 } from 'cannon-es';
import { rngInt, rngRange, rngUnitVector } from '../rng';
import type { EnemyShip, SimState } from '../state';
import { CollisionGroup } from '../world/collision-groups';
import { HULL_MATERIAL } from '../world/physics-world';
import { WANTED } from '../content/piracy-rules';
import { isStructureClass } from '../content/ship-classes';
import { PLAYER_ID } from '../world/player-ship';
import { sayOnComms } from './comms';
import { dropCredits, raiseWanted } from './raid';

/** Debris lives this long, and at most this many pieces exist at once (oldest go first). */
const DEBRIS_LIFE_TICKS = { min: 240, max: 420 } as const;
const MAX_DEBRIS = 120;

/** An Infinity ship breaks apart: event, a few tumbling hull pieces, a last word on comms. */
export function destroyEnemy(sim: SimState, enemy: EnemyShip, killerId: number): void {
  enemy.alive = false;
  const p = enemy.body.position;
  sim.events.push({
    type: 'ShipDestroyed',
    tick: sim.tick,
    shipId: enemy.id,
    shipClass: enemy.shipClass,
    tag: enemy.tag,
    position: [p.x, p.y, p.z],
    killerId,
  });
  if (!isStructureClass(enemy.shipClass)) sayOnComms(sim, enemy.tag, 'destroyed', 0.6);
  dropCredits(sim, enemy);
  if (killerId === PLAYER_ID && sim.sector.traffic) raiseWanted(sim, WANTED.perKill);
  const pieces = rngInt(sim.rng, 3, 5);
  for (let k = 0; k < pieces; k++) spawnDebris(sim, enemy);
}

function spawnDebris(sim: SimState, enemy: EnemyShip): void {
  const size = enemy.radiusM * rngRange(sim.rng, 0.18, 0.35);
  const offset = rngUnitVector(sim.rng);
  const spin = rngUnitVector(sim.rng);
  const kick = rngRange(sim.rng, 15, 45);
  const p = enemy.body.position;
  const v = enemy.body.velocity;
  const body = new Body({
    mass: size * size * size * 0.2,
    material: HULL_MATERIAL,
    position: new Vec3(p.x + offset[0] * size, p.y + offset[1] * size, p.z + offset[2] * size),
    velocity: new Vec3(v.x + offset[0] * kick, v.y + offset[1] * kick, v.z + offset[2] * kick),
    angularVelocity: new Vec3(spin[0] * 3, spin[1] * 3, spin[2] * 3),
    shape: new Box(new Vec3(size * 0.5, size * 0.25, size * 0.6)),
    // No damping: cannon applies it with Math.pow, whose last bit differs between engines.
    linearDamping: 0,
    angularDamping: 0,
    collisionFilterGroup: CollisionGroup.Debris,
    collisionFilterMask: CollisionGroup.Asteroid | CollisionGroup.Structure,
  });
  sim.world.addBody(body);
  sim.debris.push({
    body,
    sizeM: size,
    shipClass: enemy.shipClass,
    expiresTick: sim.tick + rngInt(sim.rng, DEBRIS_LIFE_TICKS.min, DEBRIS_LIFE_TICKS.max),
  });
}

/**
 * Deferred despawn, last in the tick: destroyed and warped-out ships and expired
 * debris leave the world here, so no system sees a list change under it mid-tick.
 */
export function cleanupSystem(sim: SimState): void {
  if (sim.enemies.some((e) => !e.alive || e.warpedOut)) {
    const kept = [];
    for (const enemy of sim.enemies) {
      if (enemy.alive && !enemy.warpedOut) {
        kept.push(enemy);
        continue;
      }
      if (enemy.alive && enemy.warpedOut) {
        // Logged off: their credits leave the sector with them.
        sim.creditsDeparted += enemy.credits;
        const p = enemy.body.position;
        sim.events.push({
          type: 'ShipWarped',
          tick: sim.tick,
          shipId: enemy.id,
          direction: 'out',
          position: [p.x, p.y, p.z],
        });
      }
      sim.world.removeBody(enemy.body);
      sim.enemyById.delete(enemy.id);
    }
    sim.enemies = kept;
  }
  let excess = Math.max(0, sim.debris.length - MAX_DEBRIS);
  if (excess > 0 || sim.debris.some((d) => d.expiresTick <= sim.tick)) {
    const kept = [];
    for (const piece of sim.debris) {
      if (excess > 0 || piece.expiresTick <= sim.tick) {
        if (excess > 0) excess--;
        sim.world.removeBody(piece.body);
        continue;
      }
      kept.push(piece);
    }
    sim.debris = kept;
  }
}
