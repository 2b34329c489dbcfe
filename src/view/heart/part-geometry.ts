import { Float32BufferAttribute, Matrix4, Quaternion, Vector3, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Rgb } from '../combat/palette';

/**
 * Builds a model from primitives as ONE geometry: every part is placed, painted (a
 * colour per vertex) and given a glow level (0 = hull, 1 = neon), so a whole structure
 * draws in one call and instancing draws every copy in one more.
 */
export class PartBuilder {
  private readonly parts: BufferGeometry[] = [];

  add(
    geometry: BufferGeometry,
    color: Rgb,
    glow: number,
    position: readonly [number, number, number] = [0, 0, 0],
    rotation: readonly [number, number, number] = [0, 0, 0],
    scale: readonly [number, number, number] = [1, 1, 1],
  ): this {
    const g = geometry.index ? geometry.toNonIndexed() : geometry;
    if (g !== geometry) geometry.dispose();
    const q = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), rotation[0]);
    q.multiply(new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), rotation[1]));
    q.multiply(new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), rotation[2]));
    g.applyMatrix4(new Matrix4().compose(new Vector3(...position), q, new Vector3(...scale)));
    const count = g.getAttribute('position').count;
    const colors = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) {
      colors[i * 3] = color.r;
      colors[i * 3 + 1] = color.g;
      colors[i * 3 + 2] = color.b;
    }
    g.setAttribute('color', new Float32BufferAttribute(colors, 3));
    g.setAttribute('aGlow', new Float32BufferAttribute(new Float32Array(count).fill(glow), 1));
    if (g.getAttribute('uv')) g.deleteAttribute('uv');
    this.parts.push(g);
    return this;
  }

  build(): BufferGeometry {
    const merged = mergeGeometries(this.parts, false);
    for (const part of this.parts) part.dispose();
    if (!merged) throw new Error('parts failed to merge');
    merged.computeBoundingSphere();
    return merged;
  }
}
