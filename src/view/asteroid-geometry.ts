import { BufferAttribute, IcosahedronGeometry, type BufferGeometry } from 'three';
import { mergeVertices, toCreasedNormals } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { createNoise3 } from './noise3';
import { deriveSeed, mulberry32, randRange, randUnitVector } from './seeded-random';

/**
 * Rock shapes for the asteroid field, unit radius: every vertex lies within
 * 1.0 of the origin and the furthest one touches it, so a collision sphere of
 * radius 1 × scale matches the silhouette's extent.
 *
 * Icosahedron subdivision 7 (three's detail counts segments per edge, so this
 * is 20·8² = 1280 triangles): enough for craters and fracture faces to read,
 * cheap enough for hundreds of instances on software WebGL. The result is
 * unindexed (3840 vertices) because creased normals split vertices on edges.
 */
const DETAIL = 7;
const CREASE_ANGLE = (38 * Math.PI) / 180;

interface Crater {
  x: number;
  y: number;
  z: number;
  /** Angular radius as 1 - cos(angle), so the test needs only a dot product. */
  size: number;
  depth: number;
}

// Linear-space rock tones; the mineral is the game's teal, kept dim enough to
// read as a vein in the stone rather than a decal.
const ROCK_PALETTES: readonly (readonly [number, number, number])[] = [
  [0.15, 0.145, 0.14],
  [0.19, 0.145, 0.11],
  [0.12, 0.115, 0.12],
  [0.21, 0.18, 0.15],
  [0.1, 0.095, 0.09],
  [0.17, 0.13, 0.1],
];
const VEIN: readonly [number, number, number] = [0.03, 0.42, 0.4];

export function createAsteroidGeometries(
  seed: number,
  variants = 6,
  detail = DETAIL,
): BufferGeometry[] {
  const out: BufferGeometry[] = [];
  for (let v = 0; v < variants; v++)
    out.push(createAsteroid(deriveSeed(seed, 0x415354 + v), v, detail));
  return out;
}

/** Subdivision for distant rocks: the same noise-shaped silhouette in a seventh of the triangles. */
export const FAR_DETAIL = 2;

interface Cut {
  x: number;
  y: number;
  z: number;
  offset: number;
}

function createAsteroid(seed: number, variant: number, detail: number): BufferGeometry {
  const rand = mulberry32(seed);
  const noise = createNoise3(deriveSeed(seed, 1));

  const ico = new IcosahedronGeometry(1, detail);
  // Polyhedron output is unindexed; weld it so displacement is shared across
  // faces and no cracks open between triangles.
  ico.deleteAttribute('normal');
  ico.deleteAttribute('uv');
  const geo = mergeVertices(ico);
  ico.dispose();

  // Overall elongation: few real asteroids are round, but the rock should
  // still mostly fill its unit collision sphere.
  const sy = randRange(rand, 0.8, 0.95);
  const sz = randRange(rand, 0.72, 0.9);
  const lumpiness = randRange(rand, 0.15, 0.22);
  const off = randRange(rand, 0, 100);

  const craters: Crater[] = [];
  const craterCount = 3 + Math.floor(rand() * 5);
  const c: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < craterCount; i++) {
    randUnitVector(rand, c);
    const angle = randRange(rand, 0.2, 0.5) * (i === 0 ? 1.5 : 1);
    craters.push({
      x: c[0],
      y: c[1],
      z: c[2],
      size: 1 - Math.cos(angle),
      depth: randRange(rand, 0.06, 0.11) * (angle / 0.4),
    });
  }

  // Fracture planes: flat chipped faces are what make a lump read as broken
  // rock rather than a potato.
  const cuts: Cut[] = [];
  const cutCount = 2 + Math.floor(rand() * 4);
  for (let i = 0; i < cutCount; i++) {
    randUnitVector(rand, c);
    cuts.push({ x: c[0], y: c[1], z: c[2], offset: randRange(rand, 0.7, 0.85) });
  }

  const palette = ROCK_PALETTES[variant % ROCK_PALETTES.length]!;
  const hasVeins = rand() < 0.6;

  const pos = geo.getAttribute('position');
  const n = pos.count;
  const colors = new Float32Array(n * 3);
  let maxR = 0;
  for (let i = 0; i < n; i++) {
    let x = pos.getX(i);
    let y = pos.getY(i);
    let z = pos.getZ(i);
    const len = Math.hypot(x, y, z);
    x /= len;
    y /= len;
    z /= len;

    let r = 1 + lumpiness * noise.fbm(x * 1.1 + off, y * 1.1, z * 1.1, 3);
    const base = r;
    // Ridged layer: sharp crests where the noise folds, soft troughs between.
    const ridge = 1 - Math.abs(noise.noise(x * 3.2, y * 3.2 + off, z * 3.2));
    r += 0.09 * (ridge * ridge - 0.5);
    r += 0.03 * noise.noise(x * 8 + off, y * 8, z * 8);

    // Bowl with a raised rim; the rim is what catches light and sells the crater.
    let floor = 0;
    for (const cr of craters) {
      const t = (1 - (x * cr.x + y * cr.y + z * cr.z)) / cr.size;
      if (t > 2.2) continue;
      const q = Math.sqrt(t);
      if (q < 1) {
        r -= cr.depth * (1 - q * q);
        floor = Math.max(floor, 1 - q);
      }
      r += cr.depth * 0.4 * Math.exp(-((q - 1) * (q - 1)) / 0.03);
    }

    let px = x * r;
    let py = y * r * sy;
    let pz = z * r * sz;
    let cut = 0;
    for (const p of cuts) {
      const dist = px * p.x + py * p.y + pz * p.z - p.offset;
      if (dist > 0) {
        px -= p.x * dist;
        py -= p.y * dist;
        pz -= p.z * dist;
        cut = 1;
      }
    }
    pos.setXYZ(i, px, py, pz);
    maxR = Math.max(maxR, Math.hypot(px, py, pz));

    // Colour: mottled albedo, darker hollows and crater floors, fresher (paler)
    // stone on the fracture faces.
    const cavity = Math.max(-1, Math.min(1, (r - base) / 0.08));
    const mottled = 0.8 + 0.45 * noise.fbm(x * 2.5 + 17, y * 2.5, z * 2.5 - off, 3);
    const shade = mottled * (1 - 0.35 * floor) * (0.8 + 0.25 * cavity) * (1 + 0.15 * cut);
    let cr = palette[0] * shade;
    let cg = palette[1] * shade;
    let cb = palette[2] * shade;
    if (hasVeins) {
      // Mineral streaks: a band where a noise field crosses zero, strongest
      // where craters have dug into the rock and exposed it.
      const vn = Math.abs(noise.noise(x * 1.6 - off, y * 1.6, z * 1.6 + 5));
      const vein = Math.max(0, 1 - vn / 0.16) * (0.6 + 0.4 * floor);
      if (vein > 0) {
        const k = vein * vein * 0.75;
        cr += (VEIN[0] - cr) * k;
        cg += (VEIN[1] - cg) * k;
        cb += (VEIN[2] - cb) * k;
      }
    }
    colors[i * 3] = cr;
    colors[i * 3 + 1] = cg;
    colors[i * 3 + 2] = cb;
  }

  // Rescale so the furthest point sits exactly at radius 1.
  const k = 1 / maxR;
  for (let i = 0; i < n; i++) pos.setXYZ(i, pos.getX(i) * k, pos.getY(i) * k, pos.getZ(i) * k);
  pos.needsUpdate = true;
  geo.setAttribute('color', new BufferAttribute(colors, 3));

  // Creased normals: smooth across gentle curvature, hard edges on ridges,
  // crater rims and fracture planes, which is how rock catches light.
  const shaded = toCreasedNormals(geo, CREASE_ANGLE);
  geo.dispose();
  shaded.computeBoundingSphere();
  shaded.computeBoundingBox();
  return shaded;
}
