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
import { encodeGlb } from './gltf-helpers';

interface ModelEntry {
  name: string;
  build: () => Document;
}

const MODELS: ModelEntry[] = [{ name: 'callister', build: buildCallister }];

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
  for (const { name, build } of MODELS) {
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
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
