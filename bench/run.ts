/**
 * npm run bench — the performance numbers, measured as counts and ratios in one run
 * (never as timed unit tests: these machines are shared and noisy).
 *
 *  1. Attack Wave sim rows (attack-wave-sim.ts): median and p95 ms per tick with 100,
 *     400, 1,000 and 2,000 live attackers and as many projectiles, each beside a bare
 *     cannon-es world with the same bodies (bare-world.ts), stepped in the same run.
 *  2. The older rows (piracy sector, arena dogfight), each beside drifting spheres.
 *  3. The verifier's speed on full autopilot Attack Wave and Heart runs (verify-speed.ts).
 *  4. Draw calls at the peak of the final wave, headless Chromium (draw-calls.ts).
 *
 * Prints readable tables, then as its last line one JSON object:
 * {"sim":[{"attackers":…,"projectiles":…,"medianMs":…,"p95Ms":…,"baselineMs":…,…},…],
 *  "drawCallsPeak":…,"verifySpeedup":…, …details}
 */
import { performance } from 'node:perf_hooks';
import { Body, Sphere, Vec3 } from 'cannon-es';
import { createSim, EMPTY_INPUT, hashSim, stepSim, TICK_RATE, type SimState } from '../src/sim';
import { formatTicks } from '../src/hud/format-time';
import { rngRange, rngUnitVector } from '../src/sim/rng';
import { spawnEnemy } from '../src/sim/world/enemy-factory';
import { createPhysicsWorld, tuneBroadphase } from '../src/sim/world/physics-world';
import { Faction, ProjectileKind } from '../src/sim/world/projectile-pool';
import { scriptedInput } from '../tests/unit/scripted-input';
import { ATTACKER_COUNTS, measureAttackWaveRow, type AttackWaveRow } from './attack-wave-sim';
import { measureDrawCalls } from './draw-calls';
import { summarize } from './stats';
import { measureVerifySpeed } from './verify-speed';

const WARMUP_TICKS = 120;
const MEASURED_TICKS = 600;

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

const benchStart = performance.now();
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const fixed = (value: number, digits: number, width: number): string =>
  value.toFixed(digits).padStart(width);

// 1. Attack Wave sim rows.
console.log(
  'Attack Wave sim tick (Node, one core): party frozen at wave 5, Callister invulnerable (hull 1e9),',
);
console.log(
  'N projectiles topped up each tick; bare = cannon-es alone, same bodies + one sphere per projectile',
);
console.log(
  'attackers  guards  shots  bodies  median ms   p95 ms  bare ms  ratio  bare ships-only ms  ticks  replaced',
);
const attackRows: AttackWaveRow[] = [];
for (const count of ATTACKER_COUNTS) {
  const row = measureAttackWaveRow(count);
  attackRows.push(row);
  console.log(
    [
      String(row.attackers).padStart(9),
      String(row.guards).padStart(7),
      String(row.projectiles).padStart(6),
      String(row.bodies).padStart(7),
      fixed(row.medianMs, 3, 10),
      fixed(row.p95Ms, 3, 8),
      fixed(row.baselineMs, 3, 8),
      fixed(row.ratio, 2, 6),
      fixed(row.shipsOnlyBaselineMs, 3, 19),
      String(row.ticks).padStart(6),
      String(row.replaced).padStart(9),
    ].join(' '),
  );
}

// 2. The older scenarios.
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

console.log('');
console.log('Other scenarios (Node, one core), %d measured ticks per row', MEASURED_TICKS);
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
// 3. The verifier.
console.log('');
const verify = measureVerifySpeed('attack-wave');
const verifyHeart = measureVerifySpeed('heart');
for (const [title, result] of [
  ['Attack Wave', verify],
  ['Heart', verifyHeart],
] as const) {
  console.log(
    'Verifier: a full %s run (seed %d) flown by the autopilot, recorded, then verified',
    title,
    result.seed,
  );
  console.log(
    `  ${result.ticks} ticks (${formatTicks(result.ticks)} of play), IGT ${formatTicks(result.igtTicks)}, outcome ${result.outcome}`,
  );
  console.log(
    `  ${result.verified ? 'verified' : `NOT verified: ${result.message ?? ''}`} in ${seconds(result.verifyWallMs)}: ${result.speedup.toFixed(1)}x real time (recording took ${seconds(result.recordWallMs)})`,
  );
}

// 4. Draw calls in the browser.
console.log('');
console.log('Draw calls at the final wave (headless Chromium, SwiftShader, 640x360, ?test hook):');
const draw = await measureDrawCalls((line) => console.log(line));
if (draw.drawCallsPeak === null) {
  console.log(`  not measured: ${draw.note ?? 'unknown reason'}`);
} else {
  console.log(
    `  peak ${draw.drawCallsPeak} draw calls at tick ${draw.tickAtPeak} (wave ${draw.waveAtPeak}, ${draw.attackersAtPeak} attackers alive)`,
  );
  console.log(`  final wave (wave 5) most: ${draw.finalWaveMax ?? 'not reached'}`);
  if (draw.replayPeak) {
    console.log(
      `  the recording's most attackers alive: ${draw.replayPeak.attackersAlive} in wave ${draw.replayPeak.wave} at tick ${draw.replayPeak.tick}`,
    );
    console.log(`  flown by: ${draw.strategy ?? '?'}`);
  }
  if (draw.note) console.log(`  note: ${draw.note}`);
}
console.log(
  `  build ${seconds(draw.buildMs)}, recording ${draw.replayCached ? 'cached' : seconds(draw.recordMs)}, playback ${seconds(draw.browserMs)} (${draw.pageMsPerTick === null ? '?' : draw.pageMsPerTick.toFixed(2)} ms per game tick in the page)`,
);
console.log(`  renderer: ${draw.renderer ?? 'n/a'}`);

// The issue's targets, for reading (the bench reports; it does not fail).
console.log('');
console.log('Targets (issue: Attack Wave)');
const mark = (ok: boolean): string => (ok ? 'ok    ' : 'MISSED');
const thousand = attackRows[ATTACKER_COUNTS.indexOf(1000)];
if (thousand) {
  console.log(
    `  ${mark(thousand.medianMs <= 4)} 1,000 + 1,000 median ${thousand.medianMs.toFixed(2)} ms (<= 4)`,
  );
  console.log(
    `  ${mark(thousand.p95Ms <= 6)} 1,000 + 1,000 p95 ${thousand.p95Ms.toFixed(2)} ms (<= 6)`,
  );
  console.log(
    `  ${mark(thousand.ratio <= 2.5)} 1,000 + 1,000 ${thousand.ratio.toFixed(2)}x the bare cannon-es step (<= 2.5x)`,
  );
}
console.log(
  `  ${draw.drawCallsPeak === null ? 'n/a   ' : mark(draw.drawCallsPeak <= 60)} draw calls peak ${draw.drawCallsPeak ?? 'not measured'} (<= 60)`,
);
console.log(
  `  ${mark(verify.speedup >= 30)} verify ${verify.speedup.toFixed(1)}x real time (>= 30x)`,
);
console.log(
  `  ${mark(verifyHeart.verified && verifyHeart.speedup >= 30)} verify the Heart ${verifyHeart.speedup.toFixed(1)}x real time (>= 30x)`,
);

console.log('');
console.log(`Bench wall time ${seconds(performance.now() - benchStart)}`);
const round3 = (value: number): number => round(value, 3);
console.log(
  JSON.stringify({
    sim: attackRows.map((row) => ({
      attackers: row.attackers,
      projectiles: row.projectiles,
      medianMs: round3(row.medianMs),
      p95Ms: round3(row.p95Ms),
      baselineMs: round3(row.baselineMs),
      ratio: round(row.ratio, 2),
      bodies: row.bodies,
      baselineBodies: row.baselineBodies,
      shipsOnlyBaselineMs: round3(row.shipsOnlyBaselineMs),
      guards: row.guards,
      replaced: row.replaced,
      ticks: row.ticks,
    })),
    drawCallsPeak: draw.drawCallsPeak,
    verifySpeedup: round(verify.speedup, 1),
    verifySpeedupHeart: round(verifyHeart.speedup, 1),
    drawCalls: {
      attackersAlive: draw.attackersAtPeak,
      wave: draw.waveAtPeak,
      tick: draw.tickAtPeak,
      finalWaveMax: draw.finalWaveMax,
      finalWaveAttackers: draw.replayPeak?.wave === 5 ? draw.replayPeak.attackersAlive : null,
      pageMsPerTick: draw.pageMsPerTick === null ? null : round(draw.pageMsPerTick, 2),
      note: draw.note,
    },
    verify: {
      ticks: verify.ticks,
      playedS: round(verify.ticks / TICK_RATE, 1),
      wallS: round(verify.verifyWallMs / 1000, 2),
      igtTicks: verify.igtTicks,
      outcome: verify.outcome,
      verified: verify.verified,
    },
    verifyHeart: {
      ticks: verifyHeart.ticks,
      playedS: round(verifyHeart.ticks / TICK_RATE, 1),
      wallS: round(verifyHeart.verifyWallMs / 1000, 2),
      igtTicks: verifyHeart.igtTicks,
      outcome: verifyHeart.outcome,
      verified: verifyHeart.verified,
    },
    scenarios: rows,
  }),
);
