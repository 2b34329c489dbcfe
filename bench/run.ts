/**
 * npm run bench — the performance numbers, measured as counts and ratios in one run
 * (never as timed unit tests: these machines are shared and noisy).
 * Prints a readable table, then one JSON object as its last line.
 */
import { performance } from 'node:perf_hooks';
import { Body, Sphere, Vec3 } from 'cannon-es';
import { createSim, EMPTY_INPUT, hashSim, stepSim, type SimState } from '../src/sim';
import { rngRange, rngUnitVector } from '../src/sim/rng';
import { spawnEnemy } from '../src/sim/world/enemy-factory';
import { createPhysicsWorld, tuneBroadphase } from '../src/sim/world/physics-world';
import { Faction, ProjectileKind } from '../src/sim/world/projectile-pool';
import { scriptedInput } from '../tests/unit/scripted-input';
import { summarize } from './stats';

const WARMUP_TICKS = 120;
const MEASURED_TICKS = 1200;

interface Row {
  scenario: string;
  bodies: number;
  enemies: number;
  projectiles: number;
  medianMs: number;
  p95Ms: number;
  baselineMs: number;
  ratio: number;
}

/** Keeps `count` Infinity bolts in flight, fired outward so they live out their range. */
function topUpProjectiles(sim: SimState, count: number): void {
  while (sim.projectiles.count < count) {
    const [dx, dy, dz] = rngUnitVector(sim.rng);
    const p = sim.player.body.position;
    sim.projectiles.spawn({
      kind: ProjectileKind.Phaser,
      faction: Faction.Infinity,
      ownerId: 999_999,
      targetId: -1,
      x: p.x + dx * 200,
      y: p.y + dy * 200,
      z: p.z + dz * 200,
      vx: dx * 850,
      vy: dy * 850,
      vz: dz * 850,
      lifeTicks: 70,
      damage: 0,
      splashDamage: 0,
      splashRadiusM: 0,
      turnRateRadPerS: 0,
      maxSpeedMps: 0,
      accelMps2: 0,
    });
  }
}

interface Scenario {
  name: string;
  enemies: number;
  projectiles: number;
  build(): SimState;
  input(tick: number): ReturnType<typeof scriptedInput>;
}

const scenarios: Scenario[] = [
  {
    name: 'piracy sector, seed 1031',
    enemies: 0,
    projectiles: 0,
    build: () => createSim({ seed: 1031 }),
    input: scriptedInput,
  },
  {
    name: 'arena dogfight, 50 + 500',
    enemies: 50,
    projectiles: 500,
    build: () => {
      const sim = createSim({ seed: 451, category: 'arena' });
      while (sim.enemies.length < 50) {
        const [x, y, z] = rngUnitVector(sim.rng);
        const r = rngRange(sim.rng, 500, 1600);
        spawnEnemy(sim, (['dart', 'brawler', 'hunter'] as const)[sim.enemies.length % 3]!, [
          x * r,
          y * r * 0.4,
          z * r,
        ]);
      }
      // The Callister is invulnerable here so the fight lasts the whole measurement.
      sim.player.hull = 1e9;
      return sim;
    },
    input: () => EMPTY_INPUT,
  },
];

function measure(scenario: Scenario): {
  samples: number[];
  bodies: number;
  enemies: number;
  projectiles: number;
} {
  const sim = scenario.build();
  for (let t = 0; t < WARMUP_TICKS; t++) {
    topUpProjectiles(sim, scenario.projectiles);
    stepSim(sim, scenario.input(t));
  }
  const samples: number[] = [];
  for (let t = WARMUP_TICKS; t < WARMUP_TICKS + MEASURED_TICKS; t++) {
    topUpProjectiles(sim, scenario.projectiles);
    const input = scenario.input(t);
    const start = performance.now();
    stepSim(sim, input);
    samples.push(performance.now() - start);
  }
  hashSim(sim);
  return {
    samples,
    bodies: sim.world.bodies.length,
    enemies: sim.enemies.length,
    projectiles: sim.projectiles.count,
  };
}

/** The floor: a bare cannon-es world, configured as the sim configures it, with as many drifting spheres. */
function measureBareWorld(bodies: number): number[] {
  const world = createPhysicsWorld();
  for (let i = 0; i < bodies; i++) {
    const body = new Body({ mass: 1, shape: new Sphere(5) });
    body.position.set((i % 20) * 300, Math.floor(i / 400) * 300, (Math.floor(i / 20) % 20) * 300);
    body.velocity.copy(new Vec3(1, 0.5, -0.25));
    world.addBody(body);
  }
  tuneBroadphase(world);
  for (let t = 0; t < WARMUP_TICKS; t++) world.step(1 / 60);
  const samples: number[] = [];
  for (let t = 0; t < MEASURED_TICKS; t++) {
    const start = performance.now();
    world.step(1 / 60);
    samples.push(performance.now() - start);
  }
  return samples;
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

const rows: Row[] = [];
for (const scenario of scenarios) {
  const result = measure(scenario);
  const sim = summarize(result.samples);
  const bare = summarize(measureBareWorld(result.bodies));
  rows.push({
    scenario: scenario.name,
    bodies: result.bodies,
    enemies: result.enemies,
    projectiles: result.projectiles,
    medianMs: round(sim.median),
    p95Ms: round(sim.p95),
    baselineMs: round(bare.median),
    ratio: round(sim.median / Math.max(bare.median, 1e-6), 2),
  });
}

console.log('Sim tick cost (Node, one core), %d measured ticks per row', MEASURED_TICKS);
console.log(
  'scenario                  ships  shots  bodies  median ms   p95 ms  bare cannon ms  ratio',
);
for (const row of rows) {
  console.log(
    [
      row.scenario.padEnd(24),
      String(row.enemies).padStart(6),
      String(row.projectiles).padStart(6),
      String(row.bodies).padStart(7),
      row.medianMs.toFixed(3).padStart(10),
      row.p95Ms.toFixed(3).padStart(8),
      row.baselineMs.toFixed(3).padStart(15),
      row.ratio.toFixed(2).padStart(6),
    ].join(' '),
  );
}
console.log(JSON.stringify({ sim: rows }));
