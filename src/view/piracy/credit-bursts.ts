import type { Body } from 'cannon-es';
import { Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import type { SimEvent } from '../../sim';
import { fx } from '../combat/fx-particles';
import { GlowShape, type GlowBatch } from '../combat/glow-batch';
import { shipPose } from '../ship-pose';
import { CreditMotes } from './credit-motes';
import { PIRACY_COLORS, callisterVentral, callisterVentralNow, randomRange } from './piracy-view';

/** Credits flying into the Callister (stolen loads, scooped pickups). */
export const creditMotes = new CreditMotes();

/** Rings overlap the ship: a softer gold so they frame it rather than bury it. */
const RING_GOLD = {
  r: PIRACY_COLORS.gold.r * 0.6,
  g: PIRACY_COLORS.gold.g * 0.6,
  b: PIRACY_COLORS.gold.b * 0.6,
};

const goal = new Vector3();
const dir = new Vector3();

/**
 * A gold ripple flat in the plane of a ship's wings (its body's q * (0, 1, 0)), so it
 * rings the ship instead of walling off the screen.
 */
function wingRipple(body: Body, x: number, y: number, z: number, from: number, to: number): void {
  const q = body.quaternion;
  const v = body.velocity;
  fx.ring(
    x,
    y,
    z,
    v.x,
    v.y,
    v.z,
    from,
    to,
    0.5,
    RING_GOLD,
    0.025,
    2 * (q.x * q.y - q.w * q.z),
    1 - 2 * (q.x * q.x + q.z * q.z),
    2 * (q.y * q.z + q.w * q.x),
  );
}

function randomDirection(out: Vector3): Vector3 {
  const z = randomRange(-1, 1);
  const a = randomRange(0, Math.PI * 2);
  const s = Math.sqrt(1 - z * z);
  return out.set(s * Math.cos(a), s * Math.sin(a), z);
}

/**
 * A shell of motes around the Callister, flung outward and then diving into her
 * belly: credits arriving.
 */
function motesAroundShip(count: number, radiusLo: number, radiusHi: number): void {
  const body = runtime.session.sim.player.body;
  const p = body.position;
  const v = body.velocity;
  for (let i = 0; i < count; i++) {
    randomDirection(dir);
    const r = randomRange(radiusLo, radiusHi);
    const out = randomRange(10, 45);
    creditMotes.add(
      p.x + dir.x * r,
      p.y + dir.y * r * 0.6,
      p.z + dir.z * r,
      v.x + dir.x * out,
      v.y + dir.y * out,
      v.z + dir.z * out,
      randomRange(0.5, 0.9),
      randomRange(1.2, 1.8),
      randomRange(0, 0.25),
      i % 3 === 0 ? PIRACY_COLORS.goldHot : PIRACY_COLORS.gold,
    );
  }
}

/** The siphon completes: the victim's load bursts out of it and pours into the Callister. */
export function onCreditsStolen(event: Extract<SimEvent, { type: 'CreditsStolen' }>): void {
  const sim = runtime.session.sim;
  const victim = sim.enemyById.get(event.shipId);
  const count = Math.min(60, 20 + Math.round(event.amount / 15));
  if (victim) {
    const p = victim.body.position;
    const v = victim.body.velocity;
    const r = victim.radiusM;
    fx.flash(
      p.x,
      p.y,
      p.z,
      v.x,
      v.y,
      v.z,
      r * 2.2,
      0.35,
      PIRACY_COLORS.goldHot,
      PIRACY_COLORS.goldDeep,
      1,
    );
    wingRipple(victim.body, p.x, p.y, p.z, r * 0.8, r * 2.4);
    for (let i = 0; i < count; i++) {
      randomDirection(dir);
      const out = randomRange(20, 90);
      creditMotes.add(
        p.x + dir.x * r * 0.5,
        p.y + dir.y * r * 0.5,
        p.z + dir.z * r * 0.5,
        v.x + dir.x * out,
        v.y + dir.y * out,
        v.z + dir.z * out,
        randomRange(0.6, 1.1),
        randomRange(1.6, 2.4),
        randomRange(0, 0.2),
        i % 3 === 0 ? PIRACY_COLORS.goldHot : PIRACY_COLORS.gold,
      );
    }
  }
  motesAroundShip(Math.round(count * 0.6), 30, 70);
  callisterVentralNow(goal);
  const sv = sim.player.body.velocity;
  fx.flash(
    goal.x,
    goal.y,
    goal.z,
    sv.x,
    sv.y,
    sv.z,
    16,
    0.45,
    PIRACY_COLORS.goldHot,
    PIRACY_COLORS.gold,
    1.2,
  );
  wingRipple(sim.player.body, goal.x, goal.y, goal.z, 12, 50);
  fx.star(goal.x, goal.y, goal.z, sv.x, sv.y, sv.z, 22, 0.5, PIRACY_COLORS.goldHot);
}

/** A pickup scooped up: a sparkle around the ship and motes diving into her. */
export function onCreditsCollected(event: Extract<SimEvent, { type: 'CreditsCollected' }>): void {
  const body = runtime.session.sim.player.body;
  const p = body.position;
  const v = body.velocity;
  const glints = Math.min(14, 6 + Math.round(event.amount / 20));
  for (let i = 0; i < glints; i++) {
    randomDirection(dir);
    const r = randomRange(12, 40);
    fx.star(
      p.x + dir.x * r,
      p.y + dir.y * r * 0.6,
      p.z + dir.z * r,
      v.x,
      v.y,
      v.z,
      randomRange(2.5, 5.5),
      randomRange(0.35, 0.8),
      i % 2 === 0 ? PIRACY_COLORS.goldHot : PIRACY_COLORS.gold,
    );
    fx.delayLast(1, randomRange(0, 0.3));
  }
  motesAroundShip(Math.min(36, 14 + Math.round(event.amount / 8)), 25, 60);
  callisterVentralNow(goal);
  fx.flash(
    goal.x,
    goal.y,
    goal.z,
    v.x,
    v.y,
    v.z,
    12,
    0.35,
    PIRACY_COLORS.goldHot,
    PIRACY_COLORS.gold,
    1,
  );
  wingRipple(body, p.x, p.y, p.z, 12, 55);
}

/** A destroyed ship spills its credits: a gold pop where the chip appears. */
export function onCreditsDropped(event: Extract<SimEvent, { type: 'CreditsDropped' }>): void {
  const [x, y, z] = event.position;
  fx.flash(x, y, z, 0, 0, 0, 14, 0.5, PIRACY_COLORS.goldHot, PIRACY_COLORS.goldDeep, 1);
  fx.star(x, y, z, 0, 0, 0, 18, 0.6, PIRACY_COLORS.goldHot);
  fx.delayLast(1, 0.15);
}

/** The siphon breaks off: the beam snaps, spitting sparks at the victim. */
export function onSiphonInterrupted(event: Extract<SimEvent, { type: 'SiphonInterrupted' }>): void {
  const sim = runtime.session.sim;
  const ship = sim.enemyById.get(event.shipId);
  callisterVentralNow(goal);
  const sv = sim.player.body.velocity;
  fx.flash(
    goal.x,
    goal.y,
    goal.z,
    sv.x,
    sv.y,
    sv.z,
    7,
    0.2,
    PIRACY_COLORS.goldHot,
    PIRACY_COLORS.goldDeep,
    1,
  );
  if (!ship) return;
  const p = ship.body.position;
  const v = ship.body.velocity;
  fx.sparks(
    p.x,
    p.y,
    p.z,
    v.x,
    v.y,
    v.z,
    10,
    30,
    110,
    0.3,
    0.2,
    0.5,
    PIRACY_COLORS.goldHot,
    PIRACY_COLORS.goldDeep,
  );
}

/** Steps and draws the motes, and the glow of the Callister swallowing them. */
export function drawCreditMotes(dt: number, time: number, batch: GlowBatch): void {
  if (creditMotes.count === 0 && creditMotes.absorbed < 0.01) return;
  callisterVentral(goal);
  const v = shipPose.velocity;
  creditMotes.update(dt, time, goal.x, goal.y, goal.z, v.x, v.y, v.z, batch);
  const a = creditMotes.absorbed;
  if (a > 0.01) {
    const k = Math.min(1.5, a);
    const gold = PIRACY_COLORS.gold;
    batch.push(
      goal.x,
      goal.y,
      goal.z,
      0,
      0,
      0,
      6 + 6 * k,
      GlowShape.Soft,
      1,
      0,
      gold.r * k,
      gold.g * k,
      gold.b * k,
    );
  }
}
