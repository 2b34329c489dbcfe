/**
 * Generates the game's ship models as binary glTF: `npm run models`.
 *
 * Each model is a deterministic builder returning a @gltf-transform Document; the
 * output is written next to this script as `<name>.glb`. To add a ship, write its
 * builder in its own file (see callister.ts) and list it in MODELS.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBounds, type Document } from '@gltf-transform/core';
import { buildCallister } from './callister';
import { BRAWLER_DIMENSIONS, buildBrawler } from './brawler';
import { DART_DIMENSIONS, buildDart } from './dart';
import { HAULER_DIMENSIONS, buildHauler } from './hauler';
import { HUNTER_DIMENSIONS, buildHunter } from './hunter';
import { encodeGlb } from './gltf-helpers';
import { measureShip, type ShipDimensions } from './ship-kit';

interface ModelEntry {
  name: string;
  build: () => Document;
  /** Exported collision data (enemy ships), checked against the built model. */
  dimensions?: ShipDimensions;
}

const MODELS: ModelEntry[] = [
  { name: 'callister', build: buildCallister },
  { name: 'dart', build: buildDart, dimensions: DART_DIMENSIONS },
  { name: 'brawler', build: buildBrawler, dimensions: BRAWLER_DIMENSIONS },
  { name: 'hunter', build: buildHunter, dimensions: HUNTER_DIMENSIONS },
  { name: 'hauler', build: buildHauler, dimensions: HAULER_DIMENSIONS },
];

function triangleCount(doc: Document): number {
  let tris = 0;
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      tris += (prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0) / 3;
    }
  }
  return tris;
}

async function main(): Promise<void> {
  const outDir = dirname(fileURLToPath(import.meta.url));
  for (const { name, build, dimensions } of MODELS) {
    const doc = build();
    const bytes = await encodeGlb(doc);
    const path = join(outDir, `${name}.glb`);
    await writeFile(path, bytes);
    const scene = doc.getRoot().getDefaultScene();
    const box = scene ? getBounds(scene) : null;
    const size = box ? box.max.map((v, i) => (v - box.min[i]!).toFixed(2)).join(' x ') : '?';
    console.log(
      `${name}: ${path} — ${(bytes.byteLength / 1024).toFixed(1)} KiB, ` +
        `${triangleCount(doc)} triangles, bounds ${size} m (x, y, z)`,
    );
    if (dimensions) {
      const measured = measureShip(doc);
      const fmt = (d: ShipDimensions): string =>
        `length ${d.lengthM.toFixed(2)} m, radius ${d.radiusM.toFixed(2)} m, ` +
        `width ${d.widthM.toFixed(2)} m, height ${d.heightM.toFixed(2)} m`;
      console.log(`  exported: ${fmt(dimensions)}`);
      console.log(`  measured: ${fmt(measured)}`);
      const off = (a: number, b: number): boolean => Math.abs(a - b) > 0.01;
      if (
        measured.radiusM > dimensions.radiusM ||
        off(measured.lengthM, dimensions.lengthM) ||
        off(measured.widthM, dimensions.widthM) ||
        off(measured.heightM, dimensions.heightM)
      ) {
        console.warn(`  WARNING: ${name}'s exported dimensions are stale; update them.`);
      }
      for (const n of doc.getRoot().listNodes()) {
        if (n.getMesh()) continue;
        console.log(`  ${n.getName()} at [${n.getTranslation().join(', ')}]`);
      }
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
