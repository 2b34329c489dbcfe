import type { Body } from 'cannon-es';
import { CATEGORIES, isCategoryId } from './content/categories';
import { SECTOR } from './content/sector';
import { createRng } from './rng';
import type { CreateSimOptions, PendingImpact, SimState } from './state';
import { createPhysicsWorld, tuneBroadphase } from './world/physics-world';
import { createPlayerShip } from './world/player-ship';
import { addBodies, buildAsteroids, buildStation, buildWaltonPlanet } from './world/sector-builder';

interface CollideEvent {
  body: Body;
  contact: {
    bi: Body;
    ni: { x: number; y: number; z: number };
    getImpactVelocityAlongNormal(): number;
  };
}

export function createSim(options: CreateSimOptions): SimState {
  const category = options.category ?? 'any';
  if (!isCategoryId(category)) throw new Error(`Unknown category "${String(category)}"`);
  if (!Number.isSafeInteger(options.seed))
    throw new Error(`Seed must be an integer, got ${options.seed}`);
  const seed = options.seed >>> 0;
  const rng = createRng(seed);
  const world = createPhysicsWorld();
  const player = createPlayerShip(SECTOR.spawn.position);
  const asteroids = buildAsteroids(rng);
  const station = buildStation();
  const waltonPlanet = buildWaltonPlanet();
  addBodies(world, [player.body, ...asteroids.map((a) => a.body), station.body, waltonPlanet.body]);
  tuneBroadphase(world);

  const pendingImpacts: PendingImpact[] = [];
  player.body.addEventListener('collide', (event: CollideEvent) => {
    const { contact } = event;
    // ni points from bi to bj; flip it so it always points from the ship outward.
    const sign = contact.bi === player.body ? 1 : -1;
    pendingImpacts.push({
      impactSpeedMps: Math.abs(contact.getImpactVelocityAlongNormal()),
      normal: [contact.ni.x * sign, contact.ni.y * sign, contact.ni.z * sign],
    });
  });

  return {
    seed,
    category,
    chapter: CATEGORIES[category].firstChapter,
    tick: 0,
    rng,
    world,
    player,
    asteroids,
    station,
    waltonPlanet,
    previousButtons: 0,
    pendingImpacts,
    events: [],
  };
}
