import { mulberry32 } from '../seeded-random';
import { GlowBatch, GlowShape, type GlowShapeValue } from './glow-batch';
import type { Rgb } from './palette';

/** Cosmetic randomness for effects: view-only, never fed back into the sim. */
const random = mulberry32(0x1bad5eed);
function range(lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}

/** A random unit vector, written into the module's scratch. */
const dir = { x: 0, y: 0, z: 0 };
function randomDirection(): void {
  const z = range(-1, 1);
  const a = range(0, Math.PI * 2);
  const s = Math.sqrt(1 - z * z);
  dir.x = s * Math.cos(a);
  dir.y = s * Math.sin(a);
  dir.z = z;
}

const FIELDS = [
  'x',
  'y',
  'z',
  /** Velocity relative to the carrier; drag slows this part only. */
  'rvx',
  'rvy',
  'rvz',
  /** Carrier velocity (the ship that blew up or was hit): kept, so effects travel with it. */
  'bvx',
  'bvy',
  'bvz',
  'age',
  'life',
  'size0',
  'size1',
  /** 0: size grows linearly; 1: fast then slow (ease-out), for blasts and rings. */
  'ease',
  'r0',
  'g0',
  'b0',
  'r1',
  'g1',
  'b1',
  /** Brightness follows (1 - t)^fade. */
  'fade',
  'shape',
  'core',
  'param',
  /** Added to param per second (star spin). */
  'spin',
  /** Streak: the sprite's half-axis is the relative velocity times this many seconds. */
  'stretch',
  /** A fixed half-axis (a flat ring's normal). */
  'ax',
  'ay',
  'az',
  'drag',
  /** 0: additive glow; 1: smoke (core is its opacity). */
  'layer',
] as const;
type Field = (typeof FIELDS)[number];

/**
 * Every short-lived cosmetic glow in the battle (fireballs, flashes, rings, sparks,
 * shield sparkles) as structure-of-arrays, simulated on the view clock and drawn as
 * one GlowBatch: one draw call for all of them.
 */
export class FxParticles {
  count = 0;
  private capacity = 0;
  private readonly f = {} as Record<Field, Float32Array>;
  readonly batch = new GlowBatch(1024, 2);
  readonly smoke = new GlowBatch(256, 1, 'smoke');

  constructor(initialCapacity = 2048) {
    this.grow(initialCapacity);
  }

  private grow(capacity: number): void {
    for (const name of FIELDS) {
      const next = new Float32Array(capacity);
      const old = this.f[name] as Float32Array | undefined;
      if (old) next.set(old.subarray(0, this.count));
      this.f[name] = next;
    }
    this.capacity = capacity;
  }

  clear(): void {
    this.count = 0;
  }

  /** Adds a particle with neutral defaults and returns its slot; set what differs. */
  private add(
    x: number,
    y: number,
    z: number,
    life: number,
    size0: number,
    size1: number,
    c0: Rgb,
    c1: Rgb,
    shape: GlowShapeValue,
  ): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const f = this.f;
    const i = this.count++;
    f.x[i] = x;
    f.y[i] = y;
    f.z[i] = z;
    f.rvx[i] = f.rvy[i] = f.rvz[i] = 0;
    f.bvx[i] = f.bvy[i] = f.bvz[i] = 0;
    f.age[i] = 0;
    f.life[i] = life;
    f.size0[i] = size0;
    f.size1[i] = size1;
    f.ease[i] = 0;
    f.r0[i] = c0.r;
    f.g0[i] = c0.g;
    f.b0[i] = c0.b;
    f.r1[i] = c1.r;
    f.g1[i] = c1.g;
    f.b1[i] = c1.b;
    f.fade[i] = 1;
    f.shape[i] = shape;
    f.core[i] = 0;
    f.param[i] = 0;
    f.spin[i] = 0;
    f.stretch[i] = 0;
    f.ax[i] = f.ay[i] = f.az[i] = 0;
    f.drag[i] = 0;
    f.layer[i] = 0;
    return i;
  }

  private carrier(i: number, vx: number, vy: number, vz: number): void {
    this.f.bvx[i] = vx;
    this.f.bvy[i] = vy;
    this.f.bvz[i] = vz;
  }

  /** A bright, fast-fading flash. */
  flash(
    x: number,
    y: number,
    z: number,
    vx: number,
    vy: number,
    vz: number,
    size: number,
    life: number,
    c0: Rgb,
    c1: Rgb,
    core = 1,
  ): void {
    const i = this.add(x, y, z, life, size * 0.45, size, c0, c1, GlowShape.Soft);
    this.carrier(i, vx, vy, vz);
    this.f.ease[i] = 1;
    this.f.fade[i] = 1.6;
    this.f.core[i] = core;
  }

  /** An expanding ring (shockwave) facing the camera. */
  ring(
    x: number,
    y: number,
    z: number,
    vx: number,
    vy: number,
    vz: number,
    size0: number,
    size1: number,
    life: number,
    color: Rgb,
    thickness = 0.05,
    /** Plane normal for a flat ring; all zero for a camera-facing one. */
    nx = 0,
    ny = 0,
    nz = 0,
  ): void {
    const i = this.add(x, y, z, life, size0, size1, color, color, GlowShape.Ring);
    this.carrier(i, vx, vy, vz);
    this.f.ax[i] = nx;
    this.f.ay[i] = ny;
    this.f.az[i] = nz;
    this.f.ease[i] = 1;
    this.f.fade[i] = 1.3;
    this.f.core[i] = 1;
    this.f.param[i] = thickness;
  }

  /** Billowing fireball puffs around a point, cooling from hot to c1. */
  fireball(
    x: number,
    y: number,
    z: number,
    vx: number,
    vy: number,
    vz: number,
    scale: number,
    puffs: number,
    c0: Rgb,
    c1: Rgb,
  ): void {
    const f = this.f;
    const gain = Math.min(1, 3 / Math.sqrt(puffs));
    for (let k = 0; k < puffs; k++) {
      randomDirection();
      const spread = range(0.5, 4) * scale;
      const i = this.add(
        x + dir.x * spread,
        y + dir.y * spread,
        z + dir.z * spread,
        range(0.55, 1.25),
        range(1.5, 3) * scale,
        range(7, 12) * scale,
        c0,
        c1,
        GlowShape.Soft,
      );
      this.carrier(i, vx, vy, vz);
      const speed = range(6, 26) * scale;
      f.rvx[i] = dir.x * speed;
      f.rvy[i] = dir.y * speed;
      f.rvz[i] = dir.z * speed;
      f.drag[i] = 1.8;
      f.ease[i] = 1;
      f.fade[i] = 1.5;
      f.core[i] = 0.2;
      f.param[i] = range(1, 7);
      f.spin[i] = range(-1.5, 1.5);
      // Many overlapping puffs would sum to white: dim each as the count grows.
      f.r0[i] = f.r0[i]! * gain;
      f.g0[i] = f.g0[i]! * gain;
      f.b0[i] = f.b0[i]! * gain;
      f.r1[i] = f.r1[i]! * gain;
      f.g1[i] = f.g1[i]! * gain;
      f.b1[i] = f.b1[i]! * gain;
      // A stagger so the blast rolls rather than pops.
      f.age[i] = -range(0, 0.12);
    }
  }

  /** Hot streaking sparks thrown out from a point. */
  sparks(
    x: number,
    y: number,
    z: number,
    vx: number,
    vy: number,
    vz: number,
    count: number,
    speedLo: number,
    speedHi: number,
    size: number,
    lifeLo: number,
    lifeHi: number,
    c0: Rgb,
    c1: Rgb,
    /** Optional bias direction (unit) and how strongly sparks follow it (0..1). */
    nx = 0,
    ny = 0,
    nz = 0,
    bias = 0,
  ): void {
    const f = this.f;
    for (let k = 0; k < count; k++) {
      randomDirection();
      let dx = dir.x + nx * bias * 2;
      let dy = dir.y + ny * bias * 2;
      let dz = dir.z + nz * bias * 2;
      const len = Math.hypot(dx, dy, dz) || 1;
      dx /= len;
      dy /= len;
      dz /= len;
      const speed = range(speedLo, speedHi);
      const i = this.add(x, y, z, range(lifeLo, lifeHi), size, size * 0.6, c0, c1, GlowShape.Comet);
      this.carrier(i, vx, vy, vz);
      f.rvx[i] = dx * speed;
      f.rvy[i] = dy * speed;
      f.rvz[i] = dz * speed;
      f.drag[i] = 1.6;
      f.stretch[i] = 0.035;
      f.fade[i] = 1.2;
      f.core[i] = 1;
      f.param[i] = 0.05;
    }
  }

  /** Dark billows that swell and thin out after a blast (alpha-blended, under the fire). */
  smokePuffs(
    x: number,
    y: number,
    z: number,
    vx: number,
    vy: number,
    vz: number,
    scale: number,
    puffs: number,
    color: Rgb,
    opacity: number,
  ): void {
    const f = this.f;
    for (let k = 0; k < puffs; k++) {
      randomDirection();
      const spread = range(0.5, 3) * scale;
      const i = this.add(
        x + dir.x * spread,
        y + dir.y * spread,
        z + dir.z * spread,
        range(1.6, 2.8),
        range(3, 5) * scale,
        range(11, 17) * scale,
        color,
        color,
        GlowShape.Soft,
      );
      this.carrier(i, vx, vy, vz);
      const speed = range(4, 14) * scale;
      f.rvx[i] = dir.x * speed;
      f.rvy[i] = dir.y * speed;
      f.rvz[i] = dir.z * speed;
      f.drag[i] = 1.2;
      f.ease[i] = 1;
      f.fade[i] = 1.2;
      f.core[i] = opacity * range(0.7, 1);
      f.param[i] = range(0, 6.28);
      f.layer[i] = 1;
      f.age[i] = -range(0.05, 0.2);
    }
  }

  /** A slowly spinning star glint (hit sparkles, torpedo blasts). */
  star(
    x: number,
    y: number,
    z: number,
    vx: number,
    vy: number,
    vz: number,
    size: number,
    life: number,
    color: Rgb,
  ): void {
    const i = this.add(x, y, z, life, size, size * 0.6, color, color, GlowShape.Star);
    this.carrier(i, vx, vy, vz);
    this.f.core[i] = 1;
    this.f.fade[i] = 1.4;
    this.f.param[i] = range(0, Math.PI);
    this.f.spin[i] = range(-2, 2);
  }

  /** A streak that stays put and fades (a warp trail). Half-axis points to its bright head. */
  streak(
    x: number,
    y: number,
    z: number,
    ax: number,
    ay: number,
    az: number,
    halfWidth: number,
    life: number,
    color: Rgb,
  ): void {
    const i = this.add(x, y, z, life, halfWidth, halfWidth * 0.3, color, color, GlowShape.Comet);
    this.f.ax[i] = ax;
    this.f.ay[i] = ay;
    this.f.az[i] = az;
    this.f.core[i] = 1;
    this.f.fade[i] = 1.5;
  }

  /** Delays the most recently added `n` particles by `seconds` (secondary blasts). */
  delayLast(n: number, seconds: number): void {
    const age = this.f.age;
    for (let i = Math.max(0, this.count - n); i < this.count; i++) age[i] = age[i]! - seconds;
  }

  /** Ages, moves and fades every particle and refills the batches. */
  update(dt: number): void {
    const f = this.f;
    const batch = this.batch;
    const smoke = this.smoke;
    batch.begin();
    smoke.begin();
    for (let i = 0; i < this.count; i++) {
      const age = f.age[i]! + dt;
      const life = f.life[i]!;
      if (age >= life) {
        this.remove(i);
        i--;
        continue;
      }
      f.age[i] = age;
      const drag = Math.exp(-f.drag[i]! * dt);
      const rvx = f.rvx[i]! * drag;
      const rvy = f.rvy[i]! * drag;
      const rvz = f.rvz[i]! * drag;
      f.rvx[i] = rvx;
      f.rvy[i] = rvy;
      f.rvz[i] = rvz;
      const x = f.x[i]! + (f.bvx[i]! + rvx) * dt;
      const y = f.y[i]! + (f.bvy[i]! + rvy) * dt;
      const z = f.z[i]! + (f.bvz[i]! + rvz) * dt;
      f.x[i] = x;
      f.y[i] = y;
      f.z[i] = z;
      if (age < 0) continue;
      const t = age / life;
      const grow = f.ease[i]! > 0 ? 1 - (1 - t) * (1 - t) * (1 - t) : t;
      const size = f.size0[i]! + (f.size1[i]! - f.size0[i]!) * grow;
      const light = Math.pow(1 - t, f.fade[i]!);
      const r = f.r0[i]! + (f.r1[i]! - f.r0[i]!) * t;
      const g = f.g0[i]! + (f.g1[i]! - f.g0[i]!) * t;
      const b = f.b0[i]! + (f.b1[i]! - f.b0[i]!) * t;
      const stretch = f.stretch[i]!;
      const ax = rvx * stretch + f.ax[i]!;
      const ay = rvy * stretch + f.ay[i]!;
      const az = rvz * stretch + f.az[i]!;
      const shape = f.shape[i] as GlowShapeValue;
      const param = f.param[i]! + f.spin[i]! * age;
      if (f.layer[i] === 1) {
        // Smoke: fades in quickly, then thins; the colour stays, the opacity goes.
        const opacity = f.core[i]! * light * Math.min(1, t * 8);
        smoke.push(x, y, z, ax, ay, az, size, shape, opacity, param, r, g, b);
      } else {
        batch.push(
          x,
          y,
          z,
          ax,
          ay,
          az,
          size,
          shape,
          f.core[i]!,
          param,
          r * light,
          g * light,
          b * light,
        );
      }
    }
    batch.end();
    smoke.end();
  }

  private remove(i: number): void {
    const last = --this.count;
    if (i === last) return;
    for (const name of FIELDS) {
      const a = this.f[name];
      a[i] = a[last]!;
    }
  }
}

/** The one shared pool: explosions, hits and bursts all emit into it. */
export const fx = new FxParticles();
