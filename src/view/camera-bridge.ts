import type { PerspectiveCamera } from 'three';

/**
 * The camera as it was used for the last rendered frame, for DOM overlays (the HUD's
 * brackets, pips and arrows) that project world positions to the screen.
 */
export const viewCamera: { camera: PerspectiveCamera | null; width: number; height: number } = {
  camera: null,
  width: 1,
  height: 1,
};
