import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, Vector3 } from 'three';
import { runtime } from '../game/runtime';
import { ASTEROIDS, type Asteroid } from '../sim';
import { createAsteroidGeometries } from './asteroid-geometry';

const position = new Vector3();
const quaternion = new Quaternion();
const scale = new Vector3();
const matrix = new Matrix4();

interface VariantBatch {
  readonly mesh: InstancedMesh;
  /** Index into sim.asteroids for each instance. */
  readonly members: number[];
}

/**
 * Every rock in the sector, drawn as one InstancedMesh per rock shape: a few draw
 * calls for hundreds of asteroids. Transforms are interpolated between ticks.
 */
export function Asteroids(props: { asteroids: readonly Asteroid[]; seed: number }) {
  const { asteroids, seed } = props;
  const geometries = useMemo(
    () => createAsteroidGeometries(seed, ASTEROIDS.shapeVariants),
    [seed],
  );
  const material = useMemo(
    () =>
      new MeshStandardMaterial({
        vertexColors: true,
        roughness: 0.92,
        metalness: 0.08,
        flatShading: false,
      }),
    [],
  );
  const batches = useMemo<VariantBatch[]>(() => {
    return geometries.map((geometry, variant) => {
      const members: number[] = [];
      asteroids.forEach((asteroid, index) => {
        if (asteroid.shapeVariant % geometries.length === variant) members.push(index);
      });
      const mesh = new InstancedMesh(geometry, material, Math.max(1, members.length));
      mesh.count = members.length;
      // Instances span the whole sector, so the batch's bounds would need recomputing
      // every frame to cull correctly; drawing all is cheaper than that.
      mesh.frustumCulled = false;
      return { mesh, members };
    });
  }, [asteroids, geometries, material]);

  useLayoutEffect(
    () => () => {
      for (const geometry of geometries) geometry.dispose();
    },
    [geometries],
  );
  useLayoutEffect(() => () => material.dispose(), [material]);

  useFrame(() => {
    const session = runtime.session;
    for (const batch of batches) {
      for (let i = 0; i < batch.members.length; i++) {
        const asteroid = asteroids[batch.members[i]!]!;
        session.history.position(asteroid.body, session.alpha, position);
        session.history.quaternion(asteroid.body, session.alpha, quaternion);
        scale.setScalar(asteroid.radiusM);
        matrix.compose(position, quaternion, scale);
        batch.mesh.setMatrixAt(i, matrix);
      }
      batch.mesh.instanceMatrix.needsUpdate = true;
    }
  });

  return (
    <>
      {batches.map((batch, variant) => (
        <primitive key={variant} object={batch.mesh} />
      ))}
    </>
  );
}
