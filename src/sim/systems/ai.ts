import { Vec3 } from 'cannon-es';
import { DIFFICULTIES, type Difficulty } from '../content/difficulty';
import { TRAFFIC } from '../content/piracy-rules';
import { SHIP_CLASSES, isStructureClass, type ShipClassStats } from '../content/ship-classes';
import { turretThink } from './turret';
import { FIXED_DT } from '../constants';
import { leadPoint } from '../math/intercept';
import { rngFloat, rngRange, rngUnitVector } from '../rng';
import type { AiStateName, EnemyShip, SimState } from '../state';
import { sayOnComms } from './comms';
import { fireEnemyGun, fireEnemyTorpedo } from './enemy-weapons';
import { avoidObstacles, seek, separation, type Vec3Out } from './steering';
import { PARTY } from '../content/party';
import { takeFireTurn } from '../stages/party';
import * as det from '../math/det-math';

/** Per-tick context every state function reads. */
interface AiContext {
  readonly sim: SimState;
  readonly difficulty: Difficulty;
  readonly playerAlive: boolean;
}

type StateFn = (ctx: AiContext, enemy: EnemyShip, stats: ShipClassStats) => void;

const goal: Vec3Out = [0, 0, 0];
const forward = new Vec3();
const aim = { x: 0, y: 0, z: 0 };
const LOCAL_FORWARD = new Vec3(0, 0, -1);
/** Obstacle checks are the costly query: each ship refreshes its avoidance every N ticks. */
const AVOID_EVERY_TICKS = 4;
/** Neighbour queries are the next costliest: refreshed every other tick, staggered by id. */
const SEPARATE_EVERY_TICKS = 2;
const IDLE_SLOWDOWN = 4;
/** Ships this far from the Callister while fleeing log off (warp out). */
const WARP_OUT_DISTANCE_M = 2800;
/** recentDamage decays by this per tick (about a one-second memory). */
const DAMAGE_MEMORY = 0.95;

function enter(sim: SimState, enemy: EnemyShip, state: AiStateName): void {
  if (enemy.ai.state === state) return;
  enemy.ai.state = state;
  enemy.ai.stateSinceTick = sim.tick;
}

function distanceToPlayer(sim: SimState, enemy: EnemyShip): number {
  return enemy.body.position.distanceTo(sim.player.body.position);
}

function steerToward(enemy: EnemyShip, dir: Vec3Out, speed: number): void {
  enemy.ai.steer[0] = dir[0];
  enemy.ai.steer[1] = dir[1];
  enemy.ai.steer[2] = dir[2];
  enemy.ai.desiredSpeedMps = speed;
}

function hullFraction(enemy: EnemyShip): number {
  return enemy.hull / enemy.hullMax;
}

/** Noticing the Callister takes a reaction delay; being shot is noticed at once. */
function noticesPlayer(ctx: AiContext, enemy: EnemyShip, stats: ShipClassStats): boolean {
  if (!ctx.playerAlive) return false;
  const ai = enemy.ai;
  if (ai.recentDamage > 0.5) return true;
  if (ai.noticedTick >= 0 && ctx.sim.sector.enemiesStartHunting && (stats.gun || stats.torpedo)) {
    return ctx.sim.tick - ai.noticedTick >= ctx.difficulty.reactionTicks;
  }
  if (distanceToPlayer(ctx.sim, enemy) > stats.detectionRangeM) {
    ai.noticedTick = -1;
    return false;
  }
  if (ai.noticedTick < 0) ai.noticedTick = ctx.sim.tick;
  return ctx.sim.tick - ai.noticedTick >= ctx.difficulty.reactionTicks;
}

function startAttackRun(ctx: AiContext, enemy: EnemyShip): void {
  const ai = enemy.ai;
  const flank = rngFloat(ctx.sim.rng) < ctx.difficulty.flankChance;
  if (flank) ai.flank = rngUnitVector(ctx.sim.rng);
  else ai.flank = [0, 0, 0];
  enter(ctx.sim, enemy, 'pursue');
}

function startEvade(ctx: AiContext, enemy: EnemyShip): void {
  const sim = ctx.sim;
  const ai = enemy.ai;
  enemy.body.quaternion.vmult(LOCAL_FORWARD, forward);
  // Break sideways: a random direction with the forward component removed.
  const r = rngUnitVector(sim.rng);
  const along = r[0] * forward.x + r[1] * forward.y + r[2] * forward.z;
  // Break away from the Callister as well as sideways, so a break-off never becomes a ram.
  const p = enemy.body.position;
  const q = sim.player.body.position;
  const awayLen = det.hypot(p.x - q.x, p.y - q.y, p.z - q.z) || 1;
  let ex = r[0] - forward.x * along + forward.x * 0.3 + ((p.x - q.x) / awayLen) * 0.9;
  let ey = r[1] - forward.y * along + forward.y * 0.3 + ((p.y - q.y) / awayLen) * 0.9;
  let ez = r[2] - forward.z * along + forward.z * 0.3 + ((p.z - q.z) / awayLen) * 0.9;
  const len = det.hypot(ex, ey, ez) || 1;
  ex /= len;
  ey /= len;
  ez /= len;
  ai.evadeDirection = [ex, ey, ez];
  ai.evadeUntilTick = sim.tick + Math.round(rngRange(sim.rng, 50, 110));
  ai.recentDamage = 0;
  enter(sim, enemy, 'evade');
}

function startFlee(ctx: AiContext, enemy: EnemyShip): void {
  if (enemy.ai.state === 'flee') return;
  enter(ctx.sim, enemy, 'flee');
  sayOnComms(ctx.sim, enemy.tag, enemy.shipClass === 'hauler' ? 'haulerPanic' : 'fleeing', 0.7);
}

const patrol: StateFn = (ctx, enemy, stats) => {
  const { sim } = ctx;
  const ai = enemy.ai;
  const p = enemy.body.position;
  const [wx, wy, wz] = ai.waypoint;
  if (det.hypot(wx - p.x, wy - p.y, wz - p.z) < stats.radiusM * 6 + 40) {
    ai.waypoint = [
      p.x + rngRange(sim.rng, -600, 600),
      p.y + rngRange(sim.rng, -150, 150),
      p.z + rngRange(sim.rng, -600, 600),
    ];
  }
  steerToward(
    enemy,
    seek(enemy, ai.waypoint[0], ai.waypoint[1], ai.waypoint[2], goal),
    stats.cruiseSpeedMps * 0.55,
  );
  if (!noticesPlayer(ctx, enemy, stats)) return;
  if (!stats.gun && !stats.torpedo) {
    if (ai.recentDamage > 0.5) startFlee(ctx, enemy);
    return;
  }
  if (!ai.hasSpoken) {
    ai.hasSpoken = true;
    sayOnComms(sim, enemy.tag, 'spotted', 0.45);
  }
  startAttackRun(ctx, enemy);
};

const pursue: StateFn = (ctx, enemy, stats) => {
  const { sim } = ctx;
  const ai = enemy.ai;
  if (!ctx.playerAlive) return enter(sim, enemy, 'patrol');
  if (hullFraction(enemy) < stats.fleeHullFraction) return startFlee(ctx, enemy);
  const target = sim.player.body.position;
  const offset = stats.engageRangeM * 0.8;
  const distance = distanceToPlayer(sim, enemy);
  seek(
    enemy,
    target.x + ai.flank[0] * offset,
    target.y + ai.flank[1] * offset,
    target.z + ai.flank[2] * offset,
    goal,
  );
  const far = distance > stats.engageRangeM * 2.2;
  steerToward(enemy, goal, far ? stats.boostSpeedMps : stats.cruiseSpeedMps);
  if (distance < stats.engageRangeM * 1.05) enter(sim, enemy, 'attack');
};

const attack: StateFn = (ctx, enemy, stats) => {
  const { sim, difficulty } = ctx;
  const ai = enemy.ai;
  if (!ctx.playerAlive) return enter(sim, enemy, 'patrol');
  if (hullFraction(enemy) < stats.fleeHullFraction) return startFlee(ctx, enemy);
  const distance = distanceToPlayer(sim, enemy);
  if (distance < stats.breakOffRangeM) return startEvade(ctx, enemy);
  if (ai.recentDamage > difficulty.evadeDamageFraction * (enemy.hullMax + enemy.shieldsMax)) {
    return startEvade(ctx, enemy);
  }
  if (distance > stats.engageRangeM * 1.7) return startAttackRun(ctx, enemy);

  const player = sim.player.body;
  const gun = stats.gun;
  const shotSpeed = gun ? gun.speedMps : 600;
  leadPoint(
    enemy.body.position,
    enemy.body.velocity,
    player.position,
    player.velocity,
    shotSpeed,
    aim,
  );
  // Imperfect pilots: blend toward aiming straight at the target, plus a per-burst error.
  const skill = difficulty.leadSkill;
  aim.x = player.position.x + (aim.x - player.position.x) * skill;
  aim.y = player.position.y + (aim.y - player.position.y) * skill;
  aim.z = player.position.z + (aim.z - player.position.z) * skill;
  seek(enemy, aim.x, aim.y, aim.z, goal);
  goal[0] += ai.aimErrorX;
  goal[1] += ai.aimErrorY;
  goal[2] += (ai.aimErrorX - ai.aimErrorY) * 0.5;
  const len = det.hypot(goal[0], goal[1], goal[2]) || 1;
  goal[0] /= len;
  goal[1] /= len;
  goal[2] /= len;
  steerToward(
    enemy,
    goal,
    distance > stats.engageRangeM * 0.6 ? stats.cruiseSpeedMps : stats.cruiseSpeedMps * 0.75,
  );

  enemy.body.quaternion.vmult(LOCAL_FORWARD, forward);
  const onTarget = forward.x * goal[0] + forward.y * goal[1] + forward.z * goal[2];
  const inCone = onTarget > det.cos(difficulty.fireConeRad);
  const torpedo = stats.torpedo;
  if (
    torpedo &&
    ai.torpedoCooldownTicks === 0 &&
    onTarget > 0.85 &&
    distance < 1900 &&
    distance > 250 &&
    takeFireTurn(sim, 1)
  ) {
    fireEnemyTorpedo(sim, enemy);
    ai.torpedoCooldownTicks = torpedo.cooldownTicks;
  }
  if (
    gun &&
    ai.gunCooldownTicks === 0 &&
    inCone &&
    distance < gun.speedMps * gun.lifeTicks * FIXED_DT * 0.9
  ) {
    if (ai.burstLeft === 0 && !takeFireTurn(sim, 1)) {
      // The swarm takes turns: wait a moment and try again.
      ai.gunCooldownTicks = 12;
    } else {
      if (ai.burstLeft === 0) {
        ai.burstLeft = gun.burst;
        ai.aimErrorX = gaussianish(ctx) * difficulty.aimErrorRad;
        ai.aimErrorY = gaussianish(ctx) * difficulty.aimErrorRad;
      }
      fireEnemyGun(sim, enemy, forward.x, forward.y, forward.z);
      ai.burstLeft--;
      ai.gunCooldownTicks = ai.burstLeft > 0 ? gun.intervalTicks : gun.burstPauseTicks;
    }
  }
};

const evade: StateFn = (ctx, enemy, stats) => {
  const ai = enemy.ai;
  steerToward(enemy, ai.evadeDirection, stats.boostSpeedMps);
  if (ctx.sim.tick >= ai.evadeUntilTick) startAttackRun(ctx, enemy);
};

const flee: StateFn = (ctx, enemy, stats) => {
  const { sim } = ctx;
  const p = enemy.body.position;
  const q = sim.player.body.position;
  goal[0] = p.x - q.x;
  goal[1] = p.y - q.y;
  goal[2] = p.z - q.z;
  const len = det.hypot(goal[0], goal[1], goal[2]) || 1;
  goal[0] /= len;
  goal[1] /= len;
  goal[2] /= len;
  steerToward(enemy, goal, stats.boostSpeedMps);
  if (len > WARP_OUT_DISTANCE_M || !ctx.playerAlive) {
    if (stats.gun || stats.torpedo || len > WARP_OUT_DISTANCE_M) enemy.warpedOut = true;
  }
};

/** Where a traffic ship is headed right now: its destination, or its exit gate once done. */
function trafficGoal(ctx: AiContext, enemy: EnemyShip, out: [number, number, number]): void {
  const sector = ctx.sim.sector;
  const plan = enemy.ai.plan!;
  // Spread ships around the destination by id, so a dozen traders do not stack on one point.
  const angle = (enemy.id * 2.399) % (Math.PI * 2);
  if (plan.destination === 'station' && sector.station) {
    const [x, y, z] = sector.station.position;
    const r = sector.station.radiusM + 120;
    out[0] = x + det.cos(angle) * r;
    out[1] = y + ((enemy.id % 5) - 2) * 25;
    out[2] = z + det.sin(angle) * r;
  } else {
    const field = sector.asteroidFields[plan.destination === 'station' ? 0 : plan.destination]!;
    const r = field.radiusM * 0.6;
    out[0] = field.center[0] + det.cos(angle) * r;
    out[1] = field.center[1] + ((enemy.id % 7) - 3) * 20;
    out[2] = field.center[2] + det.sin(angle) * r;
  }
}

const goalPoint: [number, number, number] = [0, 0, 0];

const travel: StateFn = (ctx, enemy, stats) => {
  const ai = enemy.ai;
  if (!ai.plan) return enter(ctx.sim, enemy, 'patrol');
  trafficGoal(ctx, enemy, goalPoint);
  seek(enemy, goalPoint[0], goalPoint[1], goalPoint[2], goal);
  const p = enemy.body.position;
  const distance = det.hypot(goalPoint[0] - p.x, goalPoint[1] - p.y, goalPoint[2] - p.z);
  // Ease off on arrival so traders do not overshoot the dock.
  steerToward(enemy, goal, Math.min(stats.cruiseSpeedMps * 0.7, 20 + distance * 0.4));
  if (distance < 60 + stats.radiusM * 2) {
    const work = ai.plan.destination === 'station' ? TRAFFIC.dockTicks : TRAFFIC.mineTicks;
    ai.plan.workUntilTick = ctx.sim.tick + Math.round(rngRange(ctx.sim.rng, work.min, work.max));
    enter(ctx.sim, enemy, ai.plan.destination === 'station' ? 'dock' : 'mine');
    if (ai.plan.destination === 'station') sayOnComms(ctx.sim, enemy.tag, 'docking', 0.15);
  }
};

/** Docked or mining: hold position facing the work, until the work is done. */
const atWork: StateFn = (ctx, enemy) => {
  const ai = enemy.ai;
  if (!ai.plan) return enter(ctx.sim, enemy, 'patrol');
  const sector = ctx.sim.sector;
  const focus =
    ai.plan.destination === 'station' && sector.station
      ? sector.station.position
      : sector.asteroidFields[ai.plan.destination === 'station' ? 0 : ai.plan.destination]!.center;
  seek(enemy, focus[0], focus[1], focus[2], goal);
  steerToward(enemy, goal, 4);
  if (ctx.sim.tick >= ai.plan.workUntilTick) enter(ctx.sim, enemy, 'leave');
};

const leave: StateFn = (ctx, enemy, stats) => {
  const ai = enemy.ai;
  const gates = ctx.sim.sector.warpGates;
  const gate = gates[ai.plan ? ai.plan.exitGate % Math.max(1, gates.length) : 0];
  if (!gate) {
    enemy.warpedOut = true;
    return;
  }
  seek(enemy, gate[0], gate[1], gate[2], goal);
  steerToward(enemy, goal, stats.cruiseSpeedMps * 0.8);
  const p = enemy.body.position;
  if (det.hypot(gate[0] - p.x, gate[1] - p.y, gate[2] - p.z) < 150) enemy.warpedOut = true;
};

/** Shields out: no thrust, no guns, just drifting (enemy flight applies the drag). */
const disabled: StateFn = (ctx, enemy, stats) => {
  const ai = enemy.ai;
  ai.desiredSpeedMps = 0;
  if (ctx.sim.tick < ai.disabledUntilTick) return;
  // Back online: a robbed player runs; an armed one wants revenge; anyone else runs too.
  ai.recentDamage = 0;
  if (ai.robbed || (!stats.gun && !stats.torpedo)) startFlee(ctx, enemy);
  else {
    ai.hostile = true;
    startAttackRun(ctx, enemy);
  }
};

/** Party guards circle their relay and pounce when the Callister comes near it. */
const guard: StateFn = (ctx, enemy, stats) => {
  const { sim } = ctx;
  const ai = enemy.ai;
  const relay = sim.enemyById.get(ai.guardOf);
  if (!relay || !relay.alive) return startAttackRun(ctx, enemy);
  const r = relay.body.position;
  const p = enemy.body.position;
  const [wx, wy, wz] = ai.waypoint;
  if (det.hypot(wx - p.x, wy - p.y, wz - p.z) < stats.radiusM * 4 + 30) {
    const offset = rngUnitVector(sim.rng);
    const radius = rngRange(sim.rng, 80, PARTY.guardRadiusM);
    ai.waypoint = [
      r.x + offset[0] * radius,
      r.y + offset[1] * radius * 0.6,
      r.z + offset[2] * radius,
    ];
  }
  steerToward(
    enemy,
    seek(enemy, ai.waypoint[0], ai.waypoint[1], ai.waypoint[2], goal),
    stats.cruiseSpeedMps * 0.45,
  );
  if (!ctx.playerAlive) return;
  const q = sim.player.body.position;
  const near = det.hypot(q.x - r.x, q.y - r.y, q.z - r.z) < PARTY.guardAlertRangeM;
  if (near || ai.recentDamage > 0.5) {
    ai.noticedTick = sim.tick;
    startAttackRun(ctx, enemy);
  }
};

/** A relay or a pylon: a structure, it only stands there. */
const hold: StateFn = (_ctx, enemy) => {
  enemy.ai.desiredSpeedMps = 0;
};

const turret: StateFn = (ctx, enemy) => {
  turretThink(ctx.sim, enemy);
};

const STATES: Record<AiStateName, StateFn> = {
  guard,
  hold,
  turret,
  patrol,
  pursue,
  attack,
  evade,
  flee,
  travel,
  dock: atWork,
  mine: atWork,
  leave,
  disabled,
};

/** A cheap bell-ish curve in [-1.5, 1.5]: the sum of three uniforms. */
function gaussianish(ctx: AiContext): number {
  return (rngFloat(ctx.sim.rng) + rngFloat(ctx.sim.rng) + rngFloat(ctx.sim.rng) - 1.5) * 1.15;
}

/**
 * Every Infinity pilot thinks once per tick: a small state function per state
 * (patrol → pursue → attack → evade → flee), then steering blends the goal with
 * separation from other ships and avoidance of rocks in the way.
 */
export function aiSystem(sim: SimState): void {
  const ctx: AiContext = {
    sim,
    difficulty: DIFFICULTIES[sim.difficulty],
    playerAlive: sim.player.alive,
  };
  for (const enemy of sim.enemies) {
    if (!enemy.alive || enemy.warpedOut) continue;
    // Structures do not fly: a turret only aims and fires; relays and pylons stand.
    if (isStructureClass(enemy.shipClass)) {
      STATES[enemy.ai.state](ctx, enemy, SHIP_CLASSES[enemy.shipClass]);
      continue;
    }
    const ai = enemy.ai;
    const stats = SHIP_CLASSES[enemy.shipClass];
    if (ai.gunCooldownTicks > 0) ai.gunCooldownTicks--;
    if (ai.torpedoCooldownTicks > 0) ai.torpedoCooldownTicks--;
    if (ai.state !== 'disabled' && ai.recentDamage > 0.5 && ai.state !== 'flee') {
      // Provoked: the unarmed run; peaceful traffic that can fight turns on the Callister.
      if (!stats.gun && !stats.torpedo) startFlee(ctx, enemy);
      else if (!ai.hostile) {
        ai.hostile = true;
        ai.noticedTick = sim.tick;
        startAttackRun(ctx, enemy);
      }
    }
    STATES[ai.state](ctx, enemy, stats);
    ai.recentDamage *= DAMAGE_MEMORY;

    // Guards idling round their relay fly slowly in open space: they look around less often.
    const idle = ai.state === 'guard' ? IDLE_SLOWDOWN : 1;
    const phase = sim.tick + enemy.id;
    if (phase % (AVOID_EVERY_TICKS * idle) === 0) avoidObstacles(sim, enemy, ai.avoid);
    if (phase % (SEPARATE_EVERY_TICKS * idle) === 0) separation(sim, enemy, ai.separation);
    const push = ai.separation;
    const s = ai.steer;
    s[0] += push[0] * 6 + ai.avoid[0];
    s[1] += push[1] * 6 + ai.avoid[1];
    s[2] += push[2] * 6 + ai.avoid[2];
    const len = det.hypot(s[0], s[1], s[2]);
    if (len > 1e-6) {
      s[0] /= len;
      s[1] /= len;
      s[2] /= len;
    }
  }
}
