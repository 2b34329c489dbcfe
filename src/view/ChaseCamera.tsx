import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, Vector3 } from 'three';
import { runtime } from '../game/runtime';
import { useScreen } from '../state/screen-store';
import { shipPose } from './ship-pose';

const CHASE_OFFSET = new Vector3(0, 15, 62);
const LOOK_AHEAD = new Vector3(0, 7, -90);
const BASE_FOV = 68;
const BOOST_FOV = 80;

const desired = new Vector3();
const lookAt = new Vector3();
const up = new Vector3();

/**
 * Chase camera: sits behind and above the ship in its frame, trailing slightly so
 * turns and acceleration read on screen. On the title screen it orbits the ship.
 */
export function ChaseCamera() {
  const camera = useThree((state) => state.camera);
  useFrame((state, delta) => {
    const screen = useScreen.getState().screen;
    const cam = camera as PerspectiveCamera;
    const dt = Math.min(delta, 0.1);
    if (
      screen === 'title' ||
      (screen === 'settings' && useScreen.getState().settingsReturn === 'title')
    ) {
      const t = state.clock.elapsedTime * 0.07;
      desired
        .set(Math.sin(t) * 120, 28 + Math.sin(t * 0.7) * 12, Math.cos(t) * 120)
        .add(shipPose.position);
      cam.position.copy(desired);
      up.set(0, 1, 0);
      cam.up.copy(up);
      cam.lookAt(lookAt.copy(shipPose.position).addScaledVector(shipPose.forward, 25));
      return;
    }
    if (screen === 'paused' || screen === 'settings') return;

    desired.copy(CHASE_OFFSET).applyQuaternion(shipPose.quaternion).add(shipPose.position);
    // Exponential smoothing is frame-rate independent: the same lag at 30 or 144 fps.
    const follow = 1 - Math.exp(-dt * 9);
    cam.position.lerp(desired, follow);
    up.copy(shipPose.up);
    cam.up.lerp(up, 1 - Math.exp(-dt * 6)).normalize();
    lookAt.copy(LOOK_AHEAD).applyQuaternion(shipPose.quaternion).add(shipPose.position);
    cam.lookAt(lookAt);

    const boosting = runtime.session.sim.player.boosting;
    const targetFov = boosting ? BOOST_FOV : BASE_FOV;
    if (Math.abs(cam.fov - targetFov) > 0.05) {
      cam.fov += (targetFov - cam.fov) * (1 - Math.exp(-dt * 4));
      cam.updateProjectionMatrix();
    }
  });
  return null;
}
