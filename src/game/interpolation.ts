import type { Body } from 'cannon-es';

/**
 * Remembers every body's transform from the previous tick so the view can draw
 * between ticks (alpha) and motion stays smooth at any display rate. Keyed by body
 * in a WeakMap: ships and debris come and go, and a removed body's slot is freed
 * with it.
 */
export class TransformHistory {
  private readonly previous = new WeakMap<Body, Float64Array>();

  /** Copy the current transforms before the sim steps. */
  capture(bodies: readonly Body[]): void {
    for (const body of bodies) {
      let slot = this.previous.get(body);
      if (!slot) {
        slot = new Float64Array(7);
        this.previous.set(body, slot);
      }
      slot[0] = body.position.x;
      slot[1] = body.position.y;
      slot[2] = body.position.z;
      slot[3] = body.quaternion.x;
      slot[4] = body.quaternion.y;
      slot[5] = body.quaternion.z;
      slot[6] = body.quaternion.w;
    }
  }

  /** Writes the interpolated position of `body` into `out`. */
  position(body: Body, alpha: number, out: { x: number; y: number; z: number }): void {
    const p = this.previous.get(body);
    const c = body.position;
    if (!p) {
      out.x = c.x;
      out.y = c.y;
      out.z = c.z;
      return;
    }
    out.x = p[0]! + (c.x - p[0]!) * alpha;
    out.y = p[1]! + (c.y - p[1]!) * alpha;
    out.z = p[2]! + (c.z - p[2]!) * alpha;
  }

  /** Writes the interpolated orientation (normalised lerp, shortest arc) into `out`. */
  quaternion(body: Body, alpha: number, out: { x: number; y: number; z: number; w: number }): void {
    const p = this.previous.get(body);
    const q = body.quaternion;
    if (!p) {
      out.x = q.x;
      out.y = q.y;
      out.z = q.z;
      out.w = q.w;
      return;
    }
    let px = p[3]!;
    let py = p[4]!;
    let pz = p[5]!;
    let pw = p[6]!;
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
