import { mulberry32 } from './seeded-random';

/**
 * Seeded 3D gradient (Perlin-style) noise for building geometry on the CPU.
 * Output is roughly in [-1, 1]. Seeded through a permutation table so each
 * sector/variant gets its own field without storing any textures.
 */
export interface Noise3 {
  noise(x: number, y: number, z: number): number;
  /** Fractal sum of `octaves` layers; normalized back to roughly [-1, 1]. */
  fbm(x: number, y: number, z: number, octaves: number, lacunarity?: number, gain?: number): number;
}

// The 12 cube-edge directions are the classic improved-Perlin gradient set:
// no multiplications needed to pick one and no directional bias.
const GRAD = new Float32Array([
  1, 1, 0, -1, 1, 0, 1, -1, 0, -1, -1, 0, 1, 0, 1, -1, 0, 1, 1, 0, -1, -1, 0, -1, 0, 1, 1, 0, -1, 1,
  0, 1, -1, 0, -1, -1,
]);

function fade(t: number): number {
  return t * t * t * (t * (t * 6 - 15) + 10);
}

export function createNoise3(seed: number): Noise3 {
  const rand = mulberry32(seed);
  const p = new Uint8Array(256);
  for (let i = 0; i < 256; i++) p[i] = i;
  for (let i = 255; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  // Doubled so lookups of (perm[x] + y) never need a wrap.
  const perm = new Uint8Array(512);
  const gradIndex = new Uint8Array(512);
  for (let i = 0; i < 512; i++) {
    perm[i] = p[i & 255]!;
    gradIndex[i] = (perm[i]! % 12) * 3;
  }

  function dot(h: number, x: number, y: number, z: number): number {
    const g = gradIndex[h]!;
    return GRAD[g]! * x + GRAD[g + 1]! * y + GRAD[g + 2]! * z;
  }

  function noise(x: number, y: number, z: number): number {
    const fx = Math.floor(x);
    const fy = Math.floor(y);
    const fz = Math.floor(z);
    const X = fx & 255;
    const Y = fy & 255;
    const Z = fz & 255;
    x -= fx;
    y -= fy;
    z -= fz;
    const u = fade(x);
    const v = fade(y);
    const w = fade(z);
    const A = perm[X]! + Y;
    const AA = perm[A]! + Z;
    const AB = perm[A + 1]! + Z;
    const B = perm[X + 1]! + Y;
    const BA = perm[B]! + Z;
    const BB = perm[B + 1]! + Z;
    const x1 = lerp(dot(AA, x, y, z), dot(BA, x - 1, y, z), u);
    const x2 = lerp(dot(AB, x, y - 1, z), dot(BB, x - 1, y - 1, z), u);
    const x3 = lerp(dot(AA + 1, x, y, z - 1), dot(BA + 1, x - 1, y, z - 1), u);
    const x4 = lerp(dot(AB + 1, x, y - 1, z - 1), dot(BB + 1, x - 1, y - 1, z - 1), u);
    return lerp(lerp(x1, x2, v), lerp(x3, x4, v), w);
  }

  function fbm(x: number, y: number, z: number, octaves: number, lacunarity = 2, gain = 0.5) {
    let sum = 0;
    let amp = 1;
    let norm = 0;
    let f = 1;
    for (let o = 0; o < octaves; o++) {
      sum += amp * noise(x * f, y * f, z * f);
      norm += amp;
      amp *= gain;
      f *= lacunarity;
    }
    return sum / norm;
  }

  return { noise, fbm };
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/**
 * GPU counterpart for shaders: hash-based 3D value noise and fixed-octave fbm.
 * Value noise (not gradient) because it is the cheapest thing that still looks
 * like clouds, and the backdrop runs full-screen on software WebGL too. Each
 * octave is rotated so the lattice axes don't line up into visible streaks.
 */
export const GLSL_NOISE3 = /* glsl */ `
float hash13(vec3 p3) {
  p3 = fract(p3 * 0.1031);
  p3 += dot(p3, p3.zyx + 31.32);
  return fract((p3.x + p3.y) * p3.z);
}

float vnoise(vec3 p) {
  vec3 i = floor(p);
  vec3 f = fract(p);
  vec3 u = f * f * (3.0 - 2.0 * f);
  float n000 = hash13(i);
  float n100 = hash13(i + vec3(1.0, 0.0, 0.0));
  float n010 = hash13(i + vec3(0.0, 1.0, 0.0));
  float n110 = hash13(i + vec3(1.0, 1.0, 0.0));
  float n001 = hash13(i + vec3(0.0, 0.0, 1.0));
  float n101 = hash13(i + vec3(1.0, 0.0, 1.0));
  float n011 = hash13(i + vec3(0.0, 1.0, 1.0));
  float n111 = hash13(i + vec3(1.0, 1.0, 1.0));
  return mix(
    mix(mix(n000, n100, u.x), mix(n010, n110, u.x), u.y),
    mix(mix(n001, n101, u.x), mix(n011, n111, u.x), u.y),
    u.z
  );
}

const mat3 NOISE_ROT = mat3(
  0.00, 0.80, 0.60,
  -0.80, 0.36, -0.48,
  -0.60, -0.48, 0.64
);

float fbm3(vec3 p) {
  float s = 0.0;
  float a = 0.5;
  for (int i = 0; i < 3; i++) {
    s += a * vnoise(p);
    p = NOISE_ROT * p * 2.03;
    a *= 0.5;
  }
  return s / 0.875;
}

float fbm4(vec3 p) {
  float s = 0.0;
  float a = 0.5;
  for (int i = 0; i < 4; i++) {
    s += a * vnoise(p);
    p = NOISE_ROT * p * 2.03;
    a *= 0.5;
  }
  return s / 0.9375;
}
`;
