/**
 * Deterministic transcendental functions for the simulation.
 *
 * Replays recorded in a browser are verified in Node, and the two ship different V8
 * versions whose Math.sin, Math.atan2, Math.hypot… may round differently in the last
 * bit (measured: about 1 in 10,000 arguments). One differing bit is a diverged replay.
 * These use only + − × ÷, Math.sqrt (exactly rounded by IEEE 754 everywhere) and
 * Math.round/abs/floor (exact), so every engine computes the same bits. They are accurate
 * to a few ulp, which is all a game needs; determinism is the point.
 * ESLint forbids the Math versions inside src/sim.
 */

const PI = 3.141592653589793;
const HALF_PI = 1.5707963267948966;
const QUARTER_PI = 0.7853981633974483;
const TWO_OVER_PI = 0.6366197723675814;
// π/2 split in three parts (Cody–Waite) so x − k·π/2 stays accurate for game-sized angles.
const PIO2_1 = 1.5707963267341256;
const PIO2_2 = 6.077100506506192e-11;
const PIO2_3 = 2.0222662487959506e-21;

// fdlibm's kernel polynomials for sin and cos on [−π/4, π/4].
const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.0875723212981748279e-9;
const C6 = -1.13596475577881948265e-11;

function kernelSin(x: number): number {
  const z = x * x;
  return x + x * z * (S1 + z * (S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))));
}

function kernelCos(x: number): number {
  const z = x * x;
  return 1 - 0.5 * z + z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
}

/** Quadrant and reduced argument of x: x = k·π/2 + r, |r| ≤ π/4. */
let reduced = 0;
function reduce(x: number): number {
  const k = Math.round(x * TWO_OVER_PI);
  reduced = x - k * PIO2_1 - k * PIO2_2 - k * PIO2_3;
  return k;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const k = reduce(x);
  switch (((k % 4) + 4) % 4) {
    case 0:
      return kernelSin(reduced);
    case 1:
      return kernelCos(reduced);
    case 2:
      return -kernelSin(reduced);
    default:
      return -kernelCos(reduced);
  }
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const k = reduce(x);
  switch (((k % 4) + 4) % 4) {
    case 0:
      return kernelCos(reduced);
    case 1:
      return -kernelSin(reduced);
    case 2:
      return -kernelCos(reduced);
    default:
      return kernelSin(reduced);
  }
}

const TAN_PI_8 = 0.41421356237309503;
const TAN_PI_16 = 0.198912367379658;
const PI_8 = 0.39269908169872414;

/** atan on |t| ≤ tan(π/16) by its Taylor series (t² ≤ 0.04: 12 terms reach 1e-17). */
function atanSmall(t: number): number {
  const z = t * t;
  let sum = 0;
  for (let n = 23; n >= 3; n -= 2) sum = z * (1 / n - sum);
  return t * (1 - sum);
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const negative = x < 0;
  let t = negative ? -x : x;
  let base = 0;
  if (t > 1) {
    // atan(t) = π/2 − atan(1/t)
    t = 1 / t;
    base = HALF_PI;
  }
  let offset = 0;
  if (t > TAN_PI_8) {
    // atan(t) = π/4 + atan((t − 1)/(t + 1))
    t = (t - 1) / (t + 1);
    offset = QUARTER_PI;
  }
  // One more halving of the range around tan(π/8) keeps the series short.
  let shift = 0;
  if (t > TAN_PI_16) {
    t = (t - TAN_PI_8) / (1 + t * TAN_PI_8);
    shift = PI_8;
  } else if (t < -TAN_PI_16) {
    t = (t + TAN_PI_8) / (1 - t * TAN_PI_8);
    shift = -PI_8;
  }
  let r = offset + shift + atanSmall(t);
  if (base !== 0) r = base - r;
  return negative ? -r : r;
}

export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) return y > 0 ? HALF_PI : y < 0 ? -HALF_PI : 0;
  const a = atan(y / x);
  if (x > 0) return a;
  return y >= 0 ? a + PI : a - PI;
}

export function asin(x: number): number {
  if (!(x >= -1 && x <= 1)) return NaN;
  return atan2(x, Math.sqrt((1 - x) * (1 + x)));
}

export function acos(x: number): number {
  if (!(x >= -1 && x <= 1)) return NaN;
  return atan2(Math.sqrt((1 - x) * (1 + x)), x);
}

/** Length of a 2- or 3-vector. Plain sum of squares: game magnitudes never overflow. */
export function hypot(a: number, b: number, c = 0): number {
  return Math.sqrt(a * a + b * b + c * c);
}
