import { useFrame } from '@react-three/fiber';
import { runtime } from '../game/runtime';
import { updateShipPose } from './ship-pose';

/**
 * The one place the render loop drives the game: before anything else draws
 * (priority -1), advance the fixed-step simulation by the frame's time and settle
 * the interpolated ship pose that the camera, hull and effects all share.
 */
export function SimDriver() {
  useFrame((_, delta) => {
    runtime.frame(delta);
    updateShipPose();
    runtime.firstFrameRendered = true;
  }, -1);
  return null;
}
