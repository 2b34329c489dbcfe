import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import * as det from './math/det-math';

/**
 * The sim's only source of randomness. The generator lives inside the sim state so
 * that its state is hashed and a replay reproduces every roll.
 * xoroshiro128+ (pure-rand) is fast, well tested, and exposes its state.
 */
export interface SimRng {
  readonly generator: JumpableRandomGenerator;
}

export function createRng(seed: number): SimRng {
  return { generator: xoroshiro128plus(seed | 0) };
}

export function rngFromState(state: readonly number[]): SimRng {
  return { generator: xoroshiro128plusFromState(state) };
}

export function rngState(rng: SimRng): readonly number[] {
  return rng.generator.getState();
}

/** Uniform in [0, 1). */
export function rngFloat(rng: SimRng): number {
  return uniformFloat64(rng.generator);
}

/** Uniform in [min, max). */
export function rngRange(rng: SimRng, min: number, max: number): number {
  return min + (max - min) * rngFloat(rng);
}

/** Uniform integer in [min, max], both included. */
export function rngInt(rng: SimRng, min: number, max: number): number {
  return min + Math.floor(rngFloat(rng) * (max - min + 1));
}

/** A uniformly distributed point inside a ball, by rejection (no trig, fully deterministic). */
export function rngInBall(rng: SimRng, radius: number): [number, number, number] {
  for (;;) {
    const x = rngRange(rng, -1, 1);
    const y = rngRange(rng, -1, 1);
    const z = rngRange(rng, -1, 1);
    if (x * x + y * y + z * z <= 1) return [x * radius, y * radius, z * radius];
  }
}

/** A uniformly distributed unit vector. */
export function rngUnitVector(rng: SimRng): [number, number, number] {
  for (;;) {
    const [x, y, z] = rngInBall(rng, 1);
    const len = det.hypot(x, y, z);
    if (len > 1e-3) return [x / len, y / len, z / len];
  }
}
