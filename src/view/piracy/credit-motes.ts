import type { GlowBatch } from '../combat/glow-batch';
import { GlowShape } from '../combat/glow-batch';
import type { Rgb } from '../combat/palette';
import { hash01 } from './piracy-view';

const FIELDS = [
  'x',
  'y',
  'z',
  'vx',
  'vy',
  'vz',
  'age',
  'life',
  'size',
  'r',
  'g',
  'b',
  'seed',
] as const;
type Field = (typeof FIELDS)[number];

/** Motes closer than this to their goal have arrived (metres). */
const ARRIVE_M = 4;

/**
 * Gold motes that home in on a moving point: credits pouring into the Callister.
 * Each is thrown out with its own velocity, then steers ever harder toward the goal
 * (the ship's ventral emitter, passed in each frame) until it arrives or expires.
 * Structure-of-arrays, no per-frame allocation; drawn into a shared GlowBatch.
 */
export class CreditMotes {
  count = 0;
  /** Rises with every mote that arrives, decays over a fraction of a second (the ship's glow). */
  absorbed = 0;
  private capacity = 0;
  private readonly f = {} as Record<Field, Float32Array>;

  constructor(initialCapacity = 128) {
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
    this.absorbed = 0;
  }

  /** One mote at (x, y, z) moving at (vx, vy, vz), starting after `delay` seconds. */
  add(
    x: number,
    y: number,
    z: number,
    vx: number,
    vy: number,
    vz: number,
    size: number,
    life: number,
    delay: number,
    color: Rgb,
  ): void {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const f = this.f;
    const i = this.count++;
    f.x[i] = x;
    f.y[i] = y;
    f.z[i] = z;
    f.vx[i] = vx;
    f.vy[i] = vy;
    f.vz[i] = vz;
    f.age[i] = -delay;
    f.life[i] = life;
    f.size[i] = size;
    f.r[i] = color.r;
    f.g[i] = color.g;
    f.b[i] = color.b;
    f.seed[i] = (i * 7.31 + x * 0.13) % 6.28;
  }

  /**
   * Steps every mote toward the goal (gx, gy, gz) moving at (gvx, gvy, gvz), and draws
   * them as short gold streaks with a twinkle.
   */
  update(
    dt: number,
    time: number,
    gx: number,
    gy: number,
    gz: number,
    gvx: number,
    gvy: number,
    gvz: number,
    batch: GlowBatch,
  ): void {
    const f = this.f;
    this.absorbed *= Math.exp(-dt * 5);
    for (let i = 0; i < this.count; i++) {
      const age = f.age[i]! + dt;
      f.age[i] = age;
      let x = f.x[i]!;
      let y = f.y[i]!;
      let z = f.z[i]!;
      let vx = f.vx[i]!;
      let vy = f.vy[i]!;
      let vz = f.vz[i]!;
      if (age < 0) {
        // Waiting its turn: ride along with the goal.
        f.x[i] = x + gvx * dt;
        f.y[i] = y + gvy * dt;
        f.z[i] = z + gvz * dt;
        continue;
      }
      const dx = gx - x;
      const dy = gy - y;
      const dz = gz - z;
      const dist = Math.hypot(dx, dy, dz);
      const life = f.life[i]!;
      if (dist < ARRIVE_M || age >= life) {
        if (dist < ARRIVE_M * 3) this.absorbed = Math.min(3, this.absorbed + 0.08);
        this.remove(i);
        i--;
        continue;
      }
      // Steering tightens with age: a loose, glittering spray that ends in a dive.
      const t = age / life;
      const speed = 60 + dist * (2 + 6 * t);
      const steer = Math.min(1, dt * (2 + 22 * t * t));
      vx += (gvx + (dx / dist) * speed - vx) * steer;
      vy += (gvy + (dy / dist) * speed - vy) * steer;
      vz += (gvz + (dz / dist) * speed - vz) * steer;
      // Never step past the goal.
      const step = Math.min(1, dist / Math.max(1e-3, Math.hypot(vx, vy, vz) * dt));
      x += vx * dt * step;
      y += vy * dt * step;
      z += vz * dt * step;
      f.x[i] = x;
      f.y[i] = y;
      f.z[i] = z;
      f.vx[i] = vx;
      f.vy[i] = vy;
      f.vz[i] = vz;
      const fadeIn = Math.min(1, age * 12);
      const twinkle = 0.7 + 0.3 * Math.sin(time * 23 + f.seed[i]! * 5);
      const light = fadeIn * twinkle;
      // Streak along the motion relative to the goal (the ship), so they read against it.
      const stretch = 0.012;
      const size = f.size[i]!;
      batch.push(
        x,
        y,
        z,
        (vx - gvx) * stretch,
        (vy - gvy) * stretch,
        (vz - gvz) * stretch,
        size,
        GlowShape.Comet,
        0.9,
        0.15,
        f.r[i]! * light,
        f.g[i]! * light,
        f.b[i]! * light,
      );
      if (hash01(i, Math.floor(time * 10)) > 0.93) {
        batch.push(
          x,
          y,
          z,
          0,
          0,
          0,
          size * 4,
          GlowShape.Star,
          1,
          f.seed[i]!,
          f.r[i]! * 0.6,
          f.g[i]! * 0.6,
          f.b[i]! * 0.6,
        );
      }
    }
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
