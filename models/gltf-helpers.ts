/**
 * Shared helpers for the procedural ship models in models/: building geometry with
 * three.js (in Node) and turning it into a @gltf-transform/core Document.
 *
 * Everything here is deterministic: the same inputs give the same bytes, so the
 * committed .glb files can be checked against their generators in tests.
 */
import {
  Document,
  NodeIO,
  type Buffer as GltfBuffer,
  type Material,
  type Node,
  type Scene,
  type vec3,
} from '@gltf-transform/core';
import {
  BufferGeometry,
  Euler,
  type EulerOrder,
  Float32BufferAttribute,
  Matrix4,
  Quaternion,
  Vector3,
} from 'three';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export type RGB = [number, number, number];

/** A PBR metallic-roughness material. `color` is an sRGB hex string ("#c9c6bd"). */
export interface MaterialDef {
  name: string;
  color: string;
  metallic: number;
  roughness: number;
  /** Linear emissive factor, each channel in [0, 1]. */
  emissive?: RGB;
}

/** Converts an sRGB hex colour ("#rrggbb") into the linear RGB glTF expects. */
export function srgbHexToLinear(hex: string): RGB {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`bad colour ${hex}`);
  const toLinear = (h: string): number => {
    const c = parseInt(h, 16) / 255;
    const lin = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    return Math.round(lin * 1e5) / 1e5;
  };
  return [toLinear(m[1] ?? '00'), toLinear(m[2] ?? '00'), toLinear(m[3] ?? '00')];
}

// ---------------------------------------------------------------------------
// Geometry construction
// ---------------------------------------------------------------------------

/** One point of a lathe profile: radius `r` from the axis, height `y` along it. */
export interface ProfilePoint {
  r: number;
  y: number;
  /** A crease: the surfaces on either side of this point get their own normals. */
  sharp?: boolean;
  /** Material of the segment that starts at this point (inherits the previous one if absent). */
  mat?: string;
}

/**
 * Revolves a profile around the Y axis, like three's LatheGeometry, but with creases
 * (`sharp` points) and a material per segment. The profile runs from the bottom of the
 * shape to its top (so normals face outward); points on the axis (r = 0) become poles.
 * Returns one geometry per material.
 */
export function lathe(profile: ProfilePoint[], segments: number): Map<string, BufferGeometry> {
  if (profile.length < 2) throw new Error('lathe needs at least two points');
  const segNormals: [number, number][] = [];
  for (let i = 0; i < profile.length - 1; i++) {
    const a = profile[i]!;
    const b = profile[i + 1]!;
    const dr = b.r - a.r;
    const dy = b.y - a.y;
    const len = Math.hypot(dr, dy);
    if (len === 0) throw new Error(`lathe: duplicate profile point ${i}`);
    segNormals.push([dy / len, -dr / len]);
  }
  const pointNormal = (i: number, seg: number): [number, number] => {
    const p = profile[i]!;
    const own = segNormals[seg]!;
    if (p.r === 0) return [0, own[1] >= 0 ? 1 : -1];
    const other = i === seg ? segNormals[seg - 1] : segNormals[seg + 1];
    if (p.sharp || !other) return own;
    const nr = own[0] + other[0];
    const ny = own[1] + other[1];
    const len = Math.hypot(nr, ny);
    return len < 1e-9 ? own : [nr / len, ny / len];
  };

  const byMat = new Map<string, { pos: number[]; nrm: number[]; idx: number[] }>();
  let mat = profile[0]!.mat;
  if (!mat) throw new Error('lathe: first profile point needs a material');
  for (let s = 0; s < profile.length - 1; s++) {
    mat = profile[s]!.mat ?? mat;
    let out = byMat.get(mat);
    if (!out) {
      out = { pos: [], nrm: [], idx: [] };
      byMat.set(mat, out);
    }
    const a = profile[s]!;
    const b = profile[s + 1]!;
    const na = pointNormal(s, s);
    const nb = pointNormal(s + 1, s);
    const base = out.pos.length / 3;
    for (let j = 0; j <= segments; j++) {
      const phi = j === segments ? 0 : (j / segments) * Math.PI * 2;
      const sin = Math.sin(phi);
      const cos = Math.cos(phi);
      out.pos.push(a.r * sin, a.y, a.r * cos, b.r * sin, b.y, b.r * cos);
      out.nrm.push(na[0] * sin, na[1], na[0] * cos, nb[0] * sin, nb[1], nb[0] * cos);
    }
    for (let j = 0; j < segments; j++) {
      const a0 = base + j * 2;
      const b0 = a0 + 1;
      const a1 = a0 + 2;
      const b1 = a0 + 3;
      if (a.r !== 0) out.idx.push(a0, a1, b0);
      if (b.r !== 0) out.idx.push(b1, b0, a1);
    }
  }
  const result = new Map<string, BufferGeometry>();
  for (const [m, data] of byMat) {
    const geo = new BufferGeometry();
    geo.setAttribute('position', new Float32BufferAttribute(data.pos, 3));
    geo.setAttribute('normal', new Float32BufferAttribute(data.nrm, 3));
    geo.setIndex(data.idx);
    result.set(m, geo);
  }
  return result;
}

/**
 * A closed ring of `n` points: an airfoil-like ellipse in the plane spanned by
 * `chordDir` (leading edge at -chordDir) and `thickDir`, with a thinner trailing half.
 */
export function airfoilRing(
  center: Vector3,
  chordDir: Vector3,
  thickDir: Vector3,
  chord: number,
  thickness: number,
  n: number,
): Vector3[] {
  const ring: Vector3[] = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * Math.PI * 2;
    const c = Math.cos(t);
    const taper = 1 - 0.45 * Math.max(0, c);
    ring.push(
      center
        .clone()
        .addScaledVector(chordDir, (chord / 2) * c)
        .addScaledVector(thickDir, (thickness / 2) * Math.sin(t) * taper),
    );
  }
  return ring;
}

/**
 * Skins a closed surface through a sequence of rings (each with the same number of
 * points), capping both ends. Sides are smooth-shaded, caps flat. Winding is chosen so
 * normals face outward.
 */
export function loft(rings: Vector3[][]): BufferGeometry {
  const n = rings[0]?.length ?? 0;
  if (rings.length < 2 || n < 3 || rings.some((r) => r.length !== n)) {
    throw new Error('loft needs at least two rings of equal size (>= 3 points)');
  }
  const centroid = (ring: Vector3[]): Vector3 =>
    ring.reduce((acc, p) => acc.add(p), new Vector3()).multiplyScalar(1 / ring.length);

  // Orientation: does the naive quad winding face away from the ring centre?
  const r0 = rings[0]!;
  const r1 = rings[1]!;
  const c0 = centroid(r0);
  let score = 0;
  for (let i = 0; i < n; i++) {
    const p = r0[i]!;
    const e1 = r0[(i + 1) % n]!.clone().sub(p);
    const e2 = r1[i]!.clone().sub(p);
    score += e1.cross(e2).dot(p.clone().sub(c0));
  }
  const flip = score < 0;

  const pos: number[] = [];
  const idx: number[] = [];
  for (const ring of rings) for (const p of ring) pos.push(p.x, p.y, p.z);
  for (let k = 0; k < rings.length - 1; k++) {
    for (let i = 0; i < n; i++) {
      const a = k * n + i;
      const b = k * n + ((i + 1) % n);
      const c = (k + 1) * n + i;
      const d = (k + 1) * n + ((i + 1) % n);
      if (flip) idx.push(a, c, b, b, c, d);
      else idx.push(a, b, c, b, d, c);
    }
  }
  const side = new BufferGeometry();
  side.setAttribute('position', new Float32BufferAttribute(pos, 3));
  side.setIndex(idx);
  side.computeVertexNormals();

  const cap = (ring: Vector3[], outward: Vector3): BufferGeometry => {
    const c = centroid(ring);
    const cpos: number[] = [c.x, c.y, c.z];
    for (const p of ring) cpos.push(p.x, p.y, p.z);
    const cidx: number[] = [];
    const e1 = ring[0]!.clone().sub(c);
    const e2 = ring[1]!.clone().sub(c);
    const capFlip = e1.cross(e2).dot(outward) < 0;
    for (let i = 0; i < n; i++) {
      const a = 1 + i;
      const b = 1 + ((i + 1) % n);
      if (capFlip) cidx.push(0, b, a);
      else cidx.push(0, a, b);
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(cpos, 3));
    g.setIndex(cidx);
    g.computeVertexNormals();
    return g;
  };
  const first = rings[0]!;
  const last = rings[rings.length - 1]!;
  const startOut = centroid(first).sub(centroid(rings[1]!));
  const endOut = centroid(last).sub(centroid(rings[rings.length - 2]!));
  return joinGeometries([side, cap(first, startOut), cap(last, endOut)]);
}

/** Placement of a part: translation, Euler rotation (radians, XYZ) and scale. */
export interface Placement {
  position?: [number, number, number];
  rotation?: [number, number, number];
  /** Euler order of `rotation` (three.js convention); 'YXZ' = tilt about X, then turn about Y. */
  order?: EulerOrder;
  scale?: [number, number, number];
}

export function placementMatrix(p: Placement): Matrix4 {
  const pos = new Vector3(...(p.position ?? [0, 0, 0]));
  const q = new Quaternion().setFromEuler(
    new Euler(...(p.rotation ?? [0, 0, 0]), p.order ?? 'XYZ'),
  );
  const s = new Vector3(...(p.scale ?? [1, 1, 1]));
  return new Matrix4().compose(pos, q, s);
}

/** Returns a transformed, normalised copy: indexed, POSITION + NORMAL only. */
export function prepareGeometry(geo: BufferGeometry, placement?: Placement): BufferGeometry {
  let g = geo.clone();
  for (const name of Object.keys(g.attributes)) {
    if (name !== 'position' && name !== 'normal') g.deleteAttribute(name);
  }
  if (!g.getAttribute('normal')) g.computeVertexNormals();
  if (placement) g.applyMatrix4(placementMatrix(placement));
  if (!g.index) g = mergeVertices(g);
  g.clearGroups();
  return g;
}

/** Merges geometries (after `prepareGeometry`) into one. */
export function joinGeometries(geos: BufferGeometry[]): BufferGeometry {
  const prepared = geos.map((g) => prepareGeometry(g));
  const merged = mergeGeometries(prepared, false);
  if (!merged) throw new Error('mergeGeometries failed');
  return merged;
}

/** Collects geometry per material for one mesh; each material becomes one primitive. */
export class PartList {
  private readonly parts = new Map<string, BufferGeometry[]>();

  add(material: string, geo: BufferGeometry, placement?: Placement): this {
    const list = this.parts.get(material) ?? [];
    list.push(prepareGeometry(geo, placement));
    this.parts.set(material, list);
    return this;
  }

  /** Adds every material's geometry from a `lathe` result. */
  addLathe(lathed: Map<string, BufferGeometry>, placement?: Placement): this {
    for (const [mat, geo] of lathed) this.add(mat, geo, placement);
    return this;
  }

  entries(): [string, BufferGeometry][] {
    const out: [string, BufferGeometry][] = [];
    for (const [mat, geos] of this.parts) out.push([mat, mergeVertices(joinGeometries(geos))]);
    return out;
  }
}

// ---------------------------------------------------------------------------
// glTF document construction
// ---------------------------------------------------------------------------

function toFloat32(values: ArrayLike<number>): Float32Array {
  return Float32Array.from(values);
}

/** Builds a glTF document with one scene whose single root node holds the model. */
export class ModelBuilder {
  readonly doc = new Document();
  readonly buffer: GltfBuffer;
  readonly scene: Scene;
  readonly root: Node;
  private readonly materials = new Map<string, Material>();

  constructor(rootName: string, materials: MaterialDef[], generator = 'Infinity models/') {
    this.doc.getRoot().getAsset().generator = generator;
    this.buffer = this.doc.createBuffer();
    // Not named after the root: three's GLTFLoader would then rename the root node.
    this.scene = this.doc.createScene('Scene');
    this.doc.getRoot().setDefaultScene(this.scene);
    this.root = this.doc.createNode(rootName);
    this.scene.addChild(this.root);
    for (const def of materials) {
      const m = this.doc
        .createMaterial(def.name)
        .setBaseColorFactor([...srgbHexToLinear(def.color), 1])
        .setMetallicFactor(def.metallic)
        .setRoughnessFactor(def.roughness);
      if (def.emissive) m.setEmissiveFactor(def.emissive);
      this.materials.set(def.name, m);
    }
  }

  material(name: string): Material {
    const m = this.materials.get(name);
    if (!m) throw new Error(`unknown material ${name}`);
    return m;
  }

  /** Adds a child of the root with a mesh made of `parts` (one primitive per material). */
  addMeshNode(name: string, parts: PartList, translation: vec3 = [0, 0, 0]): Node {
    const mesh = this.doc.createMesh(name);
    for (const [matName, geo] of parts.entries()) {
      mesh.addPrimitive(this.primitive(geo, this.material(matName)));
    }
    const node = this.doc.createNode(name).setMesh(mesh).setTranslation(translation);
    this.root.addChild(node);
    return node;
  }

  /**
   * Gives the root node itself a mesh named after it (one primitive per material), for
   * models that are a single mesh node. `parts` may carry a `color` attribute (COLOR_0).
   */
  setRootMesh(parts: { entries(): [string, BufferGeometry][] }): Node {
    const mesh = this.doc.createMesh(this.root.getName());
    for (const [matName, geo] of parts.entries()) {
      mesh.addPrimitive(this.primitive(geo, this.material(matName)));
    }
    return this.root.setMesh(mesh);
  }

  /** Adds an empty child of the root (a marker for the game to look up). */
  addEmpty(name: string, translation: vec3): Node {
    const node = this.doc.createNode(name).setTranslation(translation);
    this.root.addChild(node);
    return node;
  }

  private primitive(geo: BufferGeometry, material: Material) {
    const position = geo.getAttribute('position');
    const normal = geo.getAttribute('normal');
    const index = geo.getIndex();
    if (!position || !normal || !index) throw new Error('geometry must be indexed with normals');
    const normals = toFloat32(normal.array);
    for (let i = 0; i < normals.length; i += 3) {
      const len = Math.hypot(normals[i]!, normals[i + 1]!, normals[i + 2]!) || 1;
      normals[i] = normals[i]! / len;
      normals[i + 1] = normals[i + 1]! / len;
      normals[i + 2] = normals[i + 2]! / len;
    }
    const indices =
      position.count < 65536 ? Uint16Array.from(index.array) : Uint32Array.from(index.array);
    const doc = this.doc;
    const prim = doc
      .createPrimitive()
      .setAttribute(
        'POSITION',
        doc
          .createAccessor()
          .setType('VEC3')
          .setArray(toFloat32(position.array))
          .setBuffer(this.buffer),
      )
      .setAttribute(
        'NORMAL',
        doc.createAccessor().setType('VEC3').setArray(normals).setBuffer(this.buffer),
      )
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(this.buffer))
      .setMaterial(material);
    // Optional linear RGB vertex colours (panel shading); absent on the Callister.
    const color = geo.getAttribute('color');
    if (color) {
      if (color.itemSize !== 3) throw new Error('vertex colours must be RGB');
      prim.setAttribute(
        'COLOR_0',
        doc
          .createAccessor()
          .setType('VEC3')
          .setArray(toFloat32(color.array))
          .setBuffer(this.buffer),
      );
    }
    return prim;
  }
}

/** The one IO used to write and read models, so tests compare like with like. */
export function createModelIO(): NodeIO {
  return new NodeIO();
}

/** Encodes a document as binary glTF (.glb) bytes. */
export async function encodeGlb(doc: Document): Promise<Uint8Array> {
  return createModelIO().writeBinary(doc);
}
