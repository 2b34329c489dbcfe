import type { Body } from 'cannon-es';
import { CATEGORIES, isCategoryId } from './content/categories';
import { CREW, CREW_RULES } from './content/crew';
import { createRng } from './rng';
import type { CreateSimOptions, PendingImpact, SimState } from './state';
import { spatialIndexSystem } from './systems/spatial-index';
import { populateTraffic } from './systems/traffic-director';
import { spawnEnemy } from './world/enemy-factory';
import { createPhysicsWorld, tuneBroadphase } from './world/physics-world';
import { createPlayerShip } from './world/player-ship';
import { ProjectilePool } from './world/projectile-pool';
import { addBodies, buildAsteroids, buildStation, buildWaltonPlanet } from './world/sector-builder';
import { SpatialGrid } from './world/spatial-grid';
import { rngRange } from './rng';
import { CALLISTER } from './content/callister';
import { STANDARD_GRUDGE_LIST } from './content/party';
import { PARTY_SECTOR } from './content/sector';
import { UPGRADE_EFFECTS, type UpgradeId } from './content/upgrades';
import { torpedoCapacity } from './systems/fence';
import { beginParty } from './stages/party';
import { beginHeart } from './stages/heart';
import { startTimer } from './speedrun/clock';
import type { ChapterCarry } from './state';

interface CollideEvent {
  body: Body;
  contact: {
    bi: Body;
    bj: Body;
    ni: { x: number; y: number; z: number };
    getImpactVelocityAlongNormal(): number;
  };
}

export function createSim(options: CreateSimOptions): SimState {
  const category = options.category ?? 'any';
  if (!isCategoryId(category)) throw new Error(`Unknown category "${String(category)}"`);
  if (!Number.isSafeInteger(options.seed))
    throw new Error(`Seed must be an integer, got ${options.seed}`);
  const definition = CATEGORIES[category];
  const sector = definition.sector;
  const seed = options.seed >>> 0;
  const rng = createRng(seed);
  const world = createPhysicsWorld();
  // Continuing into the party starts where the campaign's broadcast leaves the Callister.
  const spawn = options.start?.chapter === 'party' ? PARTY_SECTOR.spawn : sector.spawn;
  const player = createPlayerShip(spawn.position);
  const asteroids = buildAsteroids(rng, sector);
  const station = sector.station ? buildStation(sector.station) : null;
  const waltonPlanet = buildWaltonPlanet(sector.waltonPlanet);
  addBodies(world, [player.body, ...asteroids.map((a) => a.body), waltonPlanet.body]);
  if (station) world.addBody(station.body);

  const pendingImpacts: PendingImpact[] = [];
  player.body.addEventListener('collide', (event: CollideEvent) => {
    const { contact } = event;
    // ni points from bi to bj; flip it so it always points from the ship outward.
    const sign = contact.bi === player.body ? 1 : -1;
    pendingImpacts.push({
      impactSpeedMps: Math.abs(contact.getImpactVelocityAlongNormal()),
      other: sign === 1 ? contact.bj : contact.bi,
      normal: [contact.ni.x * sign, contact.ni.y * sign, contact.ni.z * sign],
    });
  });

  const sim: SimState = {
    seed,
    category,
    sector,
    difficulty: 'normal',
    chapter: definition.firstChapter,
    tick: 0,
    rng,
    world,
    player,
    enemies: [],
    enemyById: new Map(),
    asteroids,
    debris: [],
    projectiles: new ProjectilePool(),
    grid: new SpatialGrid(80, 8192),
    obstacles: new SpatialGrid(320, 4096),
    station,
    waltonPlanet,
    nextEntityId: 1,
    previousButtons: 0,
    previousAbility: 0,
    crew: CREW.map((member) => ({
      name: member.name,
      health: CREW_RULES.healthMax,
      alive: true,
      cooldownTicks: 0,
    })),
    pendingImpacts,
    lastCommsTick: -1e9,
    credits: 0,
    creditsDestroyed: 0,
    creditsSpawned: 0,
    creditsDeparted: 0,
    previousPurchase: 0,
    grudgeList: [],
    wanted: 0,
    lastHunterTick: -1e9,
    pickups: [],
    pendingArrivals: [],
    siphon: { targetId: null, progressTicks: 0 },
    upgrades: { shields: 0, phasers: 0, torpedoes: 0, engines: 0, repair: 0 },
    docked: false,
    objective: { stage: 'raid', stageSinceTick: 0 },
    lastTrafficSpawnTick: 0,
    outcome: null,
    party: null,
    heart: null,
    speedrun: { startTick: null, endTick: null, splits: [] },
    events: [],
  };
  const start = options.start ?? null;
  if (start) {
    sim.chapter = start.chapter;
    if (start.carry) applyCarry(sim, start.carry);
  } else {
    applyLoadout(sim);
  }
  for (const enemy of sector.enemies) {
    const [x, y, z] = enemy.position;
    const ship = spawnEnemy(sim, enemy.shipClass, [
      x + rngRange(rng, -80, 80),
      y + rngRange(rng, -40, 40),
      z + rngRange(rng, -80, 80),
    ]);
    // A hunting pilot has already noticed the Callister; it still takes a reaction delay.
    if (sector.enemiesStartHunting) ship.ai.noticedTick = 0;
    sim.creditsSpawned += ship.credits;
  }
  if (sim.chapter === 'piracy') populateTraffic(sim);
  if (sim.chapter === 'party') beginParty(sim);
  if (sim.chapter === 'heart') beginHeart(sim);
  tuneBroadphase(world);
  spatialIndexSystem(sim);
  // Every category's timer starts on its first tick: a run begins with control.
  startTimer(sim);
  return sim;
}

function setUpgrades(sim: SimState, levels: Readonly<Partial<Record<UpgradeId, number>>>): void {
  for (const id of Object.keys(sim.upgrades) as UpgradeId[]) {
    const level = levels[id];
    sim.upgrades[id] =
      typeof level === 'number' && Number.isInteger(level) && level >= 0 ? level : 0;
  }
  const player = sim.player;
  player.shieldsMax = CALLISTER.shieldsMax + sim.upgrades.shields * UPGRADE_EFFECTS.shieldsPerLevel;
  player.shields = player.shieldsMax;
  player.weapons.torpedoes = torpedoCapacity(sim);
}

/** A category's fixed standard loadout: the same upgrades and grudge list for everyone. */
function applyLoadout(sim: SimState): void {
  const loadout = CATEGORIES[sim.category].loadout;
  setUpgrades(sim, loadout.upgrades);
  if (loadout.grudgeList === 'standard') sim.grudgeList.push(...STANDARD_GRUDGE_LIST);
}

/** A later chapter of the campaign starts with what the last one left. */
function applyCarry(sim: SimState, carry: ChapterCarry): void {
  setUpgrades(sim, carry.upgrades);
  sim.credits = Math.max(0, Math.floor(carry.credits));
  sim.player.hull = Math.min(sim.player.hullMax, Math.max(1, carry.hull));
  for (const member of sim.crew) {
    const saved = carry.crew.find((c) => c.name === member.name);
    if (!saved) continue;
    member.health = Math.max(0, Math.min(CREW_RULES.healthMax, saved.health));
    member.alive = saved.alive && member.health > 0;
  }
  sim.grudgeList.push(...carry.grudgeList);
}
