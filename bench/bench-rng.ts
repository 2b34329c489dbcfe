/**
 * The benchmark's own seeded generator (mulberry32), so the load it adds (extra shots,
 * baseline motion) never draws from the sim's RNG and every run adds the same load.
 */
export interface BenchRng {
  /** Uniform in [0, 1). */
  next(): number;
  range(min: number, max: number): number;
  /** A uniformly distributed unit vector. */
  unitVector(): [number, number, number];
}

export function createBenchRng(seed: number): BenchRng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    unitVector: () => {
      const z = next() * 2 - 1;
      const a = next() * Math.PI * 2;
      const r = Math.sqrt(1 - z * z);
      return [r * Math.cos(a), z, r * Math.sin(a)];
    },
  };
}
