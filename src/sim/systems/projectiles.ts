import { Quaternion, Vec3 } from 'cannon-es';
import { CALLISTER } from '../content/callister';
import { DIFFICULTIES } from '../content/difficulty';
import { FIXED_DT } from '../constants';
import type { WeaponKind } from '../events';
import { leadPoint, sweptSphereHit } from '../math/intercept';
import type { Damageable, SimState } from '../state';
import { Faction, ProjectileKind, type ProjectilePool } from '../world/projectile-pool';
import { GridKind, type SpatialGrid } from '../world/spatial-grid';
import { PLAYER_ID } from '../world/player-ship';
import { woundCrew } from './crew';
import { applyDamage, toPlayerFrame } from './damage';
import { destroyEnemy } from './destruction';
import { disableShip } from './raid';
import * as det from '../math/det-math';

const PROJECTILE_RADIUS_M = {
  [ProjectileKind.Phaser]: 0.6,
  [ProjectileKind.Torpedo]: 1.5,
} as const;

const scratchTarget = { x: 0, y: 0, z: 0 };
const lead = { x: 0, y: 0, z: 0 };
const ZERO = Object.freeze({ x: 0, y: 0, z: 0 });
const inverse = new Quaternion();
const localA = new Vec3();
const localB = new Vec3();
const worldA = new Vec3();
const worldB = new Vec3();

interface HitCandidate {
  s: number;
  kind: number;
  ref: number;
}
const best: HitCandidate = { s: 2, kind: -1, ref: -1 };

/**
 * Exact segment test against the Callister's collision boxes (in its own frame), so
 * shots through the gap between the nacelles miss as they look like they should.
 */
function hitsPlayerHull(
  sim: SimState,
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
  pad: number,
): number {
  const body = sim.player.body;
  body.quaternion.conjugate(inverse);
  worldA.set(ax - body.position.x, ay - body.position.y, az - body.position.z);
  worldB.set(bx - body.position.x, by - body.position.y, bz - body.position.z);
  inverse.vmult(worldA, localA);
  inverse.vmult(worldB, localB);
  let first = 2;
  for (const box of CALLISTER.collisionBoxes) {
    let t0 = 0;
    let t1 = 1;
    let inside = true;
    for (let axis = 0; axis < 3 && inside; axis++) {
      const a = axis === 0 ? localA.x : axis === 1 ? localA.y : localA.z;
      const b = axis === 0 ? localB.x : axis === 1 ? localB.y : localB.z;
      const lo = box.offset[axis]! - box.halfExtents[axis]! - pad;
      const hi = box.offset[axis]! + box.halfExtents[axis]! + pad;
      const d = b - a;
      if (Math.abs(d) < 1e-12) {
        if (a < lo || a > hi) inside = false;
        continue;
      }
      let e0 = (lo - a) / d;
      let e1 = (hi - a) / d;
      if (e0 > e1) [e0, e1] = [e1, e0];
      t0 = Math.max(t0, e0);
      t1 = Math.min(t1, e1);
      if (t0 > t1) inside = false;
    }
    if (inside && t0 < first) first = t0;
  }
  return first <= 1 ? first : -1;
}

/** Steers a homing torpedo toward its target's intercept point, turn-rate limited. */
function home(sim: SimState, pool: ProjectilePool, i: number): void {
  const targetId = pool.targetId[i]!;
  const target = targetId === PLAYER_ID ? sim.player : sim.enemyById.get(targetId);
  let speed = det.hypot(pool.vx[i]!, pool.vy[i]!, pool.vz[i]!);
  speed = Math.min(pool.maxSpeed[i]!, speed + pool.accel[i]! * FIXED_DT);
  let dx = pool.vx[i]! / (speed || 1);
  let dy = pool.vy[i]! / (speed || 1);
  let dz = pool.vz[i]! / (speed || 1);
  const norm = det.hypot(dx, dy, dz) || 1;
  dx /= norm;
  dy /= norm;
  dz /= norm;
  if (target && target.alive && pool.turnRate[i]! > 0) {
    scratchTarget.x = pool.x[i]!;
    scratchTarget.y = pool.y[i]!;
    scratchTarget.z = pool.z[i]!;
    leadPoint(scratchTarget, ZERO, target.body.position, target.body.velocity, speed, lead);
    let wx = lead.x - pool.x[i]!;
    let wy = lead.y - pool.y[i]!;
    let wz = lead.z - pool.z[i]!;
    const wl = det.hypot(wx, wy, wz) || 1;
    wx /= wl;
    wy /= wl;
    wz /= wl;
    const cos = Math.max(-1, Math.min(1, dx * wx + dy * wy + dz * wz));
    const angle = det.acos(cos);
    const maxTurn = pool.turnRate[i]! * FIXED_DT;
    if (angle <= maxTurn) {
      dx = wx;
      dy = wy;
      dz = wz;
    } else {
      // Rotate d toward w by maxTurn within their plane (slerp on unit vectors).
      const sin = det.sin(angle);
      const k0 = det.sin(angle - maxTurn) / sin;
      const k1 = det.sin(maxTurn) / sin;
      dx = dx * k0 + wx * k1;
      dy = dy * k0 + wy * k1;
      dz = dz * k0 + wz * k1;
    }
  }
  pool.vx[i] = dx * speed;
  pool.vy[i] = dy * speed;
  pool.vz[i] = dz * speed;
}

function weaponOf(kind: number): WeaponKind {
  return kind === ProjectileKind.Torpedo ? 'torpedo' : 'phaser';
}

function damageShip(
  sim: SimState,
  target: Damageable,
  amount: number,
  shooterId: number,
  kind: number,
  x: number,
  y: number,
  z: number,
): void {
  const scale = target.id === PLAYER_ID ? DIFFICULTIES[sim.difficulty].damageScale : 1;
  const dealt = applyDamage(sim, target, amount * scale, weaponOf(kind));
  if (dealt.shield + dealt.hull <= 0) return;
  let directionLocal: [number, number, number] | null = null;
  if (target.id === PLAYER_ID) {
    const shooter = sim.enemyById.get(shooterId);
    const p = sim.player.body.position;
    const from = shooter ? shooter.body.position : { x, y, z };
    directionLocal = toPlayerFrame(sim, from.x - p.x, from.y - p.y, from.z - p.z);
  }
  sim.events.push({
    type: 'Hit',
    tick: sim.tick,
    targetId: target.id,
    shooterId,
    weapon: weaponOf(kind),
    shieldDamage: dealt.shield,
    hullDamage: dealt.hull,
    position: [x, y, z],
    directionLocal,
  });
  if (target.id === PLAYER_ID) woundCrew(sim, dealt.hull, directionLocal);
  else {
    const enemy = sim.enemyById.get(target.id);
    if (enemy) {
      enemy.ai.recentDamage += dealt.shield + dealt.hull;
      if (dealt.killed) destroyEnemy(sim, enemy, shooterId);
      else if (dealt.shield > 0 && enemy.shields <= 0 && shooterId === PLAYER_ID)
        disableShip(sim, enemy);
    }
  }
}

/** Torpedo blast: damage falls off linearly to zero at the splash radius. */
function splash(
  sim: SimState,
  pool: ProjectilePool,
  i: number,
  x: number,
  y: number,
  z: number,
  directId: number,
): void {
  const radius = pool.splashRadiusM[i]!;
  const amount = pool.splashDamage[i]!;
  if (radius <= 0 || amount <= 0) return;
  const faction = pool.faction[i]!;
  const shooter = pool.ownerId[i]!;
  if (faction === Faction.Player) {
    for (const enemy of sim.enemies) {
      if (!enemy.alive || enemy.id === directId) continue;
      const p = enemy.body.position;
      const d = det.hypot(p.x - x, p.y - y, p.z - z) - enemy.radiusM;
      if (d < radius)
        damageShip(
          sim,
          enemy,
          amount * (1 - Math.max(0, d) / radius),
          shooter,
          pool.kind[i]!,
          x,
          y,
          z,
        );
    }
  } else if (sim.player.alive && directId !== PLAYER_ID) {
    const p = sim.player.body.position;
    const d = det.hypot(p.x - x, p.y - y, p.z - z) - CALLISTER.hitRadiusM * 0.6;
    if (d < radius)
      damageShip(
        sim,
        sim.player,
        amount * (1 - Math.max(0, d) / radius),
        shooter,
        pool.kind[i]!,
        x,
        y,
        z,
      );
  }
}

/** Offers the last gather's candidates to the swept hit test, keeping the earliest hit in `best`. */
function sweepAgainst(
  sim: SimState,
  grid: SpatialGrid,
  count: number,
  faction: number,
  radius: number,
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
): void {
  const dt = FIXED_DT;
  const hits = grid.hits;
  for (let k = 0; k < count; k++) {
    const slot = hits[k]!;
    const entryKind = grid.kind[slot]!;
    if (entryKind === GridKind.Enemy && faction !== Faction.Player) continue;
    if (entryKind === GridKind.Player && faction !== Faction.Infinity) continue;
    const v =
      entryKind === GridKind.Enemy
        ? sim.enemies[grid.ref[slot]!]!.body.velocity
        : entryKind === GridKind.Player
          ? sim.player.body.velocity
          : sim.asteroids[grid.ref[slot]!]!.body.velocity;
    const vx = v.x;
    const vy = v.y;
    const vz = v.z;
    const cx = grid.x[slot]!;
    const cy = grid.y[slot]!;
    const cz = grid.z[slot]!;
    // Relative to the target: start against where it was, end against where it is.
    const s = sweptSphereHit(
      ax - (cx - vx * dt),
      ay - (cy - vy * dt),
      az - (cz - vz * dt),
      bx - cx,
      by - cy,
      bz - cz,
      grid.r[slot]! + radius,
    );
    if (s < 0 || s >= best.s) continue;
    if (entryKind === GridKind.Player) {
      const exact = hitsPlayerHull(
        sim,
        ax - vx * dt,
        ay - vy * dt,
        az - vz * dt,
        bx,
        by,
        bz,
        radius,
      );
      if (exact < 0) continue;
      best.s = exact;
    } else {
      best.s = s;
    }
    best.kind = entryKind;
    best.ref = grid.ref[slot]!;
  }
}

/**
 * Moves every projectile, tests its path this tick against ships and rocks with the
 * spatial grid (swept, in each target's moving frame: no tunnelling at any speed),
 * and resolves hits, splash and expiry.
 */
export function projectileSystem(sim: SimState): void {
  const pool = sim.projectiles;
  const ships = sim.grid;
  const obstacles = sim.obstacles;
  const dt = FIXED_DT;
  for (let i = 0; i < pool.count; i++) {
    const kind = pool.kind[i]!;
    if (kind === ProjectileKind.Torpedo) home(sim, pool, i);
    const ax = pool.x[i]!;
    const ay = pool.y[i]!;
    const az = pool.z[i]!;
    const bx = ax + pool.vx[i]! * dt;
    const by = ay + pool.vy[i]! * dt;
    const bz = az + pool.vz[i]! * dt;
    pool.px[i] = ax;
    pool.py[i] = ay;
    pool.pz[i] = az;
    pool.x[i] = bx;
    pool.y[i] = by;
    pool.z[i] = bz;

    const faction = pool.faction[i]!;
    const radius = PROJECTILE_RADIUS_M[kind as 0 | 1];
    best.s = 2;
    best.kind = -1;
    best.ref = -1;
    // Targets can move up to ~boost speed during the tick: widen the box by that.
    const reach = 420 * dt;
    const minX = Math.min(ax, bx) - reach;
    const minY = Math.min(ay, by) - reach;
    const minZ = Math.min(az, bz) - reach;
    const maxX = Math.max(ax, bx) + reach;
    const maxY = Math.max(ay, by) + reach;
    const maxZ = Math.max(az, bz) + reach;
    // Infinity's shots never hit Infinity's ships: only the Callister's look at the swarm.
    if (faction === Faction.Player) {
      const count = ships.gather(minX, minY, minZ, maxX, maxY, maxZ);
      sweepAgainst(sim, ships, count, faction, radius, ax, ay, az, bx, by, bz);
    }
    const count = obstacles.gather(minX, minY, minZ, maxX, maxY, maxZ);
    sweepAgainst(sim, obstacles, count, faction, radius, ax, ay, az, bx, by, bz);

    if (best.kind >= 0) {
      const hx = ax + (bx - ax) * best.s;
      const hy = ay + (by - ay) * best.s;
      const hz = az + (bz - az) * best.s;
      const shooter = pool.ownerId[i]!;
      let directId = -1;
      if (best.kind === GridKind.Asteroid) {
        sim.events.push({
          type: 'ProjectileBurst',
          tick: sim.tick,
          weapon: weaponOf(kind),
          position: [hx, hy, hz],
        });
      } else {
        const target: Damageable | undefined =
          best.kind === GridKind.Player ? sim.player : sim.enemies[best.ref];
        if (target && target.alive) {
          directId = target.id;
          damageShip(sim, target, pool.damage[i]!, shooter, kind, hx, hy, hz);
        }
      }
      if (kind === ProjectileKind.Torpedo) {
        if (best.kind !== GridKind.Asteroid) {
          sim.events.push({
            type: 'ProjectileBurst',
            tick: sim.tick,
            weapon: 'torpedo',
            position: [hx, hy, hz],
          });
        }
        splash(sim, pool, i, hx, hy, hz, directId);
      }
      pool.remove(i);
      i--;
      continue;
    }

    pool.lifeTicks[i]!--;
    if (pool.lifeTicks[i]! <= 0) {
      if (kind === ProjectileKind.Torpedo) {
        sim.events.push({
          type: 'ProjectileBurst',
          tick: sim.tick,
          weapon: 'torpedo',
          position: [bx, by, bz],
        });
        splash(sim, pool, i, bx, by, bz, -1);
      }
      pool.remove(i);
      i--;
    }
  }
}
