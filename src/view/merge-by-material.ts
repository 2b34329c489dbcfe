import { type BufferGeometry, Group, type Material, Matrix4, Mesh, type Object3D } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * Bakes a static model into one mesh per material: every part keeps its place, but the
 * renderer issues one draw call per material instead of one per part. A model made of
 * dozens of named parts (the Callister: saucer, neck, nacelles, trim…) otherwise costs
 * half the frame's draw-call budget. Parts whose attributes cannot merge stay separate.
 * Named empties listed in `keep` (engine mounts) are carried over with their transforms.
 */
export function mergeByMaterial(root: Object3D, keep: readonly string[] = []): Group {
  root.updateMatrixWorld(true);
  const toRoot = new Matrix4().copy(root.matrixWorld).invert();
  const groups = new Map<Material, BufferGeometry[]>();
  const leftovers: Mesh[] = [];
  root.traverse((node) => {
    if (!(node instanceof Mesh) || Array.isArray(node.material)) return;
    const geometry = (node.geometry as BufferGeometry).clone();
    geometry.applyMatrix4(new Matrix4().multiplyMatrices(toRoot, node.matrixWorld));
    const material = node.material as Material;
    const list = groups.get(material) ?? [];
    list.push(geometry);
    groups.set(material, list);
  });
  const merged = new Group();
  merged.name = root.name;
  for (const [material, geometries] of groups) {
    const combined = geometries.length === 1 ? geometries[0]! : mergeGeometries(geometries, false);
    if (combined) {
      merged.add(new Mesh(combined, material));
    } else {
      for (const geometry of geometries) leftovers.push(new Mesh(geometry, material));
    }
  }
  for (const mesh of leftovers) merged.add(mesh);
  for (const name of keep) {
    const node = root.getObjectByName(name);
    if (!node) continue;
    const marker = new Group();
    marker.name = name;
    new Matrix4()
      .multiplyMatrices(toRoot, node.matrixWorld)
      .decompose(marker.position, marker.quaternion, marker.scale);
    merged.add(marker);
  }
  return merged;
}
