import { CALLISTER } from '../content/callister';
import type { EnemyShip, SimState } from '../state';
import { Faction, ProjectileKind } from '../world/projectile-pool';
import { PLAYER_ID } from '../world/player-ship';
import * as det from '../math/det-math';

/**
 * The autopilot's eyes: what a player reads off the radar, the HUD and the missile
 * warning. Read-only queries over the sim state; results go into caller-owned objects.
 */

/** An Infinity ship that wants the Callister dead (relays are objectives, not pilots). */
export function isHostilePilot(enemy: EnemyShip): boolean {
  return enemy.alive && !enemy.warpedOut && enemy.role !== 'relay' && enemy.ai.hostile;
}

/** Armed hostile pilots within `rangeM` of the Callister. */
export function hostilesWithin(sim: SimState, rangeM: number): number {
  const p = sim.player.body.position;
  let count = 0;
  for (const enemy of sim.enemies) {
    if (!isHostilePilot(enemy)) continue;
    if (enemy.body.position.distanceTo(p) <= rangeM) count++;
  }
  return count;
}

export interface IncomingTorpedo {
  /** Seconds until the most urgent one reaches the hull at its closing speed; Infinity if none. */
  timeToImpactS: number;
  /** Unit direction from the Callister toward it (world). */
  dx: number;
  dy: number;
  dz: number;
  /** Torpedoes homing on the Callister right now. */
  count: number;
}

export function createIncomingTorpedo(): IncomingTorpedo {
  return { timeToImpactS: Infinity, dx: 0, dy: 0, dz: 0, count: 0 };
}

/** The missile warning: the most urgent torpedo homing on the Callister. */
export function incomingTorpedo(sim: SimState, out: IncomingTorpedo): IncomingTorpedo {
  out.timeToImpactS = Infinity;
  out.count = 0;
  const pool = sim.projectiles;
  const p = sim.player.body.position;
  const v = sim.player.body.velocity;
  // Hits land on the hull boxes, not the centre: measure to a rough hull surface.
  const hullReach = CALLISTER.hitRadiusM * 0.7;
  for (let i = 0; i < pool.count; i++) {
    if (pool.kind[i] !== ProjectileKind.Torpedo || pool.faction[i] !== Faction.Infinity) continue;
    if (pool.targetId[i] !== PLAYER_ID) continue;
    out.count++;
    const rx = pool.x[i]! - p.x;
    const ry = pool.y[i]! - p.y;
    const rz = pool.z[i]! - p.z;
    const distance = det.hypot(rx, ry, rz) || 1;
    const closing =
      -((pool.vx[i]! - v.x) * rx + (pool.vy[i]! - v.y) * ry + (pool.vz[i]! - v.z) * rz) / distance;
    if (closing <= 1) continue;
    const time = Math.max(0, distance - hullReach) / closing;
    if (time < out.timeToImpactS) {
      out.timeToImpactS = time;
      out.dx = rx / distance;
      out.dy = ry / distance;
      out.dz = rz / distance;
    }
  }
  return out;
}

export interface CollisionThreat {
  /** Seconds to the closest approach of the most urgent threat; Infinity if none. */
  timeS: number;
  /** Unit vector from the obstacle's closest-approach point toward the Callister: the way out. */
  awayX: number;
  awayY: number;
  awayZ: number;
  /** Relative speed of that threat, m/s. */
  speedMps: number;
}

export function createCollisionThreat(): CollisionThreat {
  return { timeS: Infinity, awayX: 0, awayY: 0, awayZ: 0, speedMps: 0 };
}

/** Slower than this is a scrape, not worth a swerve: ships, and everything else. */
const SHIP_THREAT_MPS = 20;
const STATIC_THREAT_MPS = 8;

/**
 * Folds one sphere moving at constant velocity into `out` if the Callister, on its
 * present course, passes within its radius (padded by the Callister's size) sooner
 * than the threat already there, within `horizonS`.
 */
function consider(
  sim: SimState,
  out: CollisionThreat,
  horizonS: number,
  minSpeedMps: number,
  x: number,
  y: number,
  z: number,
  vx: number,
  vy: number,
  vz: number,
  radius: number,
): void {
  const p = sim.player.body.position;
  const v = sim.player.body.velocity;
  const pad = CALLISTER.hitRadiusM * 0.75;
  // The obstacle relative to the ship, and its velocity relative to the ship.
  const rx = x - p.x;
  const ry = y - p.y;
  const rz = z - p.z;
  const ux = vx - v.x;
  const uy = vy - v.y;
  const uz = vz - v.z;
  const u2 = ux * ux + uy * uy + uz * uz;
  if (u2 < minSpeedMps * minSpeedMps) return;
  const reach = Math.sqrt(u2) * horizonS + radius + pad;
  if (Math.abs(rx) > reach || Math.abs(ry) > reach || Math.abs(rz) > reach) return;
  const t = Math.max(0, -(rx * ux + ry * uy + rz * uz) / u2);
  if (t > horizonS || t >= out.timeS) return;
  const cx = rx + ux * t;
  const cy = ry + uy * t;
  const cz = rz + uz * t;
  const miss = det.hypot(cx, cy, cz);
  if (miss >= radius + pad) return;
  // Away from the obstacle at closest approach; dead centre: away from it now.
  let ax = miss > 1 ? -cx : -rx;
  let ay = miss > 1 ? -cy : -ry;
  let az = miss > 1 ? -cz : -rz;
  const len = det.hypot(ax, ay, az) || 1;
  ax /= len;
  ay /= len;
  az /= len;
  out.timeS = t;
  out.speedMps = Math.sqrt(u2);
  out.awayX = ax;
  out.awayY = ay;
  out.awayZ = az;
}

/**
 * The first thing the Callister will hit on its present course within `horizonS`:
 * rocks, the planet, the station and the relays' masts, or (when `ships`) Infinity
 * ships, each taken as a sphere moving at constant velocity.
 */
export function collisionThreat(
  sim: SimState,
  horizonS: number,
  ships: boolean,
  out: CollisionThreat,
): CollisionThreat {
  out.timeS = Infinity;
  out.speedMps = 0;
  const minSpeed = ships ? SHIP_THREAT_MPS : STATIC_THREAT_MPS;
  if (!ships) {
    for (const rock of sim.asteroids) {
      const { position: q, velocity: u } = rock.body;
      consider(sim, out, horizonS, minSpeed, q.x, q.y, q.z, u.x, u.y, u.z, rock.radiusM);
    }
    const [px, py, pz] = sim.waltonPlanet.position;
    consider(sim, out, horizonS, minSpeed, px, py, pz, 0, 0, 0, sim.waltonPlanet.radiusM + 60);
    const station = sim.station;
    if (station) {
      const [sx, sy, sz] = station.position;
      consider(sim, out, horizonS, minSpeed, sx, sy, sz, 0, 0, 0, station.radiusM + 30);
    }
  }
  for (const enemy of sim.enemies) {
    if (!enemy.alive || enemy.warpedOut) continue;
    const mast = enemy.role === 'relay';
    if (ships === mast) continue;
    const { position: q, velocity: u } = enemy.body;
    const radius = enemy.radiusM + (mast ? 30 : 0);
    consider(sim, out, horizonS, minSpeed, q.x, q.y, q.z, u.x, u.y, u.z, radius);
  }
  return out;
}
