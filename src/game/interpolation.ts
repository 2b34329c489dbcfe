import type { Body } from 'cannon-es';

/**
 * Remembers every drawn body's transform from the previous tick so the view can draw
 * between ticks (alpha) and motion stays smooth at any display rate.
 */
export class TransformHistory {
  private previous = new Float64Array(0);
  private count = 0;

  /** Copy the current transforms before the sim steps. */
  capture(bodies: readonly Body[]): void {
    this.count = bodies.length;
    if (this.previous.length < bodies.length * 7)
      this.previous = new Float64Array(bodies.length * 7);
    const out = this.previous;
    for (let i = 0; i < bodies.length; i++) {
      const b = bodies[i]!;
      const o = i * 7;
      out[o] = b.position.x;
      out[o + 1] = b.position.y;
      out[o + 2] = b.position.z;
      out[o + 3] = b.quaternion.x;
      out[o + 4] = b.quaternion.y;
      out[o + 5] = b.quaternion.z;
      out[o + 6] = b.quaternion.w;
    }
  }

  /** Writes the interpolated position of body `index` into `out`. */
  position(
    index: number,
    body: Body,
    alpha: number,
    out: { x: number; y: number; z: number },
  ): void {
    if (index >= this.count) {
      out.x = body.position.x;
      out.y = body.position.y;
      out.z = body.position.z;
      return;
    }
    const o = index * 7;
    const p = this.previous;
    out.x = p[o]! + (body.position.x - p[o]!) * alpha;
    out.y = p[o + 1]! + (body.position.y - p[o + 1]!) * alpha;
    out.z = p[o + 2]! + (body.position.z - p[o + 2]!) * alpha;
  }

  /** Writes the interpolated orientation (normalised lerp, shortest arc) into `out`. */
  quaternion(
    index: number,
    body: Body,
    alpha: number,
    out: { x: number; y: number; z: number; w: number },
  ): void {
    const q = body.quaternion;
    if (index >= this.count) {
      out.x = q.x;
      out.y = q.y;
      out.z = q.z;
      out.w = q.w;
      return;
    }
    const o = index * 7;
    const p = this.previous;
    let px = p[o + 3]!;
    let py = p[o + 4]!;
    let pz = p[o + 5]!;
    let pw = p[o + 6]!;
    if (px * q.x + py * q.y + pz * q.z + pw * q.w < 0) {
      px = -px;
      py = -py;
      pz = -pz;
      pw = -pw;
    }
    const x = px + (q.x - px) * alpha;
    const y = py + (q.y - py) * alpha;
    const z = pz + (q.z - pz) * alpha;
    const w = pw + (q.w - pw) * alpha;
    const len = Math.hypot(x, y, z, w) || 1;
    out.x = x / len;
    out.y = y / len;
    out.z = z / len;
    out.w = w / len;
  }
}
