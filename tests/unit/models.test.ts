import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getBounds, type Document, type Node, type bbox } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCallister } from '../../models/callister';
import { createModelIO, encodeGlb } from '../../models/gltf-helpers';

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
