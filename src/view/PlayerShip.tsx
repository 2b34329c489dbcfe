import { useGLTF } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { Group, Object3D } from 'three';
import callisterUrl from '../../models/callister.glb?url';
import { EngineGlow } from './EngineGlow';
import { mergeByMaterial } from './merge-by-material';
import { shipPose } from './ship-pose';

const ENGINE_MOUNTS = ['EngineLeft', 'EngineRight'] as const;

/** The USS Callister, from models/callister.glb, placed at the interpolated sim pose. */
export function PlayerShip() {
  const gltf = useGLTF(callisterUrl);
  const model = useMemo(() => mergeByMaterial(gltf.scene, ENGINE_MOUNTS), [gltf.scene]);
  const engineMounts = useMemo(
    () =>
      ENGINE_MOUNTS.map((name) => model.getObjectByName(name)).filter(
        (node): node is Object3D => node !== undefined,
      ),
    [model],
  );
  const group = useRef<Group>(null);
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    g.position.copy(shipPose.position);
    g.quaternion.copy(shipPose.quaternion);
  });
  return (
    <group ref={group}>
      <primitive object={model} />
      <EngineGlow mounts={engineMounts} />
    </group>
  );
}

useGLTF.preload(callisterUrl);
