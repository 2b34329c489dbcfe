import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { SUN_DIRECTION } from './sun';

const SUN_DISTANCE = 4000;
/** Faint image-based light so metal hulls show their panels instead of going black. */
const ENVIRONMENT_INTENSITY = 0.35;

/** One sun (shared direction with the planet and nebula shaders), cool fill light, faint reflections. */
export function Lighting() {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    scene.environment = target.texture;
    scene.environmentIntensity = ENVIRONMENT_INTENSITY;
    room.dispose();
    pmrem.dispose();
    return () => {
      scene.environment = null;
      target.dispose();
    };
  }, [gl, scene]);
  return (
    <>
      <directionalLight
        position={[
          SUN_DIRECTION.x * SUN_DISTANCE,
          SUN_DIRECTION.y * SUN_DISTANCE,
          SUN_DIRECTION.z * SUN_DISTANCE,
        ]}
        intensity={3.2}
        color="#fff4e2"
      />
      <hemisphereLight args={['#6a5cff', '#0b3a44', 0.55]} />
      <ambientLight intensity={0.12} color="#8090ff" />
    </>
  );
}
