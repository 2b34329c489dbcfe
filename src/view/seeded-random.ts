/**
 * Small seeded PRNG for cosmetic, view-only randomness (star layouts, rock
 * shapes). It is deliberately separate from the simulation RNG: nothing here
 * may feed back into game state, so it can never cause a desync.
 */

export type RandomFn = () => number;

/** mulberry32: 32-bit state, good enough for decoration and tiny. Returns [0, 1). */
export function mulberry32(seed: number): RandomFn {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a seed with a salt so that the several decorative layers built from one
 * sector seed (nebula, stars, rocks) don't share their random streams and end
 * up visibly correlated.
 */
export function deriveSeed(seed: number, salt: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(salt | 0, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function randRange(rand: RandomFn, min: number, max: number): number {
  return min + (max - min) * rand();
}

/** Uniformly distributed unit vector, written into `out` to avoid allocation. */
export function randUnitVector(
  rand: RandomFn,
  out: [number, number, number] = [0, 0, 0],
): [number, number, number] {
  const z = rand() * 2 - 1;
  const phi = rand() * Math.PI * 2;
  const r = Math.sqrt(1 - z * z);
  out[0] = r * Math.cos(phi);
  out[1] = r * Math.sin(phi);
  out[2] = z;
  return out;
}
