/**
 * A small kit for the enemy ships (the other players of Infinity): sleek, faceted
 * fighters with neon trim. Each ship is ONE mesh node with exactly two primitives,
 * `Hull` (dark gunmetal PBR, panel shading in COLOR_0) and `Glow` (neutral white
 * emissive that the game tints per player), so hundreds can be drawn instanced.
 *
 * Shapes are built from closed, flat-shaded solids (lofted cross-sections, beams, wings)
 * plus a few lathed round parts (nozzles). Everything is deterministic.
 */
import { getBounds, type Document, type vec3 } from '@gltf-transform/core';
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import {
  ModelBuilder,
  lathe,
  prepareGeometry,
  type MaterialDef,
  type Placement,
  type ProfilePoint,
} from './gltf-helpers';

export type V3 = [number, number, number];
export type ShipMaterial = 'Hull' | 'Glow';

/** The two materials every enemy ship uses, in primitive order. */
export const SHIP_MATERIALS: MaterialDef[] = [
  { name: 'Hull', color: '#5c5e63', metallic: 0.6, roughness: 0.4 },
  { name: 'Glow', color: '#ffffff', metallic: 0, roughness: 0.5, emissive: [1, 1, 1] },
];

/** Collision data the simulation copies: overall length and bounding-sphere radius (m). */
export interface ShipDimensions {
  lengthM: number;
  radiusM: number;
  widthM: number;
  heightM: number;
}

// ---------------------------------------------------------------------------
// Solids
// ---------------------------------------------------------------------------

type Tri = [V3, V3, V3];

const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: V3): V3 => {
  const l = Math.hypot(a[0], a[1], a[2]);
  return l < 1e-12 ? [0, 0, 0] : scale(a, 1 / l);
};
export const lerp3 = (a: V3, b: V3, t: number): V3 => add(a, scale(sub(b, a), t));
const centroid = (pts: V3[]): V3 =>
  scale(
    pts.reduce<V3>((acc, p) => add(acc, p), [0, 0, 0]),
    1 / pts.length,
  );
const faceNormal = (t: Tri): V3 => cross(sub(t[1], t[0]), sub(t[2], t[0]));
const isDegenerate = (t: Tri): boolean => Math.hypot(...faceNormal(t)) < 1e-7;

/** Flat-shaded, non-indexed geometry from a triangle list. */
function flatGeometry(tris: Tri[]): BufferGeometry {
  const pos: number[] = [];
  for (const t of tris) {
    if (isDegenerate(t)) continue;
    for (const p of t) pos.push(p[0], p[1], p[2]);
  }
  const geo = new BufferGeometry();
  geo.setAttribute('position', new Float32BufferAttribute(pos, 3));
  geo.computeVertexNormals();
  return geo;
}

/**
 * Skins a closed, flat-shaded solid through rings of equal size (a ring may collapse
 * to a single point, e.g. a nose tip). Ends are capped with fans; winding faces outward.
 */
export function sectionLoft(
  rings: V3[][],
  caps: { start?: boolean; end?: boolean } = {},
): BufferGeometry {
  const n = rings[0]?.length ?? 0;
  if (rings.length < 2 || n < 3 || rings.some((r) => r.length !== n)) {
    throw new Error('sectionLoft needs at least two rings of equal size (>= 3 points)');
  }
  const side: Tri[] = [];
  let score = 0;
  for (let k = 0; k < rings.length - 1; k++) {
    const r0 = rings[k]!;
    const r1 = rings[k + 1]!;
    const axis = scale(add(centroid(r0), centroid(r1)), 0.5);
    for (let i = 0; i < n; i++) {
      const a = r0[i]!;
      const b = r0[(i + 1) % n]!;
      const c = r1[i]!;
      const d = r1[(i + 1) % n]!;
      for (const t of [
        [a, b, d],
        [a, d, c],
      ] as Tri[]) {
        if (isDegenerate(t)) continue;
        side.push(t);
        score += dot(faceNormal(t), sub(centroid(t), axis));
      }
    }
  }
  const tris: Tri[] = score < 0 ? side.map(([a, b, c]) => [a, c, b] as Tri) : side;
  const cap = (ring: V3[], neighbour: V3[]): void => {
    const c = centroid(ring);
    if (ring.every((p) => Math.hypot(...sub(p, c)) < 1e-6)) return;
    const out = sub(c, centroid(neighbour));
    for (let i = 0; i < n; i++) {
      const t: Tri = [c, ring[i]!, ring[(i + 1) % n]!];
      if (isDegenerate(t)) continue;
      tris.push(dot(faceNormal(t), out) < 0 ? [c, t[2], t[1]] : t);
    }
  };
  if (caps.start !== false) cap(rings[0]!, rings[1]!);
  if (caps.end !== false) cap(rings[rings.length - 1]!, rings[rings.length - 2]!);
  return flatGeometry(tris);
}

/** A ring in the XY plane at depth `z` from 2D points (x, y). */
export function ringAt(z: number, pts: [number, number][], dx = 0, dy = 0): V3[] {
  return pts.map(([x, y]) => [x + dx, y + dy, z]);
}

/** Orthonormal frame (side, up) around a direction, with `upHint` as the preferred up. */
function frame(dir: V3, upHint: V3 = [0, 1, 0]): [V3, V3] {
  let side = cross(dir, upHint);
  if (Math.hypot(...side) < 1e-6) side = cross(dir, [1, 0, 0]);
  side = norm(side);
  return [side, norm(cross(side, dir))];
}

/** A rectangular bar from `a` to `b`, `w` wide (along side) and `h` high (along up). */
export function beam(a: V3, b: V3, w: number, h: number, upHint: V3 = [0, 1, 0]): BufferGeometry {
  const [s, u] = frame(norm(sub(b, a)), upHint);
  const ring = (p: V3): V3[] =>
    (
      [
        [1, 1],
        [-1, 1],
        [-1, -1],
        [1, -1],
      ] as const
    ).map(([i, j]) => add(add(p, scale(s, (i * w) / 2)), scale(u, (j * h) / 2)));
  return sectionLoft([ring(a), ring(b)]);
}

/** Beams along a polyline (neon trim). */
export function trim(points: V3[], w: number, h: number, upHint: V3 = [0, 1, 0]): BufferGeometry[] {
  const out: BufferGeometry[] = [];
  for (let i = 0; i < points.length - 1; i++)
    out.push(beam(points[i]!, points[i + 1]!, w, h, upHint));
  return out;
}

/** An n-sided prism from `a` to `b` with radii ra, rb (a cone if one is 0). */
export function prism(a: V3, b: V3, ra: number, rb: number, n: number, roll = 0): BufferGeometry {
  const [s, u] = frame(norm(sub(b, a)));
  const ring = (p: V3, r: number): V3[] => {
    const out: V3[] = [];
    for (let i = 0; i < n; i++) {
      const t = roll + (i / n) * Math.PI * 2;
      out.push(add(add(p, scale(s, r * Math.cos(t))), scale(u, r * Math.sin(t))));
    }
    return out;
  };
  return sectionLoft([ring(a, ra), ring(b, rb)]);
}

/** An axis-aligned box given its centre and full size. */
export function box(c: V3, size: V3): BufferGeometry {
  const [hx, hy, hz] = scale(size, 0.5);
  const face = (z: number): V3[] => [
    [c[0] + hx, c[1] + hy, z],
    [c[0] - hx, c[1] + hy, z],
    [c[0] - hx, c[1] - hy, z],
    [c[0] + hx, c[1] - hy, z],
  ];
  return sectionLoft([face(c[2] - hz), face(c[2] + hz)]);
}

/** A box with chamfered edges (octagonal section along Z). */
export function chamferBox(c: V3, size: V3, bevel: number): BufferGeometry {
  const [hx, hy, hz] = scale(size, 0.5);
  const b = Math.min(bevel, hx * 0.9, hy * 0.9);
  const oct: [number, number][] = [
    [hx, hy - b],
    [hx - b, hy],
    [-hx + b, hy],
    [-hx, hy - b],
    [-hx, -hy + b],
    [-hx + b, -hy],
    [hx - b, -hy],
    [hx, -hy + b],
  ];
  const zb = Math.min(b, hz * 0.45);
  const shrink = (z: number, k: number): V3[] =>
    oct.map(([x, y]) => [c[0] + x * k, c[1] + y * k, z]);
  const kx = 1 - zb / Math.max(hx, hy);
  return sectionLoft([
    shrink(c[2] - hz, kx),
    shrink(c[2] - hz + zb, 1),
    shrink(c[2] + hz - zb, 1),
    shrink(c[2] + hz, kx),
  ]);
}

/**
 * A wing (or fin) panel between a root chord and a tip chord: a lens-shaped section
 * `thickness` thick along `up` (the panel normal).
 */
export function wing(
  root: { le: V3; te: V3; t: number },
  tip: { le: V3; te: V3; t: number },
  up: V3 = [0, 1, 0],
): BufferGeometry {
  const u = norm(up);
  const section = (le: V3, te: V3, t: number): V3[] => [
    le,
    add(lerp3(le, te, 0.3), scale(u, t / 2)),
    add(lerp3(le, te, 0.75), scale(u, t * 0.3)),
    te,
    add(lerp3(le, te, 0.75), scale(u, -t * 0.3)),
    add(lerp3(le, te, 0.3), scale(u, -t / 2)),
  ];
  return sectionLoft([section(root.le, root.te, root.t), section(tip.le, tip.te, tip.t)]);
}

/**
 * A lathed round part along Z, split by material (the profile's `mat` names are
 * `Hull` / `Glow`): profile `y` runs from the rear (+Z, low y) forward (-Z, high y),
 * in ship coordinates relative to `at`. `roll` turns it about Z.
 */
export function latheZ(
  profile: ProfilePoint[],
  segments: number,
  at: V3,
  roll = 0,
): Map<string, BufferGeometry> {
  const placement: Placement = { position: at, rotation: [-Math.PI / 2, 0, roll], order: 'ZXY' };
  const out = new Map<string, BufferGeometry>();
  for (const [mat, geo] of lathe(profile, segments)) out.set(mat, prepareGeometry(geo, placement));
  return out;
}

// ---------------------------------------------------------------------------
// Parts and the finished ship
// ---------------------------------------------------------------------------

/** Collects geometry for the two primitives, with a grey `shade` per part in COLOR_0. */
export class ShipParts {
  private readonly parts = new Map<ShipMaterial, BufferGeometry[]>([
    ['Hull', []],
    ['Glow', []],
  ]);

  private count = 0;

  /**
   * Adds geometry with a grey `shade` in [0, 1]. Flat-shaded hull parts also get a small
   * per-facet variation (`panel`), keyed on the facet normal, for a plated look.
   */
  add(mat: ShipMaterial, geo: BufferGeometry | BufferGeometry[], shade = 1, panel = 0.14): this {
    for (const g of Array.isArray(geo) ? geo : [geo]) {
      const prepared = prepareGeometry(g);
      const nrm = prepared.getAttribute('normal');
      const colors = new Float32Array(nrm.count * 3);
      const part = ++this.count;
      for (let i = 0; i < nrm.count; i++) {
        let c = shade;
        if (mat === 'Hull' && panel > 0) {
          const h = hash(
            [nrm.getX(i), nrm.getY(i), nrm.getZ(i)].map((v) => Math.round(v * 50)),
            part,
          );
          c = shade * (1 - panel * h);
        }
        colors.fill(Math.round(c * 1000) / 1000, i * 3, i * 3 + 3);
      }
      prepared.setAttribute('color', new Float32BufferAttribute(colors, 3));
      this.parts.get(mat)!.push(prepared);
    }
    return this;
  }

  /** Adds a lathed (smooth) part whose profile uses the material names Hull / Glow. */
  addLathe(parts: Map<string, BufferGeometry>, shade = 1): this {
    for (const [mat, geo] of parts)
      this.add(mat as ShipMaterial, geo, mat === 'Glow' ? 1 : shade, 0);
    return this;
  }

  /** Moves everything by `offset`. */
  translate(offset: V3): void {
    for (const list of this.parts.values()) for (const g of list) g.translate(...offset);
  }

  /** Axis-aligned bounds of everything added so far. */
  bounds(): { min: V3; max: V3 } {
    const min: V3 = [Infinity, Infinity, Infinity];
    const max: V3 = [-Infinity, -Infinity, -Infinity];
    for (const list of this.parts.values()) {
      for (const g of list) {
        const p = g.getAttribute('position');
        for (let i = 0; i < p.count; i++) {
          const v = [p.getX(i), p.getY(i), p.getZ(i)];
          for (let k = 0; k < 3; k++) {
            min[k] = Math.min(min[k]!, v[k]!);
            max[k] = Math.max(max[k]!, v[k]!);
          }
        }
      }
    }
    return { min, max };
  }

  entries(): [string, BufferGeometry][] {
    const out: [string, BufferGeometry][] = [];
    for (const [mat, list] of this.parts) {
      if (list.length === 0) throw new Error(`no ${mat} geometry`);
      const merged = mergeGeometries(list, false);
      if (!merged) throw new Error('mergeGeometries failed');
      out.push([mat, mergeVertices(merged)]);
    }
    return out;
  }
}

/** A deterministic hash of integers into [0, 1). */
function hash(values: number[], seed: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  for (const v of values) {
    h = Math.imul(h ^ (v | 0), 0xcc9e2d51);
    h = (h << 13) | (h >>> 19);
    h = Math.imul(h, 5) + 0xe6546b64;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * Builds the glTF document: the root node is the single mesh node `name`; the model is
 * re-centred on its bounding box; `markers` (design coordinates) become empty children.
 */
export function finishShip(
  name: string,
  source: string,
  parts: ShipParts,
  markers: [string, V3][],
): Document {
  const { min, max } = parts.bounds();
  const offset: V3 = [0, 1, 2].map((k) => -round3((min[k]! + max[k]!) / 2)) as V3;
  parts.translate(offset);
  const b = new ModelBuilder(name, SHIP_MATERIALS, `Infinity models/${source}`);
  b.setRootMesh(parts);
  for (const [marker, p] of markers) {
    b.addEmpty(marker, [0, 1, 2].map((k) => round3(p[k]! + offset[k]!)) as vec3);
  }
  return b.doc;
}

/** Measures a built ship: bounding-box size and the farthest vertex from the origin. */
export function measureShip(doc: Document): ShipDimensions {
  const scene = doc.getRoot().getDefaultScene();
  if (!scene) throw new Error('no scene');
  const box = getBounds(scene);
  let r2 = 0;
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')!;
      const v: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, v);
        r2 = Math.max(r2, v[0]! * v[0]! + v[1]! * v[1]! + v[2]! * v[2]!);
      }
    }
  }
  return {
    lengthM: box.max[2] - box.min[2],
    widthM: box.max[0] - box.min[0],
    heightM: box.max[1] - box.min[1],
    radiusM: Math.sqrt(r2),
  };
}

/** Mirrors a point to the other side (x → -x). */
export const mx = (p: V3, s: number): V3 => [p[0] * s, p[1], p[2]];
