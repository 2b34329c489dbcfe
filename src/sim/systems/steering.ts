import type { EnemyShip, SimState } from '../state';
import { GridKind } from '../world/spatial-grid';

export type Vec3Out = [number, number, number];

/** Unit vector from a ship toward a point (zero when already there). */
export function seek(enemy: EnemyShip, x: number, y: number, z: number, out: Vec3Out): Vec3Out {
  const p = enemy.body.position;
  const dx = x - p.x;
  const dy = y - p.y;
  const dz = z - p.z;
  const len = Math.hypot(dx, dy, dz);
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
  const reach = enemy.radiusM * 4 + 10;
  const grid = sim.grid;
  grid.query(
    p.x - reach,
    p.y - reach,
    p.z - reach,
    p.x + reach,
    p.y + reach,
    p.z + reach,
    (slot) => {
      if (grid.kind[slot] !== GridKind.Enemy) return;
      const other = sim.enemies[grid.ref[slot]!];
      if (!other || other === enemy) return;
      const dx = p.x - grid.x[slot]!;
      const dy = p.y - grid.y[slot]!;
      const dz = p.z - grid.z[slot]!;
      const d = Math.hypot(dx, dy, dz);
      const range = reach + other.radiusM;
      if (d <= 1e-6 || d >= range) return;
      const weight = (1 - d / range) / d;
      out[0] += dx * weight;
      out[1] += dy * weight;
      out[2] += dz * weight;
    },
  );
  return out;
}

/**
 * Looks ahead along the current velocity for rocks (and the Callister's hull) in the
 * way and returns a sideways push away from the nearest threat.
 */
export function avoidObstacles(sim: SimState, enemy: EnemyShip, out: Vec3Out): Vec3Out {
  out[0] = out[1] = out[2] = 0;
  const p = enemy.body.position;
  const v = enemy.body.velocity;
  const speed = Math.hypot(v.x, v.y, v.z);
  if (speed < 1) return out;
  const fx = v.x / speed;
  const fy = v.y / speed;
  const fz = v.z / speed;
  const lookM = speed * 1.6 + enemy.radiusM * 3;
  const ex = p.x + fx * lookM;
  const ey = p.y + fy * lookM;
  const ez = p.z + fz * lookM;
  const grid = sim.grid;
  let bestT = Infinity;
  grid.query(
    Math.min(p.x, ex),
    Math.min(p.y, ey),
    Math.min(p.z, ez),
    Math.max(p.x, ex),
    Math.max(p.y, ey),
    Math.max(p.z, ez),
    (slot) => {
      const kind = grid.kind[slot];
      if (kind === GridKind.Enemy) return;
      const cx = grid.x[slot]! - p.x;
      const cy = grid.y[slot]! - p.y;
      const cz = grid.z[slot]! - p.z;
      const along = cx * fx + cy * fy + cz * fz;
      if (along < 0 || along > lookM) return;
      // Closest approach of the path to the obstacle centre.
      const lx = cx - fx * along;
      const ly = cy - fy * along;
      const lz = cz - fz * along;
      const miss = Math.hypot(lx, ly, lz);
      const clearance = grid.r[slot]! + enemy.radiusM * 1.8 + (kind === GridKind.Player ? 25 : 0);
      if (miss >= clearance || along >= bestT) return;
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
    },
  );
  return out;
}
