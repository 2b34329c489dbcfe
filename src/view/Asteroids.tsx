import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import {
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
  type BufferGeometry,
} from 'three';
import { runtime } from '../game/runtime';
import { ASTEROIDS, type Asteroid } from '../sim';
import { createAsteroidGeometries, FAR_DETAIL } from './asteroid-geometry';

const position = new Vector3();
const quaternion = new Quaternion();
const scale = new Vector3();
const matrix = new Matrix4();

/**
 * Beyond this distance (scaled by the rock's size) a rock is drawn with the coarse
 * mesh: at that range the silhouette is a handful of pixels, and software renderers
 * are triangle-bound.
 */
const NEAR_DISTANCE_PER_M = 45;

interface Batch {
  readonly near: InstancedMesh;
  readonly far: InstancedMesh;
  /** Index into sim.asteroids of every rock drawn with this shape. */
  readonly members: number[];
}

function instanced(
  geometry: BufferGeometry,
  material: MeshStandardMaterial,
  capacity: number,
): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, Math.max(1, capacity));
  mesh.count = 0;
  // Instances span the whole sector, so the batch's bounds would need recomputing
  // every frame to cull correctly; drawing all is cheaper than that.
  mesh.frustumCulled = false;
  return mesh;
}

/**
 * Every rock in the sector, drawn as two InstancedMeshes (near and far detail) per
 * rock shape: a dozen draw calls for hundreds of asteroids. Transforms are
 * interpolated between ticks.
 */
export function Asteroids(props: { asteroids: readonly Asteroid[]; seed: number }) {
  const { asteroids, seed } = props;
  const camera = useThree((state) => state.camera);
  const nearGeometries = useMemo(
    () => createAsteroidGeometries(seed, ASTEROIDS.shapeVariants),
    [seed],
  );
  const farGeometries = useMemo(
    () => createAsteroidGeometries(seed, ASTEROIDS.shapeVariants, FAR_DETAIL),
    [seed],
  );
  const material = useMemo(
    () => new MeshStandardMaterial({ vertexColors: true, roughness: 0.92, metalness: 0.08 }),
    [],
  );
  const batches = useMemo<Batch[]>(
    () =>
      nearGeometries.map((nearGeometry, variant) => {
        const members: number[] = [];
        asteroids.forEach((asteroid, index) => {
          if (asteroid.shapeVariant % nearGeometries.length === variant) members.push(index);
        });
        return {
          near: instanced(nearGeometry, material, members.length),
          far: instanced(farGeometries[variant]!, material, members.length),
          members,
        };
      }),
    [asteroids, nearGeometries, farGeometries, material],
  );

  useLayoutEffect(
    () => () => {
      for (const geometry of [...nearGeometries, ...farGeometries]) geometry.dispose();
    },
    [nearGeometries, farGeometries],
  );
  useLayoutEffect(() => () => material.dispose(), [material]);

  useFrame(() => {
    const session = runtime.session;
    const eye = camera.position;
    for (const batch of batches) {
      let near = 0;
      let far = 0;
      for (const member of batch.members) {
        const asteroid = asteroids[member]!;
        session.history.position(asteroid.body, session.alpha, position);
        session.history.quaternion(asteroid.body, session.alpha, quaternion);
        scale.setScalar(asteroid.radiusM);
        matrix.compose(position, quaternion, scale);
        if (position.distanceTo(eye) < asteroid.radiusM * NEAR_DISTANCE_PER_M)
          batch.near.setMatrixAt(near++, matrix);
        else batch.far.setMatrixAt(far++, matrix);
      }
      batch.near.count = near;
      batch.far.count = far;
      batch.near.instanceMatrix.needsUpdate = true;
      batch.far.instanceMatrix.needsUpdate = true;
    }
  });

  return (
    <>
      {batches.map((batch, variant) => (
        <group key={variant}>
          <primitive object={batch.near} />
          <primitive object={batch.far} />
        </group>
      ))}
    </>
  );
}
