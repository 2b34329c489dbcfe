/**
 * The floor a sim row is compared with: a bare cannon-es world, configured as the sim
 * configures its own (createPhysicsWorld + tuneBroadphase: SAP on the widest axis,
 * ObjectCollisionMatrix, friction 0, no sleeping), holding
 *  - one sphere per body of the sim's world (ships, rocks, the planet, relays: same
 *    position, bounding radius, body type, collision group and mask, so swarm ships do
 *    not collide with each other), and
 *  - one small sphere per live projectile (the sim keeps its shots out of cannon; the
 *    issue's "cannon-es alone steps 1,000 ships + 1,000 projectiles" counts them as bodies).
 * Each tick the swarm seeks: every ship's velocity is set toward its own point of a
 * formation that circles a centre flying a loop (the Callister's stand-in), so the
 * broadphase sees the motion the game has. Only world.step() is timed.
 */
import { Body, Sphere, type World } from 'cannon-es';
import { FIXED_DT } from '../src/sim';
import { CollisionGroup } from '../src/sim/world/collision-groups';
import { createPhysicsWorld, HULL_MATERIAL, tuneBroadphase } from '../src/sim/world/physics-world';
import type { BenchRng } from './bench-rng';

/** A filter bit outside the sim's groups, for the baseline's projectile spheres. */
const PROJECTILE_GROUP = 1 << 5;
const PROJECTILE_MASK =
  CollisionGroup.Player | CollisionGroup.Enemy | CollisionGroup.Asteroid | CollisionGroup.Structure;
const SHOT_SPEED_MPS = 850;
const SHOT_LIFE_TICKS = 70;
const SEEK_GAIN_PER_S = 1.5;
const SWARM_MAX_SPEED_MPS = 260;
/** The centre flies a circle of this radius at this speed. */
const CENTRE_LOOP_RADIUS_M = 600;
const CENTRE_SPEED_MPS = 100;

interface Seeker {
  body: Body;
  /** Offset from the centre at the start, turned about +y at spinRadPerS. */
  ox: number;
  oy: number;
  oz: number;
  spinRadPerS: number;
}

interface Shot {
  body: Body;
  lifeTicks: number;
  outward: boolean;
}

export interface BareWorld {
  readonly world: World;
  /** Mirrors of the sim's bodies. */
  readonly mirrored: number;
  readonly projectiles: number;
  /** Moves the swarm and the shots (untimed), then times one world.step(FIXED_DT), in ms. */
  step(now: () => number): number;
}

/**
 * Builds the baseline from the sim world as it stands (call it after the sim's warm-up,
 * so its body set and spread are the measured ones).
 */
export function buildBareWorld(
  source: World,
  centre: { x: number; y: number; z: number },
  projectiles: number,
  rng: BenchRng,
): BareWorld {
  const world = createPhysicsWorld();
  const seekers: Seeker[] = [];
  let leader: Body | null = null;
  for (const original of source.bodies) {
    original.updateBoundingRadius();
    const shape = new Sphere(Math.max(0.5, original.boundingRadius));
    if (original.shapes.length > 0 && original.shapes.every((s) => !s.collisionResponse)) {
      shape.collisionResponse = false;
    }
    const body = new Body({
      mass: original.type === Body.DYNAMIC ? Math.max(original.mass, 1e-3) : 0,
      type: original.type,
      shape,
      material: HULL_MATERIAL,
      linearDamping: 0,
      angularDamping: 0,
      collisionFilterGroup: original.collisionFilterGroup,
      collisionFilterMask: original.collisionFilterMask,
    });
    body.collisionResponse = original.collisionResponse;
    body.position.copy(original.position);
    body.velocity.copy(original.velocity);
    world.addBody(body);
    if (body.type !== Body.DYNAMIC) continue;
    if (original.collisionFilterGroup === CollisionGroup.Player) leader = body;
    else if (original.collisionFilterGroup === CollisionGroup.Enemy) {
      seekers.push({
        body,
        ox: original.position.x - centre.x,
        oy: original.position.y - centre.y,
        oz: original.position.z - centre.z,
        spinRadPerS: rng.range(0.08, 0.22) * (rng.next() < 0.5 ? -1 : 1),
      });
    }
  }
  const mirrored = world.bodies.length;

  const shots: Shot[] = [];
  for (let i = 0; i < projectiles; i++) {
    const shape = new Sphere(0.6);
    shape.collisionResponse = false;
    const body = new Body({
      mass: 0.01,
      shape,
      linearDamping: 0,
      angularDamping: 0,
      collisionFilterGroup: PROJECTILE_GROUP,
      collisionFilterMask: PROJECTILE_MASK,
    });
    body.collisionResponse = false;
    const shot: Shot = { body, lifeTicks: 0, outward: i % 2 === 0 };
    shots.push(shot);
    world.addBody(body);
  }

  let tick = 0;
  const cx = centre.x;
  const cy = centre.y;
  const cz = centre.z;
  const centreNow = { x: cx, y: cy, z: cz };

  const fire = (shot: Shot): void => {
    const b = shot.body;
    const from =
      !shot.outward && seekers.length > 0
        ? seekers[Math.floor(rng.next() * seekers.length)]!
        : null;
    if (from) {
      // A swarm ship shoots at the centre.
      const p = from.body.position;
      let dx = centreNow.x - p.x;
      let dy = centreNow.y - p.y;
      let dz = centreNow.z - p.z;
      const len = Math.hypot(dx, dy, dz) || 1;
      dx /= len;
      dy /= len;
      dz /= len;
      b.position.set(p.x + dx * 15, p.y + dy * 15, p.z + dz * 15);
      b.velocity.set(dx * SHOT_SPEED_MPS, dy * SHOT_SPEED_MPS, dz * SHOT_SPEED_MPS);
    } else {
      // The centre shoots out into the swarm.
      const [dx, dy, dz] = rng.unitVector();
      b.position.set(centreNow.x + dx * 20, centreNow.y + dy * 20, centreNow.z + dz * 20);
      b.velocity.set(dx * SHOT_SPEED_MPS, dy * SHOT_SPEED_MPS, dz * SHOT_SPEED_MPS);
    }
    // Stagger lifetimes so shots do not all expire on the same tick.
    shot.lifeTicks = tick === 0 ? 1 + Math.floor(rng.next() * SHOT_LIFE_TICKS) : SHOT_LIFE_TICKS;
  };
  for (const shot of shots) fire(shot);
  tuneBroadphase(world);

  const move = (): void => {
    const t = tick * FIXED_DT;
    const loop = (t * CENTRE_SPEED_MPS) / CENTRE_LOOP_RADIUS_M;
    centreNow.x = cx + Math.sin(loop) * CENTRE_LOOP_RADIUS_M;
    centreNow.y = cy;
    centreNow.z = cz + (1 - Math.cos(loop)) * CENTRE_LOOP_RADIUS_M;
    if (leader) {
      leader.velocity.set(Math.cos(loop) * CENTRE_SPEED_MPS, 0, Math.sin(loop) * CENTRE_SPEED_MPS);
    }
    for (const s of seekers) {
      const a = s.spinRadPerS * t;
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      const p = s.body.position;
      let vx = (centreNow.x + s.ox * cos - s.oz * sin - p.x) * SEEK_GAIN_PER_S;
      let vy = (centreNow.y + s.oy - p.y) * SEEK_GAIN_PER_S;
      let vz = (centreNow.z + s.ox * sin + s.oz * cos - p.z) * SEEK_GAIN_PER_S;
      const speed = Math.hypot(vx, vy, vz);
      if (speed > SWARM_MAX_SPEED_MPS) {
        const k = SWARM_MAX_SPEED_MPS / speed;
        vx *= k;
        vy *= k;
        vz *= k;
      }
      s.body.velocity.set(vx, vy, vz);
    }
    for (const shot of shots) {
      shot.lifeTicks--;
      if (shot.lifeTicks <= 0) fire(shot);
    }
    tick++;
  };

  return {
    world,
    mirrored,
    projectiles,
    step(now) {
      move();
      const start = now();
      world.step(FIXED_DT);
      return now() - start;
    },
  };
}
