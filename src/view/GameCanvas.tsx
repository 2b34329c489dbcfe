import { Canvas } from '@react-three/fiber';
import { ACESFilmicToneMapping } from 'three';
import { registerRenderer } from '../game/test-hook';
import { GRAPHICS_PRESETS } from '../state/settings-schema';
import { useSettings } from '../state/settings-store';
import { SectorScene } from './SectorScene';

/**
 * The WebGL canvas. Graphics quality caps the pixel ratio (live) and turns
 * antialiasing off on low; antialiasing is fixed when a WebGL context is created, so
 * switching it remounts the canvas with a new context (the run lives outside React).
 */
export function GameCanvas() {
  const quality = useSettings((state) => state.settings.graphicsQuality);
  const preset = GRAPHICS_PRESETS[quality];
  return (
    <Canvas
      key={preset.antialias ? 'aa' : 'no-aa'}
      className="game-canvas"
      dpr={[1, preset.maxDpr]}
      gl={{
        antialias: preset.antialias,
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
