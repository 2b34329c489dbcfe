/**
 * npm run bench — the performance numbers, measured as counts and ratios in one run
 * (never as timed unit tests: these machines are shared and noisy).
 * Prints a readable table, then one JSON object as its last line.
 */
import { performance } from 'node:perf_hooks';
import { Body, Sphere, Vec3 } from 'cannon-es';
import { createSim, hashSim, stepSim } from '../src/sim';
import { createPhysicsWorld, tuneBroadphase } from '../src/sim/world/physics-world';
import { scriptedInput } from '../tests/unit/scripted-input';
import { summarize } from './stats';

const WARMUP_TICKS = 120;
const MEASURED_TICKS = 1800;

interface Row {
  scenario: string;
  bodies: number;
  medianMs: number;
  p95Ms: number;
  baselineMs: number;
  ratio: number;
}

/** The game's tick in the Piracy sector, with a scripted flight through it. */
function measureSector(seed: number): { samples: number[]; bodies: number } {
  const sim = createSim({ seed });
  for (let t = 0; t < WARMUP_TICKS; t++) stepSim(sim, scriptedInput(t));
  const samples: number[] = [];
  for (let t = WARMUP_TICKS; t < WARMUP_TICKS + MEASURED_TICKS; t++) {
    const input = scriptedInput(t);
    const start = performance.now();
    stepSim(sim, input);
    samples.push(performance.now() - start);
  }
  hashSim(sim);
  return { samples, bodies: sim.world.bodies.length };
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
for (const seed of [1031, 7]) {
  const sector = measureSector(seed);
  const sim = summarize(sector.samples);
  const bare = summarize(measureBareWorld(sector.bodies));
  rows.push({
    scenario: `piracy sector, seed ${seed}`,
    bodies: sector.bodies,
    medianMs: round(sim.median),
    p95Ms: round(sim.p95),
    baselineMs: round(bare.median),
    ratio: round(sim.median / Math.max(bare.median, 1e-6), 2),
  });
}

console.log('Sim tick cost (Node, one core), %d measured ticks per row', MEASURED_TICKS);
console.log('scenario                     bodies  median ms   p95 ms  bare cannon ms  ratio');
for (const row of rows) {
  console.log(
    `${row.scenario.padEnd(28)} ${String(row.bodies).padStart(6)} ${row.medianMs.toFixed(3).padStart(10)} ${row.p95Ms
      .toFixed(3)
      .padStart(8)} ${row.baselineMs.toFixed(3).padStart(15)} ${row.ratio.toFixed(2).padStart(6)}`,
  );
}
console.log(JSON.stringify({ sim: rows }));
