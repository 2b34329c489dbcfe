import { Body, Box, Quaternion, type Shape, Sphere, Vec3 } from 'cannon-es';
import { HEART } from '../content/heart';
import { rngInt, rngRange, type SimRng } from '../rng';
import type { FirewallBarrier, HeartRing } from '../state';
import { CollisionGroup } from './collision-groups';
import { HULL_MATERIAL } from './physics-world';
import * as det from '../math/det-math';

const TAU = 2 * Math.PI;
/** What the Heart's moving structures meet: the Callister, debris and any ship. */
const STRUCTURE_MASK = CollisionGroup.Player | CollisionGroup.Enemy | CollisionGroup.Debris;

/** A rotation about the tunnel's axis (Z), with the sim's own trig (cannon's uses Math). */
export function setSpinAboutZ(q: Quaternion, angleRad: number): void {
  q.set(0, 0, det.sin(angleRad / 2), det.cos(angleRad / 2));
}

function kinematicBody(x: number, y: number, z: number): Body {
  const body = new Body({
    mass: 0,
    type: Body.KINEMATIC,
    material: HULL_MATERIAL,
    position: new Vec3(x, y, z),
    linearDamping: 0,
    angularDamping: 0,
    collisionFilterGroup: CollisionGroup.Structure,
    collisionFilterMask: STRUCTURE_MASK,
  });
  return body;
}

/** Where slab `k` of a ring sits, as an angle from the ring's slab 0. */
export function slabAngle(k: number): number {
  return ((k + 0.5) * TAU) / HEART.ring.slabs;
}

/**
 * A ring: a disc of radial slabs round a hub, spun about the tunnel's axis, with
 * `openSlabs` adjacent slabs missing (seeded) — the window the Callister flies through.
 */
export function buildRing(rng: SimRng, z: number, spinRadPerS: number): HeartRing {
  const { slabs, openSlabs, hubRadiusM, splitRadiusM, outerRadiusM, thicknessM } = HEART.ring;
  const open = rngInt(rng, 0, slabs - 1);
  const present: boolean[] = [];
  for (let k = 0; k < slabs; k++) present.push((k - open + slabs) % slabs >= openSlabs);
  const startAngleRad = rngRange(rng, 0, TAU);
  const body = kinematicBody(0, 0, z);
  const halfT = thicknessM / 2;
  const tanHalf = det.sin(Math.PI / slabs) / det.cos(Math.PI / slabs);
  const orientation = new Quaternion();
  const slabShapes: Shape[][] = [];
  for (let k = 0; k < slabs; k++) {
    slabShapes.push([]);
    if (!present[k]) continue;
    const a = slabAngle(k);
    const c = det.cos(a);
    const s = det.sin(a);
    setSpinAboutZ(orientation, a);
    const innerMid = (hubRadiusM + splitRadiusM) / 2;
    const innerHalf = (splitRadiusM - hubRadiusM) / 2;
    const inner = new Box(new Vec3(innerHalf, tanHalf * splitRadiusM, halfT));
    body.addShape(inner, new Vec3(c * innerMid, s * innerMid, 0), orientation.clone());
    const outerMid = (splitRadiusM + outerRadiusM) / 2;
    const outerHalf = (outerRadiusM - splitRadiusM) / 2;
    const outer = new Box(new Vec3(outerHalf, tanHalf * outerRadiusM, halfT));
    body.addShape(outer, new Vec3(c * outerMid, s * outerMid, 0), orientation.clone());
    slabShapes[k]!.push(inner, outer);
  }
  body.addShape(new Sphere(hubRadiusM));
  setSpinAboutZ(body.quaternion, startAngleRad);
  body.angularVelocity.set(0, 0, spinRadPerS);
  return {
    body,
    z,
    slabs: present,
    slabShapes,
    openingOffsetRad: slabAngle(open) + ((openSlabs - 1) * TAU) / (2 * slabs),
    spinRadPerS,
    angleRad: startAngleRad,
    deletedTick: null,
  };
}

/** Slab centres relative to the port's centre (x, y) and their half-extents, per slab. */
export function firewallSlabLayout(): readonly {
  readonly dx: number;
  readonly dy: number;
  readonly halfX: number;
  readonly halfY: number;
}[] {
  const a = HEART.firewall.portHalfM;
  const h = HEART.firewall.slabHalfM;
  return [
    { dx: -(a + h), dy: 0, halfX: h, halfY: 2 * h },
    { dx: a + h, dy: 0, halfX: h, halfY: 2 * h },
    { dx: 0, dy: a + h, halfX: a, halfY: h },
    { dx: 0, dy: -(a + h), halfX: a, halfY: h },
  ];
}

/** A firewall across the tunnel: four slabs framing a square port that circles the axis. */
export function buildFirewall(rng: SimRng, z: number, tick: number): FirewallBarrier {
  const startAngleRad = rngRange(rng, 0, TAU);
  const spin = HEART.firewall.spinRadPerS * (rngInt(rng, 0, 1) === 0 ? 1 : -1);
  const bodies = firewallSlabLayout().map((slab) => {
    const body = kinematicBody(0, 0, z);
    body.addShape(new Box(new Vec3(slab.halfX, slab.halfY, HEART.firewall.thicknessM / 2)));
    return body;
  });
  const barrier: FirewallBarrier = {
    bodies,
    z,
    spinRadPerS: spin,
    port: [0, 0],
    raisedTick: tick,
    angleRad: startAngleRad,
    deletedTick: null,
  };
  placeFirewall(barrier);
  return barrier;
}

/** Puts a firewall's slabs where its port angle says, moving with the port's velocity. */
export function placeFirewall(barrier: FirewallBarrier): void {
  const r = HEART.firewall.orbitRadiusM;
  const c = det.cos(barrier.angleRad);
  const s = det.sin(barrier.angleRad);
  const px = r * c;
  const py = r * s;
  barrier.port[0] = px;
  barrier.port[1] = py;
  const vx = -r * s * barrier.spinRadPerS;
  const vy = r * c * barrier.spinRadPerS;
  const layout = firewallSlabLayout();
  barrier.bodies.forEach((body, index) => {
    const slab = layout[index]!;
    body.position.set(px + slab.dx, py + slab.dy, barrier.z);
    body.velocity.set(vx, vy, 0);
  });
}

/**
 * The dying Heart sheds a slab on each side of a ring's opening: the way back is wider
 * but spins the other way. The opening's middle stays where it was.
 */
export function widenRingOpening(ring: HeartRing): void {
  const n = ring.slabs.length;
  const before: number[] = [];
  const after: number[] = [];
  for (let k = 0; k < n; k++) {
    if (ring.slabs[k]) continue;
    const previous = (k + n - 1) % n;
    const next = (k + 1) % n;
    if (ring.slabs[previous]) before.push(previous);
    if (ring.slabs[next]) after.push(next);
  }
  for (const k of [...before, ...after]) {
    ring.slabs[k] = false;
    for (const shape of ring.slabShapes[k]!) ring.body.removeShape(shape);
    ring.slabShapes[k]!.length = 0;
  }
}
