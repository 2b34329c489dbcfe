import { Body, Box, Quaternion, Sphere, Vec3, type World } from 'cannon-es';
import { ASTEROIDS, type SectorDefinition } from '../content/sector';
import { rngFloat, rngInBall, rngInt, rngRange, rngUnitVector, type SimRng } from '../rng';
import type { Asteroid, StaticLandmark } from '../state';
import { ALL_GROUPS, CollisionGroup } from './collision-groups';
import { HULL_MATERIAL } from './physics-world';
import * as det from '../math/det-math';

type Vec3Tuple = readonly [number, number, number];

function distance(a: Vec3Tuple, b: Vec3Tuple): number {
  return det.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Small rocks are common, boulders rare: cube the uniform roll. */
function rollAsteroidRadius(rng: SimRng): number {
  const { min, max } = ASTEROIDS.radiusM;
  const u = rngFloat(rng);
  return min + (max - min) * u * u * u;
}

function isClear(
  sector: SectorDefinition,
  position: Vec3Tuple,
  radiusM: number,
  placed: readonly Asteroid[],
): boolean {
  const clearance = ASTEROIDS.clearanceM + radiusM;
  if (distance(position, sector.spawn.position) < clearance) return false;
  if (
    sector.station &&
    distance(position, sector.station.position) < clearance + sector.station.radiusM
  )
    return false;
  if (distance(position, sector.waltonPlanet.position) < clearance + sector.waltonPlanet.radiusM)
    return false;
  for (const enemy of sector.enemies)
    if (distance(position, enemy.position) < clearance) return false;
  if (det.hypot(position[0], position[1], position[2]) > sector.radiusM - radiusM) return false;
  for (const other of placed) {
    const p = other.body.position;
    if (
      det.hypot(position[0] - p.x, position[1] - p.y, position[2] - p.z) <
      radiusM + other.radiusM + 2
    ) {
      return false;
    }
  }
  return true;
}

/** Quaternion.setFromAxisAngle with the sim's deterministic sin/cos (cannon's uses Math's). */
function setAxisAngle(q: Quaternion, x: number, y: number, z: number, angle: number): void {
  const s = det.sin(angle * 0.5);
  q.set(x * s, y * s, z * s, det.cos(angle * 0.5));
}

function createAsteroid(rng: SimRng, position: Vec3Tuple, radiusM: number): Asteroid {
  const body = new Body({
    mass: ASTEROIDS.density * radiusM * radiusM * radiusM,
    material: HULL_MATERIAL,
    position: new Vec3(position[0], position[1], position[2]),
    shape: new Sphere(radiusM),
    linearDamping: 0,
    angularDamping: 0,
    collisionFilterGroup: CollisionGroup.Asteroid,
    collisionFilterMask: ALL_GROUPS,
  });
  const axis = rngUnitVector(rng);
  setAxisAngle(body.quaternion, axis[0], axis[1], axis[2], rngRange(rng, 0, Math.PI * 2));
  const drift = rngUnitVector(rng);
  const driftSpeed = rngRange(rng, 0, ASTEROIDS.driftMps);
  body.velocity.set(drift[0] * driftSpeed, drift[1] * driftSpeed, drift[2] * driftSpeed);
  const spin = rngUnitVector(rng);
  const spinRate = rngRange(rng, 0.02, ASTEROIDS.spinRadPerS) * (12 / (radiusM + 8));
  body.angularVelocity.set(spin[0] * spinRate, spin[1] * spinRate, spin[2] * spinRate);
  return { body, radiusM, shapeVariant: rngInt(rng, 0, ASTEROIDS.shapeVariants - 1) };
}

/** Scatters the seeded asteroid fields. Rejection keeps rocks from overlapping at spawn. */
export function buildAsteroids(rng: SimRng, sector: SectorDefinition): Asteroid[] {
  const asteroids: Asteroid[] = [];
  const tryPlace = (center: Vec3Tuple, spreadM: number): void => {
    for (let attempt = 0; attempt < 24; attempt++) {
      const radiusM = rollAsteroidRadius(rng);
      const offset = rngInBall(rng, spreadM);
      // Fields are flattened discs, as belts read better than balls from a cockpit.
      const position: Vec3Tuple = [
        center[0] + offset[0],
        center[1] + offset[1] * 0.45,
        center[2] + offset[2],
      ];
      if (isClear(sector, position, radiusM, asteroids)) {
        asteroids.push(createAsteroid(rng, position, radiusM));
        return;
      }
    }
  };
  for (const field of sector.asteroidFields) {
    for (let i = 0; i < field.count; i++) tryPlace(field.center, field.radiusM);
  }
  for (let i = 0; i < sector.scatteredAsteroids; i++) tryPlace([0, 0, 0], sector.radiusM * 0.9);
  return asteroids;
}

function staticBody(position: Vec3Tuple): Body {
  return new Body({
    mass: 0,
    type: Body.STATIC,
    material: HULL_MATERIAL,
    position: new Vec3(position[0], position[1], position[2]),
    collisionFilterGroup: CollisionGroup.Structure,
    collisionFilterMask:
      CollisionGroup.Player |
      CollisionGroup.Asteroid |
      CollisionGroup.Enemy |
      CollisionGroup.Debris,
  });
}

/** The trade station: a hub sphere inside a ring of boxes (its habitat torus, in the XZ plane). */
export function buildStation(station: NonNullable<SectorDefinition['station']>): StaticLandmark {
  const { position, radiusM } = station;
  const body = staticBody(position);
  body.addShape(new Sphere(radiusM * 0.35));
  const segments = 16;
  const tube = radiusM * 0.12;
  const halfLength = (Math.PI * radiusM) / segments + tube * 0.2;
  for (let i = 0; i < segments; i++) {
    const angle = (i / segments) * Math.PI * 2;
    const offset = new Vec3(det.cos(angle) * radiusM, 0, det.sin(angle) * radiusM);
    const orientation = new Quaternion();
    setAxisAngle(orientation, 0, 1, 0, -angle);
    body.addShape(new Box(new Vec3(tube, tube, halfLength)), offset, orientation);
  }
  return { body, position, radiusM };
}

export function buildWaltonPlanet(planet: SectorDefinition['waltonPlanet']): StaticLandmark {
  const { position, radiusM } = planet;
  const body = staticBody(position);
  body.addShape(new Sphere(radiusM));
  return { body, position, radiusM };
}

export function addBodies(world: World, bodies: readonly Body[]): void {
  for (const body of bodies) world.addBody(body);
}
