import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  BoxGeometry,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
  type Group,
} from 'three';
import type { Body } from 'cannon-es';
import { runtime } from '../../game/runtime';
import { TICK_RATE } from '../../sim';

/** Edges start white-hot and cool to a dull ember over about this long. */
const COOL_TICKS = 2.5 * TICK_RATE;
/** Pieces shrink away over their last half second instead of popping out. */
const SHRINK_TICKS = 0.5 * TICK_RATE;
const INITIAL_CAPACITY = 64;

/**
 * A torn hull plate in the proportions of the sim's debris box (1 × 0.5 × 1.2 of its
 * size), its corners and mid-edges pushed about so no two faces are quite flat.
 */
function shardGeometry(): BoxGeometry {
  const geometry = new BoxGeometry(1, 0.5, 1.2, 2, 2, 2);
  const position = geometry.getAttribute('position');
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const y = position.getY(i);
    const z = position.getZ(i);
    // Same offset for the same corner on every face, so the seams stay closed.
    const h = Math.sin(x * 12.9898 + y * 78.233 + z * 37.719) * 43758.5453;
    const a = h - Math.floor(h);
    const b = (h * 7.13) % 1;
    const c = (h * 3.71) % 1;
    position.setXYZ(
      i,
      x * (0.75 + 0.5 * a),
      y * (0.7 + 0.6 * Math.abs(b)),
      z * (0.8 + 0.4 * Math.abs(c)),
    );
  }
  geometry.computeVertexNormals();
  return geometry;
}

/**
 * Dark gunmetal with edges that glow by the instance colour (its heat): the instance
 * colour feeds the emissive, not the diffuse.
 */
function shardMaterial(): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: '#3b3f48', metalness: 0.55, roughness: 0.55 });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec2 vShardUv;')
      .replace('#include <uv_vertex>', '#include <uv_vertex>\nvShardUv = uv;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying vec2 vShardUv;')
      .replace('#include <color_fragment>', '')
      .replace(
        '#include <emissivemap_fragment>',
        [
          '#include <emissivemap_fragment>',
          '#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )',
          'vec2 edgeDistance = min(vShardUv, 1.0 - vShardUv);',
          'float edge = 1.0 - smoothstep(0.0, 0.18, min(edgeDistance.x, edgeDistance.y));',
          'totalEmissiveRadiance += vColor.rgb * (edge * 2.4 + 0.15);',
          '#endif',
        ].join('\n'),
      );
  };
  material.customProgramCacheKey = () => 'combat-debris-hot-edges';
  return material;
}

const position = new Vector3();
const quaternion = new Quaternion();
const scale = new Vector3();
const matrix = new Matrix4();
/** The tick each piece was first drawn, for its cooling. */
const firstSeen = new WeakMap<Body, number>();

/** Hull pieces of destroyed ships (sim.debris), tumbling, with edges cooling from white-hot. */
export function Debris() {
  const parts = useMemo(() => {
    const geometry = shardGeometry();
    const material = shardMaterial();
    return { geometry, material, mesh: null as InstancedMesh | null, capacity: 0 };
  }, []);
  const group = useRef<Group>(null);

  useEffect(
    () => () => {
      parts.mesh?.dispose();
      parts.mesh = null;
      parts.geometry.dispose();
      parts.material.dispose();
    },
    [parts],
  );

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const session = runtime.session;
    const sim = session.sim;
    const debris = sim.debris;
    if (!parts.mesh || debris.length > parts.capacity) {
      const capacity = Math.max(INITIAL_CAPACITY, parts.capacity * 2, debris.length);
      if (parts.mesh) {
        g.remove(parts.mesh);
        parts.mesh.dispose();
      }
      const mesh = new InstancedMesh(parts.geometry, parts.material, capacity);
      mesh.instanceMatrix.setUsage(DynamicDrawUsage);
      mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(capacity * 3), 3);
      mesh.instanceColor.setUsage(DynamicDrawUsage);
      mesh.frustumCulled = false;
      g.add(mesh);
      parts.mesh = mesh;
      parts.capacity = capacity;
    }
    const mesh = parts.mesh;
    const colors = mesh.instanceColor!.array as Float32Array;
    let n = 0;
    for (const piece of debris) {
      let born = firstSeen.get(piece.body);
      if (born === undefined) {
        born = sim.tick;
        firstSeen.set(piece.body, born);
      }
      const heat = Math.exp(-(sim.tick - born) / COOL_TICKS);
      const shrink = Math.min(1, Math.max(0, (piece.expiresTick - sim.tick) / SHRINK_TICKS));
      if (shrink <= 0) continue;
      session.history.position(piece.body, session.alpha, position);
      session.history.quaternion(piece.body, session.alpha, quaternion);
      scale.setScalar(piece.sizeM * (0.35 + 0.65 * shrink));
      matrix.compose(position, quaternion, scale);
      mesh.setMatrixAt(n, matrix);
      // White-orange when fresh, through red to a faint ember.
      colors[n * 3] = 0.06 + Math.pow(heat, 0.6) * 1.1;
      colors[n * 3 + 1] = 0.012 + Math.pow(heat, 1.3) * 0.55;
      colors[n * 3 + 2] = Math.pow(heat, 3) * 0.3;
      n++;
    }
    mesh.count = n;
    mesh.visible = n > 0;
    mesh.instanceMatrix.clearUpdateRanges();
    mesh.instanceMatrix.addUpdateRange(0, n * 16);
    mesh.instanceMatrix.needsUpdate = true;
    const instanceColor = mesh.instanceColor!;
    instanceColor.clearUpdateRanges();
    instanceColor.addUpdateRange(0, n * 3);
    instanceColor.needsUpdate = true;
  });

  return <group ref={group} />;
}
