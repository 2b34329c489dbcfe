/**
 * The Attack Wave's sim rows: ms per tick with N live attackers and N live projectiles,
 * each beside a bare cannon-es world with the same bodies (bare-world.ts), stepped in
 * the same run, in alternating blocks so machine noise falls on both alike.
 *
 * Setup of a row (all of it the benchmark's doing, not the game's):
 *  - createSim({ seed: 2025, category: 'attack-wave' }): the party's three relays and
 *    their 165 guards (attacker-role ships) stand around Walton's planet.
 *  - The party is frozen at its final wave (wave = 5, nothing left to arrive): no wave
 *    spawns during the measurement, and the swarm's shared fire budget runs at wave 5's.
 *  - Attackers: min(guards, N/2) of the guards stay (the rest warp out before the first
 *    measured tick), and N minus those are spawned as wave-5 attackers (role 'attacker',
 *    wave 5, pursuing, the final wave's class mix) at 500-1,500 m around the Callister.
 *    The row reports the live attacker-role ships it actually had.
 *  - The Callister is made invulnerable for the measurement: `sim.player.hull = 1e9`
 *    (the swarm's fire and rams still run their full hit tests and damage paths). It
 *    flies the tests' scripted input (throttle, weave, boost, strafe), so the swarm moves.
 *  - Ships lost during the measurement (a dart that rams the Callister breaks itself) are
 *    replaced before the next tick, warping in at 900-1,500 m as the party's ships do, so
 *    every measured tick starts with exactly N live attackers.
 *  - Projectiles: topped up to N live every tick before the step, half Callister bolts
 *    fired outward through the swarm (hit-tested against every ship) and half swarm bolts
 *    fired at the Callister, all doing 0 damage so the swarm stays N strong.
 *  - Events are drained after every tick, as the game does.
 */
import { performance } from 'node:perf_hooks';
import { createSim, stepSim, WAVES, type SimState } from '../src/sim';
import { spawnEnemy } from '../src/sim/world/enemy-factory';
import { PLAYER_ID } from '../src/sim/world/player-ship';
import { Faction, ProjectileKind } from '../src/sim/world/projectile-pool';
import { tuneBroadphase } from '../src/sim/world/physics-world';
import { scriptedInput } from '../tests/unit/scripted-input';
import { buildBareWorld } from './bare-world';
import { createBenchRng, type BenchRng } from './bench-rng';
import { summarize } from './stats';

export const ATTACKER_COUNTS = [100, 400, 1000, 2000] as const;

const SEED = 2025;
const WARMUP_TICKS = 180;
const BASELINE_WARMUP_TICKS = 60;
/** Sim and baseline alternate in blocks of this many ticks. */
const BLOCK_TICKS = 30;
const SHOT_SPEED_MPS = 850;
const SHOT_LIFE_TICKS = 70;

/** Measured ticks per row (and per baseline), so the whole bench stays short. */
const MEASURED_TICKS = 600;

export interface AttackWaveRow {
  /** Live attacker-role ships (attackers + grudge-holders) going into each measured tick. */
  attackers: number;
  /** Ships lost during the measured ticks and replaced (rams). */
  replaced: number;
  /** Mean live projectiles going into each measured tick (the sim's own shots included). */
  projectiles: number;
  medianMs: number;
  p95Ms: number;
  /** Median ms of the bare cannon-es step beside it (mirrored bodies + one sphere per projectile). */
  baselineMs: number;
  /** medianMs / baselineMs. */
  ratio: number;
  /** Median ms of the same bare world without the projectile spheres (the sim's own body set). */
  shipsOnlyBaselineMs: number;
  /** Bodies in the sim's cannon world (ships, rocks, planet, relays, debris). */
  bodies: number;
  /** Bodies in the baseline world (the mirrored ones + one per projectile). */
  baselineBodies: number;
  /** Of the attackers, how many are the party's relay guards. */
  guards: number;
  ticks: number;
}

function liveAttackers(sim: SimState): number {
  let n = 0;
  for (const e of sim.enemies) {
    if (e.alive && !e.warpedOut && (e.role === 'attacker' || e.role === 'grudge-holder')) n++;
  }
  return n;
}

function pickClass(rng: BenchRng): 'dart' | 'brawler' | 'hunter' {
  const mix = WAVES[WAVES.length - 1]!.mix;
  const roll = rng.next() * (mix.dart + mix.brawler + mix.hunter);
  if (roll < mix.dart) return 'dart';
  if (roll < mix.dart + mix.brawler) return 'brawler';
  return 'hunter';
}

function spawnAttacker(sim: SimState, rng: BenchRng, minM: number, maxM: number): void {
  const p = sim.player.body.position;
  const [dx, dy, dz] = rng.unitVector();
  const r = rng.range(minM, maxM);
  spawnEnemy(sim, pickClass(rng), [p.x + dx * r, p.y + dy * r * 0.6, p.z + dz * r], {
    role: 'attacker',
    wave: WAVES.length,
    facing: [-dx, -dy, -dz],
  });
}

function buildRow(attackers: number, rng: BenchRng): { sim: SimState; guards: number } {
  const sim = createSim({ seed: SEED, category: 'attack-wave' });
  const party = sim.party;
  if (!party) throw new Error('the attack-wave sim has no party');
  // Frozen at the final wave: nothing more arrives while we measure.
  party.wave = WAVES.length;
  party.toArrive = 0;
  const guards = sim.enemies.filter((e) => e.role === 'attacker');
  const keep = Math.min(guards.length, Math.floor(attackers / 2));
  for (const guard of guards.slice(keep)) guard.warpedOut = true;
  for (let k = keep; k < attackers; k++) spawnAttacker(sim, rng, 500, 1500);
  // Measurement only: the Callister cannot die, so the swarm stays on it for every tick.
  sim.player.hull = 1e9;
  tuneBroadphase(sim.world);
  return { sim, guards: keep };
}

/** Keeps `count` shots live: half the Callister's (outward through the swarm), half the swarm's. */
function topUpProjectiles(sim: SimState, count: number, rng: BenchRng): void {
  const pool = sim.projectiles;
  const p = sim.player.body.position;
  const ships = sim.enemies;
  let outward = pool.count % 2 === 0;
  while (pool.count < count) {
    let x: number;
    let y: number;
    let z: number;
    let dx: number;
    let dy: number;
    let dz: number;
    let ownerId = PLAYER_ID;
    const shooter = outward ? undefined : ships[Math.floor(rng.next() * ships.length)];
    if (shooter && shooter.alive && shooter.role !== 'relay') {
      const s = shooter.body.position;
      dx = p.x - s.x;
      dy = p.y - s.y;
      dz = p.z - s.z;
      const len = Math.hypot(dx, dy, dz) || 1;
      dx /= len;
      dy /= len;
      dz /= len;
      x = s.x + dx * (shooter.radiusM + 2);
      y = s.y + dy * (shooter.radiusM + 2);
      z = s.z + dz * (shooter.radiusM + 2);
      ownerId = shooter.id;
    } else {
      [dx, dy, dz] = rng.unitVector();
      x = p.x + dx * 30;
      y = p.y + dy * 30;
      z = p.z + dz * 30;
    }
    pool.spawn({
      kind: ProjectileKind.Phaser,
      faction: ownerId === PLAYER_ID ? Faction.Player : Faction.Infinity,
      ownerId,
      targetId: -1,
      x,
      y,
      z,
      vx: dx * SHOT_SPEED_MPS,
      vy: dy * SHOT_SPEED_MPS,
      vz: dz * SHOT_SPEED_MPS,
      lifeTicks: SHOT_LIFE_TICKS,
      damage: 0,
      splashDamage: 0,
      splashRadiusM: 0,
      turnRateRadPerS: 0,
      maxSpeedMps: 0,
      accelMps2: 0,
    });
    outward = !outward;
  }
}

const now = (): number => performance.now();

export function measureAttackWaveRow(attackers: number): AttackWaveRow {
  const rng = createBenchRng(0xa77ac + attackers);
  const { sim, guards } = buildRow(attackers, rng);
  let tick = 0;
  let projectileSum = 0;
  let replaced = 0;
  let fewest = Infinity;
  const stepOnce = (): number => {
    let live = liveAttackers(sim);
    for (; live < attackers; live++, replaced++) spawnAttacker(sim, rng, 900, 1500);
    fewest = Math.min(fewest, live);
    topUpProjectiles(sim, attackers, rng);
    projectileSum += sim.projectiles.count;
    const input = scriptedInput(tick++);
    const start = now();
    stepSim(sim, input);
    const ms = now() - start;
    sim.events.length = 0;
    return ms;
  };
  for (let t = 0; t < WARMUP_TICKS; t++) stepOnce();
  projectileSum = 0;
  replaced = 0;
  fewest = Infinity;

  const bare = buildBareWorld(sim.world, sim.player.body.position, attackers, rng);
  const shipsOnly = buildBareWorld(sim.world, sim.player.body.position, 0, rng);
  for (let t = 0; t < BASELINE_WARMUP_TICKS; t++) {
    bare.step(now);
    shipsOnly.step(now);
  }

  const total = MEASURED_TICKS;
  const simSamples: number[] = [];
  const bareSamples: number[] = [];
  const shipsOnlySamples: number[] = [];
  while (simSamples.length < total) {
    const block = Math.min(BLOCK_TICKS, total - simSamples.length);
    for (let t = 0; t < block; t++) simSamples.push(stepOnce());
    for (let t = 0; t < block; t++) bareSamples.push(bare.step(now));
    for (let t = 0; t < block; t++) shipsOnlySamples.push(shipsOnly.step(now));
  }
  const simStats = summarize(simSamples);
  const bareStats = summarize(bareSamples);
  return {
    attackers: fewest,
    replaced,
    projectiles: Math.round(projectileSum / total),
    medianMs: simStats.median,
    p95Ms: simStats.p95,
    baselineMs: bareStats.median,
    ratio: simStats.median / Math.max(bareStats.median, 1e-6),
    shipsOnlyBaselineMs: summarize(shipsOnlySamples).median,
    bodies: sim.world.bodies.length,
    baselineBodies: bare.world.bodies.length,
    guards,
    ticks: total,
  };
}
