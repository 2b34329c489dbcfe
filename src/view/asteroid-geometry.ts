import { BufferAttribute, IcosahedronGeometry, type BufferGeometry } from 'three';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { createNoise3 } from './noise3';
import { deriveSeed, mulberry32, randRange, randUnitVector } from './seeded-random';

/**
 * Rock shapes for the asteroid field, unit radius: every vertex lies within
 * 1.0 of the origin and the furthest one touches it, so a collision sphere of
 * radius 1 × scale matches the silhouette's extent.
 *
 * Icosahedron subdivision 7 (three's detail counts segments per edge, so this
 * is 20·8² = 1280 triangles, 642 vertices): enough for craters to read, cheap
 * enough for hundreds of instances on software WebGL.
 */
const DETAIL = 7;

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
  [0.22, 0.215, 0.21],
  [0.27, 0.21, 0.16],
  [0.18, 0.17, 0.175],
  [0.3, 0.26, 0.22],
  [0.15, 0.14, 0.135],
  [0.25, 0.19, 0.15],
];
const VEIN: readonly [number, number, number] = [0.05, 0.55, 0.5];

export function createAsteroidGeometries(seed: number, variants = 6): BufferGeometry[] {
  const out: BufferGeometry[] = [];
  for (let v = 0; v < variants; v++) out.push(createAsteroid(deriveSeed(seed, 0x415354 + v), v));
  return out;
}

function createAsteroid(seed: number, variant: number): BufferGeometry {
  const rand = mulberry32(seed);
  const noise = createNoise3(deriveSeed(seed, 1));

  const ico = new IcosahedronGeometry(1, DETAIL);
  // Polyhedron output is unindexed; weld it so displacement and smooth normals
  // are shared across faces and no cracks open between triangles.
  ico.deleteAttribute('normal');
  ico.deleteAttribute('uv');
  const geo = mergeVertices(ico);
  ico.dispose();

  // Overall elongation: few real asteroids are round.
  const sx = 1;
  const sy = randRange(rand, 0.74, 0.95);
  const sz = randRange(rand, 0.68, 0.9);
  const lumpiness = randRange(rand, 0.18, 0.3);
  const off = randRange(rand, 0, 100);

  const craters: Crater[] = [];
  const craterCount = 4 + Math.floor(rand() * 6);
  const c: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < craterCount; i++) {
    randUnitVector(rand, c);
    const angle = randRange(rand, 0.18, 0.55) * (i === 0 ? 1.4 : 1);
    craters.push({
      x: c[0],
      y: c[1],
      z: c[2],
      size: 1 - Math.cos(angle),
      depth: randRange(rand, 0.05, 0.12) * (angle / 0.4),
    });
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

    let r = 1;
    r += lumpiness * noise.fbm(x * 1.2 + off, y * 1.2, z * 1.2, 3);
    r += 0.05 * noise.fbm(x * 4.5, y * 4.5 + off, z * 4.5, 3);

    // Bowl with a raised rim; the rim is what catches light and sells the crater.
    let floor = 0;
    let rim = 0;
    for (const cr of craters) {
      const t = (1 - (x * cr.x + y * cr.y + z * cr.z)) / cr.size;
      if (t > 2.2) continue;
      const q = Math.sqrt(t);
      if (q < 1) {
        r -= cr.depth * (1 - q * q);
        floor = Math.max(floor, 1 - q);
      }
      const rimBump = Math.exp(-((q - 1) * (q - 1)) / 0.04);
      r += cr.depth * 0.35 * rimBump;
      rim = Math.max(rim, rimBump);
    }

    const px = x * r * sx;
    const py = y * r * sy;
    const pz = z * r * sz;
    pos.setXYZ(i, px, py, pz);
    maxR = Math.max(maxR, Math.hypot(px, py, pz));

    // Colour: mottled albedo, dusty crater floors, lighter rims.
    const mottled = 0.85 + 0.3 * noise.fbm(x * 3 + 17, y * 3, z * 3 - off, 2);
    let shade = mottled * (1 - 0.25 * floor) * (1 + 0.15 * rim);
    let cr = palette[0] * shade;
    let cg = palette[1] * shade;
    let cb = palette[2] * shade;
    if (hasVeins) {
      // Thin ridged-noise lines: where a noise field crosses zero.
      const vn = Math.abs(noise.noise(x * 2.2 - off, y * 2.2, z * 2.2 + 5));
      const vein = Math.max(0, 1 - vn / 0.045);
      if (vein > 0) {
        shade = vein * vein * 0.8;
        cr += (VEIN[0] - cr) * shade;
        cg += (VEIN[1] - cg) * shade;
        cb += (VEIN[2] - cb) * shade;
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
  geo.computeVertexNormals();
  geo.computeBoundingSphere();
  geo.computeBoundingBox();
  return geo;
}
