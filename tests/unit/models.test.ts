import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  getBounds,
  type Document,
  type Material,
  type Node,
  type bbox,
} from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BRAWLER_DIMENSIONS, buildBrawler } from '../../models/brawler';
import { buildCallister } from '../../models/callister';
import { DART_DIMENSIONS, buildDart } from '../../models/dart';
import { createModelIO, encodeGlb } from '../../models/gltf-helpers';
import { HAULER_DIMENSIONS, buildHauler } from '../../models/hauler';
import { HUNTER_DIMENSIONS, buildHunter } from '../../models/hunter';
import type { ShipDimensions } from '../../models/ship-kit';

const GLB_PATH = fileURLToPath(new URL('../../models/callister.glb', import.meta.url));

const MESH_NODES = [
  'Saucer',
  'Bridge',
  'Neck',
  'SecondaryHull',
  'Deflector',
  'PylonLeft',
  'PylonRight',
  'NacelleLeft',
  'NacelleRight',
  'BussardLeft',
  'BussardRight',
];
const EMPTY_NODES = ['EngineLeft', 'EngineRight', 'CameraTarget'];
const EMISSIVE_MATERIALS = ['Bussard', 'Deflector', 'Grille', 'Windows', 'NavRed', 'NavGreen'];
const SURFACE_MATERIALS = ['Hull', 'HullDark', 'Accent'];

let bytes: Uint8Array;
let doc: Document;

beforeAll(async () => {
  bytes = new Uint8Array(await readFile(GLB_PATH));
  doc = await createModelIO().readBinary(bytes);
});

function node(name: string): Node {
  const found = doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getName() === name);
  expect(found, `node ${name}`).toHaveLength(1);
  return found[0]!;
}

function sceneBounds(): bbox {
  const scene = doc.getRoot().getDefaultScene();
  if (!scene) throw new Error('no default scene');
  return getBounds(scene);
}

function worldPosition(n: Node): [number, number, number] {
  const m = n.getWorldMatrix();
  return [m[12], m[13], m[14]];
}

/** World-space vertex positions of every primitive using `material`. */
function positionsWithMaterial(material: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const n of doc.getRoot().listNodes()) {
    const mesh = n.getMesh();
    if (!mesh) continue;
    const m = n.getWorldMatrix();
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMaterial()?.getName() !== material) continue;
      const pos = prim.getAttribute('POSITION')!;
      const v: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, v);
        const [x, y, z] = [v[0]!, v[1]!, v[2]!];
        out.push([
          m[0] * x + m[4] * y + m[8] * z + m[12],
          m[1] * x + m[5] * y + m[9] * z + m[13],
          m[2] * x + m[6] * y + m[10] * z + m[14],
        ]);
      }
    }
  }
  return out;
}

describe('models/callister.glb', () => {
  it('is small and matches the generator byte for byte', async () => {
    expect(bytes.byteLength).toBeLessThan(1.5 * 1024 * 1024);
    const regenerated = await encodeGlb(buildCallister());
    // Equal bytes: the committed file cannot drift from models/callister.ts.
    // If this fails after changing the generator, run `npm run models`.
    expect(regenerated.byteLength).toBe(bytes.byteLength);
    expect(Buffer.from(regenerated).equals(Buffer.from(bytes))).toBe(true);
  });

  it('has a Callister root holding the named parts and empty markers', () => {
    const scene = doc.getRoot().getDefaultScene()!;
    const roots = scene.listChildren();
    expect(roots.map((n) => n.getName())).toEqual(['Callister']);
    const childNames = roots[0]!.listChildren().map((n) => n.getName());
    for (const name of [...MESH_NODES, ...EMPTY_NODES]) expect(childNames).toContain(name);
    for (const name of MESH_NODES) {
      const mesh = node(name).getMesh();
      expect(mesh, name).not.toBeNull();
      expect(mesh!.listPrimitives().length, name).toBeGreaterThan(0);
    }
    for (const name of EMPTY_NODES) {
      expect(node(name).getMesh(), name).toBeNull();
      expect(node(name).listChildren(), name).toHaveLength(0);
    }
  });

  it('is about 70 m long with the saucer forward (-Z) and ~40 m across', () => {
    const box = sceneBounds();
    const length = box.max[2] - box.min[2];
    expect(length).toBeGreaterThan(60);
    expect(length).toBeLessThan(80);
    expect(box.max[0] - box.min[0]).toBeGreaterThan(38);
    expect(box.max[0] - box.min[0]).toBeLessThan(44);
    expect(box.max[1] - box.min[1]).toBeLessThan(25);
    // Symmetric left/right; origin inside the ship, near its middle.
    expect(box.min[0]).toBeCloseTo(-box.max[0], 3);
    for (let i = 0; i < 3; i++) {
      expect(box.min[i]).toBeLessThan(0);
      expect(box.max[i]).toBeGreaterThan(0);
    }
    expect(Math.abs(box.min[2] + box.max[2]) / 2).toBeLessThan(5);

    const saucer = getBounds(node('Saucer'));
    const saucerDiameter = saucer.max[2] - saucer.min[2];
    expect(saucerDiameter).toBeGreaterThan(38);
    expect(saucerDiameter).toBeLessThan(42);
    expect(saucer.min[2]).toBeCloseTo(box.min[2], 1); // the saucer is the bow
    expect((saucer.min[2] + saucer.max[2]) / 2).toBeLessThan(-10);
    // The bridge dome is the highest point, on the saucer's top centre.
    const bridge = getBounds(node('Bridge'));
    expect(bridge.max[1]).toBeCloseTo(box.max[1], 3);
    expect((bridge.min[2] + bridge.max[2]) / 2).toBeCloseTo((saucer.min[2] + saucer.max[2]) / 2, 1);
  });

  it('lays out hull, neck, nacelles and engines like a Space Fleet starship', () => {
    const box = sceneBounds();
    const saucer = getBounds(node('Saucer'));
    const hull = getBounds(node('SecondaryHull'));
    const neck = getBounds(node('Neck'));
    // Secondary hull below and behind the saucer, the neck bridging the two.
    expect(hull.max[1]).toBeLessThan(saucer.min[1]);
    expect(hull.min[2]).toBeGreaterThan(saucer.min[2] + 20);
    expect(hull.max[2]).toBeGreaterThan(saucer.max[2] + 10);
    expect(neck.max[1]).toBeGreaterThan(saucer.min[1]);
    expect(neck.min[1]).toBeLessThan(hull.max[1]);
    // The deflector is at the hull's bow.
    const deflector = getBounds(node('Deflector'));
    expect(deflector.min[2]).toBeLessThan(hull.min[2] + 1.5);

    for (const [side, sign] of [
      ['Left', -1],
      ['Right', 1],
    ] as const) {
      const nacelle = getBounds(node(`Nacelle${side}`));
      const bussard = getBounds(node(`Bussard${side}`));
      const pylon = getBounds(node(`Pylon${side}`));
      const nx = (nacelle.min[0] + nacelle.max[0]) / 2;
      const ny = (nacelle.min[1] + nacelle.max[1]) / 2;
      // Long, thin, parallel to Z, outboard and above the secondary hull.
      expect(Math.sign(nx)).toBe(sign);
      expect(Math.abs(nx)).toBeGreaterThan(8);
      expect(nacelle.max[2] - nacelle.min[2]).toBeGreaterThan(25);
      expect(nacelle.max[0] - nacelle.min[0]).toBeLessThan(5);
      expect(ny).toBeGreaterThan(hull.max[1]);
      expect(nacelle.max[2]).toBeCloseTo(box.max[2], 3); // nacelles are the stern
      // Bussard collector at the nacelle's front.
      expect(bussard.min[2]).toBeLessThan(nacelle.min[2]);
      expect(bussard.max[2]).toBeLessThan(nacelle.min[2] + 2);
      // Pylon runs from the hull up to the nacelle.
      expect(pylon.min[1]).toBeLessThan(hull.max[1]);
      expect(pylon.max[1]).toBeGreaterThan(ny - 1);
      // Engine marker at the rear centre of the nacelle.
      const [ex, ey, ez] = worldPosition(node(`Engine${side}`));
      expect(ex).toBeCloseTo(nx, 3);
      expect(ey).toBeCloseTo(ny, 3);
      expect(ez).toBeCloseTo(nacelle.max[2], 3);
    }
    const [cx, cy, cz] = worldPosition(node('CameraTarget'));
    for (const [v, i] of [
      [cx, 0],
      [cy, 1],
      [cz, 2],
    ] as const) {
      expect(v).toBeCloseTo((box.min[i] + box.max[i]) / 2, 1);
    }
  });

  it('uses the named PBR materials, with emissive lights', () => {
    const materials = new Map(
      doc
        .getRoot()
        .listMaterials()
        .map((m) => [m.getName(), m]),
    );
    for (const name of [...SURFACE_MATERIALS, ...EMISSIVE_MATERIALS]) {
      expect(materials.has(name), name).toBe(true);
    }
    for (const name of SURFACE_MATERIALS) {
      expect(Math.max(...materials.get(name)!.getEmissiveFactor()), name).toBe(0);
    }
    for (const name of EMISSIVE_MATERIALS) {
      expect(Math.max(...materials.get(name)!.getEmissiveFactor()), name).toBeGreaterThan(0.5);
    }
    const hull = materials.get('Hull')!;
    expect(hull.getMetallicFactor()).toBeCloseTo(0.35, 5);
    expect(hull.getRoughnessFactor()).toBeCloseTo(0.55, 5);
    const [r, g, b] = hull.getBaseColorFactor();
    expect(r).toBeGreaterThan(0.5); // light warm grey (linear)
    expect(r).toBeGreaterThanOrEqual(b!);
    expect(Math.abs(r - g!)).toBeLessThan(0.05);
    const dark = materials.get('HullDark')!.getBaseColorFactor();
    expect(dark[0]).toBeLessThan(r);
    const accent = materials.get('Accent')!.getBaseColorFactor();
    expect(accent[0]).toBeGreaterThan(3 * accent[1]!);
    expect(materials.get('Bussard')!.getEmissiveFactor()).toEqual([1, 0.35, 0.1]);
    expect(materials.get('Deflector')!.getEmissiveFactor()).toEqual([1, 0.55, 0.15]);
    expect(materials.get('Grille')!.getEmissiveFactor()).toEqual([0.3, 0.6, 1]);
    expect(materials.get('Windows')!.getEmissiveFactor()).toEqual([1, 0.9, 0.6]);
    // Every primitive has a material; every material is used.
    const used = new Set<string>();
    for (const mesh of doc.getRoot().listMeshes()) {
      for (const prim of mesh.listPrimitives()) {
        const m = prim.getMaterial();
        expect(m).not.toBeNull();
        used.add(m!.getName());
      }
    }
    expect([...used].sort()).toEqual([...materials.keys()].sort());
  });

  it('puts the red navigation light to port (-X) and green to starboard (+X)', () => {
    const red = positionsWithMaterial('NavRed');
    const green = positionsWithMaterial('NavGreen');
    expect(red.length).toBeGreaterThan(0);
    expect(green.length).toBeGreaterThan(0);
    expect(Math.max(...red.map((p) => p[0]))).toBeLessThan(-19);
    expect(Math.min(...green.map((p) => p[0]))).toBeGreaterThan(19);
    // Many lit windows.
    expect(positionsWithMaterial('Windows').length).toBeGreaterThan(24 * 100);
  });

  it('stays within the triangle budget, with outward-facing normals', () => {
    let triangles = 0;
    let inconsistent = 0;
    for (const mesh of doc.getRoot().listMeshes()) {
      for (const prim of mesh.listPrimitives()) {
        expect(prim.getMode()).toBe(4); // TRIANGLES
        const pos = prim.getAttribute('POSITION')!;
        const nrm = prim.getAttribute('NORMAL');
        const idx = prim.getIndices();
        expect(nrm, mesh.getName()).not.toBeNull();
        expect(idx, mesh.getName()).not.toBeNull();
        const count = idx!.getCount();
        triangles += count / 3;
        const p = [[], [], []] as number[][];
        const n = [[], [], []] as number[][];
        for (let t = 0; t < count; t += 3) {
          for (let k = 0; k < 3; k++) {
            pos.getElement(idx!.getScalar(t + k), p[k]!);
            nrm!.getElement(idx!.getScalar(t + k), n[k]!);
          }
          const [a, b, c] = p as [number[], number[], number[]];
          const e1 = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
          const e2 = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
          const face = [
            e1[1]! * e2[2]! - e1[2]! * e2[1]!,
            e1[2]! * e2[0]! - e1[0]! * e2[2]!,
            e1[0]! * e2[1]! - e1[1]! * e2[0]!,
          ];
          if (Math.hypot(face[0]!, face[1]!, face[2]!) < 1e-6) continue; // degenerate
          let dot = 0;
          for (let k = 0; k < 3; k++) {
            for (let j = 0; j < 3; j++) dot += face[j]! * n[k]![j]!;
          }
          if (dot <= 0) inconsistent++;
        }
      }
    }
    expect(triangles).toBeLessThan(25_000);
    expect(triangles).toBeGreaterThan(5_000);
    expect(inconsistent).toBe(0);
  });
});

// ---------------------------------------------------------------------------
// Enemy ships: one mesh node, two materials (Hull, Glow), instancing-friendly.
// ---------------------------------------------------------------------------

interface EnemyShip {
  file: string;
  node: string;
  build: () => Document;
  dimensions: ShipDimensions;
  nominalLengthM: number;
  maxTriangles: number;
  engines: number;
  muzzles: number;
}

const ENEMY_SHIPS: EnemyShip[] = [
  {
    file: 'dart',
    node: 'Dart',
    build: buildDart,
    dimensions: DART_DIMENSIONS,
    nominalLengthM: 14,
    maxTriangles: 1500,
    engines: 1,
    muzzles: 2,
  },
  {
    file: 'brawler',
    node: 'Brawler',
    build: buildBrawler,
    dimensions: BRAWLER_DIMENSIONS,
    nominalLengthM: 22,
    maxTriangles: 2500,
    engines: 2,
    muzzles: 2,
  },
  {
    file: 'hunter',
    node: 'Hunter',
    build: buildHunter,
    dimensions: HUNTER_DIMENSIONS,
    nominalLengthM: 26,
    maxTriangles: 2500,
    engines: 2,
    muzzles: 2,
  },
  {
    file: 'hauler',
    node: 'Hauler',
    build: buildHauler,
    dimensions: HAULER_DIMENSIONS,
    nominalLengthM: 48,
    maxTriangles: 4000,
    engines: 4,
    muzzles: 2,
  },
];

/** Every vertex position of every primitive (the ships' mesh sits on the identity root). */
function allPositions(d: Document): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const mesh of d.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')!;
      const v: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, v);
        out.push([v[0]!, v[1]!, v[2]!]);
      }
    }
  }
  return out;
}

/** Triangle count and how many triangles' winding disagrees with their vertex normals. */
function windingStats(d: Document): { triangles: number; inconsistent: number } {
  let triangles = 0;
  let inconsistent = 0;
  for (const mesh of d.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      expect(prim.getMode()).toBe(4); // TRIANGLES
      const pos = prim.getAttribute('POSITION')!;
      const nrm = prim.getAttribute('NORMAL')!;
      const idx = prim.getIndices()!;
      expect(nrm).not.toBeNull();
      expect(idx).not.toBeNull();
      const count = idx.getCount();
      triangles += count / 3;
      const p = [[], [], []] as number[][];
      const n = [[], [], []] as number[][];
      for (let t = 0; t < count; t += 3) {
        for (let k = 0; k < 3; k++) {
          pos.getElement(idx.getScalar(t + k), p[k]!);
          nrm.getElement(idx.getScalar(t + k), n[k]!);
        }
        const [a, b, c] = p as [number[], number[], number[]];
        const e1 = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
        const e2 = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
        const face = [
          e1[1]! * e2[2]! - e1[2]! * e2[1]!,
          e1[2]! * e2[0]! - e1[0]! * e2[2]!,
          e1[0]! * e2[1]! - e1[1]! * e2[0]!,
        ];
        if (Math.hypot(face[0]!, face[1]!, face[2]!) < 1e-6) continue; // degenerate
        let dot = 0;
        for (let k = 0; k < 3; k++) {
          for (let j = 0; j < 3; j++) dot += face[j]! * n[k]![j]!;
        }
        if (dot <= 0) inconsistent++;
      }
    }
  }
  return { triangles, inconsistent };
}

describe.each(ENEMY_SHIPS)('enemy ship $node', (ship) => {
  let shipBytes: Uint8Array;
  let ship3d: Document;

  beforeAll(async () => {
    const path = fileURLToPath(new URL(`../../models/${ship.file}.glb`, import.meta.url));
    shipBytes = new Uint8Array(await readFile(path));
    ship3d = await createModelIO().readBinary(shipBytes);
  });

  const shipBounds = (): bbox => getBounds(ship3d.getRoot().getDefaultScene()!);
  const markers = (prefix: string): Node[] =>
    ship3d
      .getRoot()
      .listNodes()
      .filter((n) => n.getName().startsWith(prefix));

  it('is small and matches the generator byte for byte', async () => {
    expect(shipBytes.byteLength).toBeLessThan(512 * 1024);
    const regenerated = await encodeGlb(ship.build());
    // If this fails after changing the generator, run `npm run models`.
    expect(regenerated.byteLength).toBe(shipBytes.byteLength);
    expect(Buffer.from(regenerated).equals(Buffer.from(shipBytes))).toBe(true);
  });

  it(`is one mesh node named after its class, with two primitives: Hull then Glow`, () => {
    const scene = ship3d.getRoot().getDefaultScene()!;
    const roots = scene.listChildren();
    expect(roots.map((n) => n.getName())).toEqual([ship.node]);
    const root = roots[0]!;
    expect(root.getTranslation()).toEqual([0, 0, 0]);
    expect(root.getRotation()).toEqual([0, 0, 0, 1]);
    expect(root.getScale()).toEqual([1, 1, 1]);
    expect(ship3d.getRoot().listMeshes()).toHaveLength(1);
    const mesh = root.getMesh();
    expect(mesh).not.toBeNull();
    expect(mesh!.getName()).toBe(ship.node);
    const prims = mesh!.listPrimitives();
    expect(prims.map((p) => p.getMaterial()?.getName())).toEqual(['Hull', 'Glow']);
    // Vertex colours on both primitives or on neither (instancing shares one layout).
    const colours = prims.map((p) => p.getAttribute('COLOR_0'));
    expect(colours[0] === null).toBe(colours[1] === null);
    for (const c of colours) {
      if (!c) continue;
      expect(c.getType()).toBe('VEC3');
      expect(c.getMin([])[0]).toBeGreaterThanOrEqual(0);
      expect(Math.max(...c.getMax([]))).toBeLessThanOrEqual(1);
    }
    // Every other node is an empty marker child of the root.
    const others = ship3d
      .getRoot()
      .listNodes()
      .filter((n) => n !== root);
    for (const n of others) {
      expect(n.getMesh(), n.getName()).toBeNull();
      expect(n.getParentNode(), n.getName()).toBe(root);
      expect(n.listChildren(), n.getName()).toHaveLength(0);
      expect(n.getName()).toMatch(/^(Engine|Muzzle)\d+$/);
    }
  });

  it('has exactly two materials: a dark gunmetal Hull and a neutral white Glow', () => {
    const materials = ship3d.getRoot().listMaterials();
    expect(materials.map((m) => m.getName())).toEqual(['Hull', 'Glow']);
    const [hull, glow] = materials as [Material, Material];
    expect(hull.getMetallicFactor()).toBeGreaterThanOrEqual(0.5);
    expect(hull.getMetallicFactor()).toBeLessThanOrEqual(0.7);
    expect(hull.getRoughnessFactor()).toBeGreaterThanOrEqual(0.3);
    expect(hull.getRoughnessFactor()).toBeLessThanOrEqual(0.5);
    const [r, g, b] = hull.getBaseColorFactor();
    expect(Math.max(r, g, b)).toBeLessThan(0.25); // dark (linear)
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(0.03); // neutral grey
    expect(hull.getEmissiveFactor()).toEqual([0, 0, 0]);
    // The game tints the glow per player: it must be neutral white here.
    expect(glow.getEmissiveFactor()).toEqual([1, 1, 1]);
    expect(glow.getBaseColorFactor()).toEqual([1, 1, 1, 1]);
  });

  it('marks its engines at the stern and its muzzles forward', () => {
    const box = shipBounds();
    const engines = markers('Engine');
    const muzzles = markers('Muzzle');
    expect(engines.map((n) => n.getName())).toEqual(
      Array.from({ length: ship.engines }, (_, i) => `Engine${i}`),
    );
    expect(muzzles.map((n) => n.getName())).toEqual(
      Array.from({ length: ship.muzzles }, (_, i) => `Muzzle${i}`),
    );
    for (const n of engines) {
      const [x, y, z] = n.getTranslation();
      expect(z, n.getName()).toBeGreaterThan(box.max[2] - 0.5);
      expect(x).toBeGreaterThan(box.min[0]);
      expect(x).toBeLessThan(box.max[0]);
      expect(y).toBeGreaterThan(box.min[1]);
      expect(y).toBeLessThan(box.max[1]);
    }
    for (const n of muzzles) {
      const [x, , z] = n.getTranslation();
      expect(z, n.getName()).toBeLessThan(box.min[2] + 0.45 * (box.max[2] - box.min[2]));
      expect(Math.abs(x)).toBeLessThan(box.max[0]);
    }
    // Markers come in mirror pairs (or sit on the centreline).
    for (const group of [engines, muzzles]) {
      const xs = group.map((n) => n.getTranslation()[0]).sort((a, b) => a - b);
      const mirrored = xs.map((x) => -x).sort((a, b) => a - b);
      for (let i = 0; i < xs.length; i++) expect(xs[i]).toBeCloseTo(mirrored[i]!, 3);
    }
  });

  it('is centred on its bounding box, about its nominal length, inside its radius', () => {
    const box = shipBounds();
    for (let i = 0; i < 3; i++) expect(Math.abs(box.min[i]! + box.max[i]!) / 2).toBeLessThan(0.01);
    const length = box.max[2] - box.min[2];
    const width = box.max[0] - box.min[0];
    const height = box.max[1] - box.min[1];
    // Forward is -Z: the ship is longer than it is tall.
    expect(length).toBeGreaterThan(height);
    expect(length).toBeGreaterThan(ship.nominalLengthM * 0.8);
    expect(length).toBeLessThan(ship.nominalLengthM * 1.2);
    expect(box.min[0]).toBeCloseTo(-box.max[0], 2); // symmetric left / right
    // The exported dimensions describe this model.
    const dims = ship.dimensions;
    expect(dims.lengthM).toBeCloseTo(length, 1);
    expect(dims.widthM).toBeCloseTo(width, 1);
    expect(dims.heightM).toBeCloseTo(height, 1);
    const radius = Math.max(...allPositions(ship3d).map((p) => Math.hypot(...p)));
    expect(radius).toBeLessThanOrEqual(dims.radiusM);
    expect(dims.radiusM - radius).toBeLessThan(0.15);
    for (const n of ship3d.getRoot().listNodes()) {
      expect(Math.hypot(...n.getTranslation())).toBeLessThanOrEqual(dims.radiusM);
    }
  });

  it('stays within its triangle budget, with outward-facing normals', () => {
    const { triangles, inconsistent } = windingStats(ship3d);
    expect(triangles).toBeLessThan(ship.maxTriangles);
    expect(triangles).toBeGreaterThan(ship.maxTriangles * 0.3);
    expect(inconsistent).toBe(0);
  });
});
