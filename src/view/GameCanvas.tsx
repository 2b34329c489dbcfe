import { Canvas } from '@react-three/fiber';
import { ACESFilmicToneMapping } from 'three';
import { registerRenderer } from '../game/test-hook';
import { SectorScene } from './SectorScene';

/** The WebGL canvas. Quality is modest by default so software renderers stay usable. */
export function GameCanvas() {
  return (
    <Canvas
      className="game-canvas"
      dpr={[1, 1.5]}
      gl={{
        antialias: true,
        powerPreference: 'high-performance',
        toneMapping: ACESFilmicToneMapping,
      }}
      camera={{ fov: 68, near: 0.5, far: 30000, position: [0, 30, 120] }}
      onCreated={({ gl }) => registerRenderer(gl)}
    >
      <color attach="background" args={['#02030a']} />
      <SectorScene />
    </Canvas>
  );
}
