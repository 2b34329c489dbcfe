import { Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import type { EnemyShip, SimEvent } from '../../sim';
import { fx } from '../combat/fx-particles';
import { GlowShape, type GlowBatch } from '../combat/glow-batch';
import { isDisabledShip, isSurging } from './disabled-look';
import { PIRACY_COLORS, hash01, piracyRandom, randomRange } from './piracy-view';

/** Spark bursts per second from a disabled hull (more while its circuits surge). */
const SPARK_RATE = 5;
const SURGE_RATE = 16;

const centre = new Vector3();
const from = new Vector3();
const to = new Vector3();
const dir = new Vector3();
const kink = new Vector3();
const arcStart = new Vector3();
const arcEnd = new Vector3();

function randomDirection(out: Vector3): Vector3 {
  const z = randomRange(-1, 1);
  const a = randomRange(0, Math.PI * 2);
  const s = Math.sqrt(1 - z * z);
  return out.set(s * Math.cos(a), s * Math.sin(a), z);
}

/** A short zigzag arc of electricity between arcStart and arcEnd. */
function arc(jitter: number): void {
  const segments = 3;
  from.copy(arcStart);
  for (let s = 1; s <= segments; s++) {
    to.lerpVectors(arcStart, arcEnd, s / segments);
    if (s < segments) to.add(randomDirection(kink).multiplyScalar(jitter));
    const hx = (to.x - from.x) * 0.5;
    const hy = (to.y - from.y) * 0.5;
    const hz = (to.z - from.z) * 0.5;
    fx.streak(
      from.x + hx,
      from.y + hy,
      from.z + hz,
      hx,
      hy,
      hz,
      jitter * 0.12,
      0.1,
      PIRACY_COLORS.electricHot,
    );
    from.copy(to);
  }
}

/** One crackle somewhere on a disabled hull: sparks, a blue-white pop, sometimes an arc. */
function crackle(enemy: EnemyShip, surging: boolean): void {
  const r = enemy.radiusM;
  const v = enemy.body.velocity;
  randomDirection(dir);
  // Bias toward the flanks and top so the sparks are not hidden under the hull.
  dir.y = Math.abs(dir.y) * 0.8;
  dir.normalize();
  const x = centre.x + dir.x * r * 0.5;
  const y = centre.y + dir.y * r * 0.4;
  const z = centre.z + dir.z * r * 0.5;
  const k = Math.sqrt(r / 8);
  fx.flash(
    x,
    y,
    z,
    v.x,
    v.y,
    v.z,
    r * 0.32,
    0.1,
    PIRACY_COLORS.electricHot,
    PIRACY_COLORS.electric,
    1,
  );
  fx.sparks(
    x,
    y,
    z,
    v.x,
    v.y,
    v.z,
    surging ? 7 : 4,
    18 * k,
    70 * k,
    0.24 * k,
    0.15,
    0.5,
    PIRACY_COLORS.electricHot,
    PIRACY_COLORS.electric,
    dir.x,
    dir.y,
    dir.z,
    0.6,
  );
  if (surging || piracyRandom() < 0.35) {
    arcStart.set(x, y, z);
    randomDirection(arcEnd)
      .multiplyScalar(r * 0.5)
      .add(centre);
    arc(r * 0.12);
  }
}

/**
 * Every disabled hull, once per frame: intermittent electrical sparks (into the combat
 * effect pool, on the effect clock, so none are born while paused) and a flickering
 * blue aura of shorting circuits (into the piracy glow batch) that marks it, at a
 * glance, as open to the siphon.
 */
export function updateDisabledShips(dt: number, batch: GlowBatch): void {
  const session = runtime.session;
  const sim = session.sim;
  const tick = sim.tick;
  const blue = PIRACY_COLORS.electric;
  for (const enemy of sim.enemies) {
    if (!enemy.alive || enemy.warpedOut || !isDisabledShip(enemy, tick)) continue;
    const surging = isSurging(enemy, tick);
    session.history.position(enemy.body, session.alpha, centre);
    const r = enemy.radiusM;
    const k = surging ? 0.4 : 0.12 + 0.07 * hash01(enemy.id, tick >> 1);
    batch.push(
      centre.x,
      centre.y,
      centre.z,
      0,
      0,
      0,
      r * 1.5,
      GlowShape.Soft,
      0,
      0,
      blue.r * k,
      blue.g * k,
      blue.b * k,
    );
    if (dt <= 0) continue;
    const chance = (surging ? SURGE_RATE : SPARK_RATE) * dt;
    if (piracyRandom() < chance) crackle(enemy, surging);
  }
}

/** The moment the shields fail: an electric ring, a flash and a spray of sparks. */
export function onShipDisabled(event: Extract<SimEvent, { type: 'ShipDisabled' }>): void {
  const enemy = runtime.session.sim.enemyById.get(event.shipId);
  if (!enemy) return;
  const p = enemy.body.position;
  const v = enemy.body.velocity;
  const r = enemy.radiusM;
  fx.flash(
    p.x,
    p.y,
    p.z,
    v.x,
    v.y,
    v.z,
    r * 2.4,
    0.3,
    PIRACY_COLORS.electricHot,
    PIRACY_COLORS.electric,
    1.2,
  );
  fx.ring(p.x, p.y, p.z, v.x, v.y, v.z, r * 0.9, r * 4, 0.5, PIRACY_COLORS.electric, 0.04);
  fx.sparks(
    p.x,
    p.y,
    p.z,
    v.x,
    v.y,
    v.z,
    22,
    40,
    150,
    0.35,
    0.3,
    0.8,
    PIRACY_COLORS.electricHot,
    PIRACY_COLORS.electric,
  );
  centre.set(p.x, p.y, p.z);
  for (let i = 0; i < 3; i++) {
    randomDirection(arcStart)
      .multiplyScalar(r * 0.5)
      .add(centre);
    randomDirection(arcEnd)
      .multiplyScalar(r * 0.5)
      .add(centre);
    arc(r * 0.15);
  }
}
