import type { EnemyShip, SimState } from '../state';
import { GridKind } from '../world/spatial-grid';
import * as det from '../math/det-math';

export type Vec3Out = [number, number, number];

/** Unit vector from a ship toward a point (zero when already there). */
export function seek(enemy: EnemyShip, x: number, y: number, z: number, out: Vec3Out): Vec3Out {
  const p = enemy.body.position;
  const dx = x - p.x;
  const dy = y - p.y;
  const dz = z - p.z;
  const len = det.hypot(dx, dy, dz);
  if (len < 1e-6) {
    out[0] = out[1] = out[2] = 0;
  } else {
    out[0] = dx / len;
    out[1] = dy / len;
    out[2] = dz / len;
  }
  return out;
}

/** Push away from nearby Infinity ships (they do not collide, so steering keeps them apart). */
export function separation(sim: SimState, enemy: EnemyShip, out: Vec3Out): Vec3Out {
  out[0] = out[1] = out[2] = 0;
  const p = enemy.body.position;
  const px = p.x;
  const py = p.y;
  const pz = p.z;
  const reach = enemy.radiusM * 4 + 10;
  const grid = sim.grid;
  const count = grid.gather(px - reach, py - reach, pz - reach, px + reach, py + reach, pz + reach);
  const hits = grid.hits;
  const xs = grid.x;
  const ys = grid.y;
  const zs = grid.z;
  const rs = grid.r;
  for (let k = 0; k < count; k++) {
    const slot = hits[k]!;
    const dx = px - xs[slot]!;
    const dy = py - ys[slot]!;
    const dz = pz - zs[slot]!;
    const range = reach + rs[slot]!;
    const d2 = dx * dx + dy * dy + dz * dz;
    // Itself (d = 0), and anyone out of range.
    if (d2 <= 1e-12 || d2 >= range * range) continue;
    const d = Math.sqrt(d2);
    const weight = (1 - d / range) / d;
    out[0] += dx * weight;
    out[1] += dy * weight;
    out[2] += dz * weight;
  }
  return out;
}

/**
 * Looks ahead along the current velocity for rocks, relays and the Callister's hull in
 * the way and returns a sideways push away from the nearest threat.
 */
export function avoidObstacles(sim: SimState, enemy: EnemyShip, out: Vec3Out): Vec3Out {
  out[0] = out[1] = out[2] = 0;
  const p = enemy.body.position;
  const v = enemy.body.velocity;
  const speed = det.hypot(v.x, v.y, v.z);
  if (speed < 1) return out;
  const fx = v.x / speed;
  const fy = v.y / speed;
  const fz = v.z / speed;
  const lookM = speed * 1.6 + enemy.radiusM * 3;
  const ex = p.x + fx * lookM;
  const ey = p.y + fy * lookM;
  const ez = p.z + fz * lookM;
  const grid = sim.obstacles;
  const count = grid.gather(
    Math.min(p.x, ex),
    Math.min(p.y, ey),
    Math.min(p.z, ez),
    Math.max(p.x, ex),
    Math.max(p.y, ey),
    Math.max(p.z, ez),
  );
  const hits = grid.hits;
  let bestT = Infinity;
  for (let k = 0; k < count; k++) {
    const slot = hits[k]!;
    const kind = grid.kind[slot];
    const cx = grid.x[slot]! - p.x;
    const cy = grid.y[slot]! - p.y;
    const cz = grid.z[slot]! - p.z;
    const along = cx * fx + cy * fy + cz * fz;
    if (along < 0 || along > lookM) continue;
    // Closest approach of the path to the obstacle centre.
    const lx = cx - fx * along;
    const ly = cy - fy * along;
    const lz = cz - fz * along;
    const miss = det.hypot(lx, ly, lz);
    const clearance = grid.r[slot]! + enemy.radiusM * 1.8 + (kind === GridKind.Player ? 25 : 0);
    if (miss >= clearance || along >= bestT) continue;
    bestT = along;
    // Steer to the side of the obstacle the path already leans toward.
    const strength = (1 - along / lookM) * (1 - miss / clearance) * 3 + 0.5;
    if (miss < 1e-3) {
      out[0] = fy * strength;
      out[1] = -fx * strength;
      out[2] = 0;
    } else {
      out[0] = (-lx / miss) * strength;
      out[1] = (-ly / miss) * strength;
      out[2] = (-lz / miss) * strength;
    }
  }
  return out;
}
