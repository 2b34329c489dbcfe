import { Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import { RAID } from '../../sim';
import { GlowShape, type GlowBatch } from '../combat/glow-batch';
import {
  PIRACY_COLORS,
  callisterVentral,
  hash01,
  perpendicularBasis,
  smoothstep,
} from './piracy-view';

/** Motes flowing along a beam at full strength. */
const MAX_MOTES = 40;
/** Energy packets racing down the beam toward the ship. */
const PACKETS = 5;
/** Ticks the beam takes to reach across to the target when the siphon starts. */
const REACH_TICKS = 8;

/** Per-mote constants (speed, start phase, orbit radius, spin), fixed at load. */
const moteSpeed = new Float32Array(MAX_MOTES);
const motePhase = new Float32Array(MAX_MOTES);
const moteRadius = new Float32Array(MAX_MOTES);
const moteSpin = new Float32Array(MAX_MOTES);
for (let k = 0; k < MAX_MOTES; k++) {
  moteSpeed[k] = 0.45 + 0.35 * hash01(k, 1);
  motePhase[k] = hash01(k, 2);
  moteRadius[k] = 0.6 + 2.8 * hash01(k, 3);
  moteSpin[k] = (hash01(k, 4) < 0.5 ? -1 : 1) * (1.5 + 2.5 * hash01(k, 5));
}

const emitter = new Vector3();
const target = new Vector3();
const end = new Vector3();
const along = new Vector3();
const side = new Vector3();
const lift = new Vector3();

/**
 * The siphon: a gold-orange energy beam from the Callister's belly to the disabled
 * ship, credit motes spiralling along it toward the ship, packets of light racing
 * home. Everything brightens and thickens as the siphon nears completion. Drawn into
 * the shared piracy glow batch.
 */
export function drawSiphonBeam(time: number, batch: GlowBatch): void {
  const session = runtime.session;
  const sim = session.sim;
  const siphon = sim.siphon;
  if (siphon.targetId === null || siphon.progressTicks <= 0) return;
  const ship = sim.enemyById.get(siphon.targetId);
  if (!ship || !ship.alive) return;
  const alpha = session.alpha;
  const ticks = siphon.progressTicks - 1 + alpha;
  const p = Math.min(1, Math.max(0, ticks / RAID.siphonTicks));
  callisterVentral(emitter);
  session.history.position(ship.body, alpha, target);

  // The beam shoots out from the ship to the target, then holds.
  const reach = smoothstep(0, REACH_TICKS, ticks);
  end.lerpVectors(emitter, target, reach);
  along.subVectors(end, emitter);
  const length = along.length();
  if (length < 1) return;
  along.divideScalar(length);
  perpendicularBasis(along.x, along.y, along.z, side, lift);

  const gold = PIRACY_COLORS.gold;
  const hot = PIRACY_COLORS.goldHot;
  const deep = PIRACY_COLORS.goldDeep;
  const pulse = 1 + 0.12 * Math.sin(time * 19) + 0.06 * Math.sin(time * 43);
  const strength = 0.35 + 0.65 * p;
  const mx = (emitter.x + end.x) * 0.5;
  const my = (emitter.y + end.y) * 0.5;
  const mz = (emitter.z + end.z) * 0.5;
  const hx = (end.x - emitter.x) * 0.5;
  const hy = (end.y - emitter.y) * 0.5;
  const hz = (end.z - emitter.z) * 0.5;
  // Outer haze, body, white-hot core.
  let k = strength * 0.35 * pulse;
  batch.push(
    mx,
    my,
    mz,
    hx,
    hy,
    hz,
    (2.4 + 3.2 * p) * pulse,
    GlowShape.Soft,
    0,
    0,
    deep.r * k,
    deep.g * k,
    deep.b * k,
  );
  k = strength * 0.6 * pulse;
  batch.push(
    mx,
    my,
    mz,
    hx,
    hy,
    hz,
    1.1 + 1.3 * p,
    GlowShape.Soft,
    0.3,
    0,
    gold.r * k,
    gold.g * k,
    gold.b * k,
  );
  k = 0.5 + 0.7 * p;
  batch.push(
    mx,
    my,
    mz,
    hx,
    hy,
    hz,
    0.3 + 0.35 * p,
    GlowShape.Soft,
    1,
    0,
    hot.r * k,
    hot.g * k,
    hot.b * k,
  );

  // Packets of light racing down the beam to the ship.
  const packetHalf = Math.min(length * 0.08, 7 + 5 * p);
  for (let i = 0; i < PACKETS; i++) {
    const phase = (time * (1.1 + 0.6 * p) + i / PACKETS) % 1;
    const d = length * (1 - phase);
    const fade = smoothstep(0, 0.12, phase) * (1 - smoothstep(0.85, 1, phase)) * strength;
    batch.push(
      emitter.x + along.x * d,
      emitter.y + along.y * d,
      emitter.z + along.z * d,
      -along.x * packetHalf,
      -along.y * packetHalf,
      -along.z * packetHalf,
      1.2 + 1.2 * p,
      GlowShape.Comet,
      0.8,
      0.1,
      hot.r * fade,
      hot.g * fade,
      hot.b * fade,
    );
  }

  // Credit motes spiralling home, more of them as the siphon takes hold.
  const motes = Math.round(10 + (MAX_MOTES - 10) * p);
  const spread = 0.6 + 0.6 * p;
  for (let i = 0; i < motes; i++) {
    const phase = (time * moteSpeed[i]! + motePhase[i]!) % 1;
    const d = length * (1 - phase) * reach;
    const angle = motePhase[i]! * 6.283 + time * moteSpin[i]!;
    const radius = moteRadius[i]! * spread * (0.35 + 0.65 * (1 - phase));
    const c = Math.cos(angle) * radius;
    const s = Math.sin(angle) * radius;
    const fade = smoothstep(0, 0.1, phase) * (1 - smoothstep(0.9, 1, phase));
    const twinkle = 0.65 + 0.35 * Math.sin(time * 17 + i * 2.3);
    const light = fade * twinkle * (0.6 + 0.5 * p);
    batch.push(
      emitter.x + along.x * d + side.x * c + lift.x * s,
      emitter.y + along.y * d + side.y * c + lift.y * s,
      emitter.z + along.z * d + side.z * c + lift.z * s,
      0,
      0,
      0,
      0.45 + 0.35 * hash01(i, 6),
      i % 4 === 0 ? GlowShape.Star : GlowShape.Soft,
      1,
      angle,
      gold.r * light * 1.4,
      gold.g * light * 1.4,
      gold.b * light * 1.4,
    );
  }

  // The tap on the victim: a gold haze and a ring drawing in, over and over.
  if (reach > 0.99) {
    const r = ship.radiusM;
    const draw = (time * 1.6) % 1;
    k = strength * (1 - draw) * draw * 1.6;
    batch.push(
      target.x,
      target.y,
      target.z,
      0,
      0,
      0,
      r * (1.6 - 0.7 * draw),
      GlowShape.Ring,
      0.4,
      0.035,
      gold.r * k,
      gold.g * k,
      gold.b * k,
    );
    k = strength * 0.22 * pulse;
    batch.push(
      target.x,
      target.y,
      target.z,
      0,
      0,
      0,
      r * 1.2,
      GlowShape.Soft,
      0,
      0,
      deep.r * k,
      deep.g * k,
      deep.b * k,
    );
  }
  // The emitter under the Callister.
  k = (0.6 + 0.8 * p) * pulse;
  batch.push(
    emitter.x,
    emitter.y,
    emitter.z,
    0,
    0,
    0,
    2.5 + 3.5 * p,
    GlowShape.Soft,
    1,
    0,
    gold.r * k,
    gold.g * k,
    gold.b * k,
  );
}
