import { SUN_DIRECTION } from './sun';

const SUN_DISTANCE = 4000;

/** One sun (shared direction with the planet and nebula shaders) and cool fill light. */
export function Lighting() {
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
