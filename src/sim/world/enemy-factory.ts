import { Body, Sphere, Vec3 } from 'cannon-es';
import type { ShipClass } from '../events';
import { SHIP_CLASSES, isStructureClass } from '../content/ship-classes';
import { generateGamerTag } from '../content/gamer-tags';
import { rngInt, rngRange, rngUnitVector } from '../rng';
import type { EnemyRole, EnemyShip, SimState, TrafficPlan } from '../state';
import { CollisionGroup } from './collision-groups';
import { HULL_MATERIAL } from './physics-world';

export interface SpawnOptions {
  readonly role?: EnemyRole;
  /** Traffic's trip through the sector; required for role 'traffic'. */
  readonly plan?: TrafficPlan;
  /** Unit vector the ship faces at spawn; random when absent. */
  readonly facing?: readonly [number, number, number];
  /** A known player (a grudge-holder) or a structure's name; generated when absent. */
  readonly tag?: string;
  /** Chapter 2: the wave that brought it. */
  readonly wave?: number;
}

/** Brings an Infinity player's ship into the world. */
export function spawnEnemy(
  sim: SimState,
  shipClass: ShipClass,
  position: readonly [number, number, number],
  options: SpawnOptions = {},
): EnemyShip {
  const role = options.role ?? 'arena';
  const stats = SHIP_CLASSES[shipClass];
  const body = new Body({
    mass: stats.massT,
    material: HULL_MATERIAL,
    position: new Vec3(position[0], position[1], position[2]),
    shape: new Sphere(stats.radiusM),
    linearDamping: 0,
    angularDamping: 0,
    collisionFilterGroup: CollisionGroup.Enemy,
    // Swarm ships do not collide with each other: steering keeps them apart.
    collisionFilterMask: CollisionGroup.Player | CollisionGroup.Asteroid | CollisionGroup.Structure,
  });
  const heading = options.facing ?? rngUnitVector(sim.rng);
  body.quaternion.setFromVectors(
    new Vec3(0, 0, -1),
    new Vec3(heading[0], heading[1] * 0.3, heading[2]).unit(),
  );
  const id = sim.nextEntityId++;
  const hostile = role !== 'traffic';
  const enemy: EnemyShip = {
    id,
    shipClass,
    role,
    tag: options.tag ?? generateGamerTag(sim.rng),
    wave: options.wave ?? 0,
    credits: rngInt(sim.rng, stats.credits.min, stats.credits.max),
    body,
    radiusM: stats.radiusM,
    hull: stats.hullMax,
    hullMax: stats.hullMax,
    shields: stats.shieldsMax,
    shieldsMax: stats.shieldsMax,
    shieldRegenPerS: stats.shieldRegenPerS,
    lastDamageTick: -1e9,
    alive: true,
    warpedOut: false,
    ai: {
      state: role === 'traffic' ? 'travel' : hostile && role !== 'arena' ? 'pursue' : 'patrol',
      stateSinceTick: sim.tick,
      waypoint: [position[0], position[1], position[2]],
      flank: rngUnitVector(sim.rng),
      evadeDirection: [0, 1, 0],
      evadeUntilTick: 0,
      steer: [heading[0], 0, heading[2]],
      desiredSpeedMps: stats.cruiseSpeedMps * 0.5,
      avoid: [0, 0, 0],
      separation: [0, 0, 0],
      aimErrorX: 0,
      aimErrorY: 0,
      gunCooldownTicks: rngInt(sim.rng, 0, 60),
      burstLeft: 0,
      torpedoCooldownTicks: rngInt(sim.rng, 60, 240),
      recentDamage: 0,
      noticedTick: role === 'arena' || role === 'traffic' ? -1 : sim.tick,
      hasSpoken: false,
      hostile,
      plan: options.plan ?? null,
      disabledUntilTick: -1,
      robbed: false,
      guardOf: -1,
    },
  };
  const structure = isStructureClass(shipClass);
  if (structure) {
    // A structure (relay, turret, pylon) never moves, and ships and shots meet it solid.
    body.type = Body.STATIC;
    body.mass = 0;
    body.updateMassProperties();
    body.collisionFilterGroup = CollisionGroup.Structure;
    body.collisionFilterMask =
      CollisionGroup.Player |
      CollisionGroup.Asteroid |
      CollisionGroup.Enemy |
      CollisionGroup.Debris;
    enemy.ai.state = shipClass === 'turret' ? 'turret' : 'hold';
  }
  const speed = role === 'traffic' ? stats.cruiseSpeedMps * 0.6 : structure ? 0 : 20;
  body.velocity.set(heading[0] * speed, heading[1] * speed * 0.3, heading[2] * speed);
  // Patrol waypoints wander around the spawn point.
  enemy.ai.waypoint = [
    position[0] + rngRange(sim.rng, -400, 400),
    position[1] + rngRange(sim.rng, -120, 120),
    position[2] + rngRange(sim.rng, -400, 400),
  ];
  sim.world.addBody(body);
  sim.enemies.push(enemy);
  sim.enemyById.set(id, enemy);
  return enemy;
}
