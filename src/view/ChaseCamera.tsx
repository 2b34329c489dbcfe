import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PerspectiveCamera, Vector3 } from 'three';
import { runtime } from '../game/runtime';
import type { SimEvent } from '../sim';
import { useScreen } from '../state/screen-store';
import { BOOST_FOV_BONUS } from '../state/settings-schema';
import { useSettings } from '../state/settings-store';
import { applySceneCamera } from './piracy/walton-camera';
import { shipPose } from './ship-pose';

const CHASE_OFFSET = new Vector3(0, 21, 96);
const LOOK_AHEAD = new Vector3(0, 9, -130);

/** Seconds for a full-strength shake to die away. */
const SHAKE_DECAY_S = 0.4;
/** Peak camera wobble at full trauma and full setting, radians (pitch/yaw, roll). */
const SHAKE_MAX_ANGLE = 0.045;
const SHAKE_MAX_ROLL = 0.03;
/** Damage that gives a full-strength shake on its own (a torpedo hit is ~55). */
const SHAKE_FULL_DAMAGE = 45;
/** Even a glancing hit is felt. */
const SHAKE_MIN_TRAUMA = 0.2;

const desired = new Vector3();
const lookAt = new Vector3();
const up = new Vector3();

/**
 * Hit shake as "trauma" in [0, 1]: hits add to it, it falls linearly to zero over
 * SHAKE_DECAY_S, and the camera wobbles by trauma² (small hits are subtle, big ones
 * violent). Module scope, like the scratch vectors: nothing is allocated per frame.
 */
const shake = { trauma: 0, time: 0 };

function addTrauma(damage: number): void {
  if (!(damage > 0)) return;
  shake.trauma = Math.min(1, shake.trauma + SHAKE_MIN_TRAUMA + damage / SHAKE_FULL_DAMAGE);
}

function onSimEvent(event: SimEvent): void {
  if (event.type === 'ShipImpact') addTrauma(event.shieldDamage + event.hullDamage);
  else if (event.type === 'Hit' && event.targetId === 0) {
    addTrauma(event.shieldDamage + event.hullDamage);
  }
}

/** Smooth, non-repeating-looking wobble from three detuned sines (deterministic, cheap). */
function wobble(t: number, a: number, b: number, c: number): number {
  return (Math.sin(t * a) + Math.sin(t * b + 1.3) * 0.6 + Math.sin(t * c + 4.1) * 0.35) / 1.95;
}

/**
 * Chase camera: sits behind and above the ship in its frame, trailing slightly so
 * turns and acceleration read on screen. On the title screen it orbits the ship.
 * Field of view and hit shake follow the player's settings.
 */
export function ChaseCamera() {
  const camera = useThree((state) => state.camera);
  useEffect(() => {
    shake.trauma = 0;
    return runtime.session.onEvent(onSimEvent);
  }, []);
  useFrame((state, delta) => {
    const screen = useScreen.getState().screen;
    const settings = useSettings.getState().settings;
    const cam = camera as PerspectiveCamera;
    const dt = Math.min(delta, 0.1);

    // Follows the setting on every screen, so Settings previews it behind the panel.
    const boosting = screen === 'playing' && runtime.session.sim.player.boosting;
    const targetFov = settings.fov + (boosting ? BOOST_FOV_BONUS : 0);
    if (Math.abs(cam.fov - targetFov) > 0.05) {
      cam.fov += (targetFov - cam.fov) * (1 - Math.exp(-dt * (screen === 'playing' ? 4 : 10)));
      cam.updateProjectionMatrix();
    }

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
    up.copy(shipPose.up);
    lookAt.copy(LOOK_AHEAD).applyQuaternion(shipPose.quaternion).add(shipPose.position);
    // Walton's scene swings the camera into a slow orbit (a no-op the rest of the time).
    applySceneCamera(dt, desired, lookAt, up);
    // Exponential smoothing is frame-rate independent: the same lag at 30 or 144 fps.
    const follow = 1 - Math.exp(-dt * 9);
    cam.position.lerp(desired, follow);
    cam.up.lerp(up, 1 - Math.exp(-dt * 6)).normalize();
    cam.lookAt(lookAt);

    // Shake rotates the camera after lookAt, which rebuilds the orientation every frame,
    // so it never feeds back into the follow smoothing. Linear decay in seconds is
    // frame-rate independent.
    if (shake.trauma > 0) {
      shake.time += dt;
      const amount = shake.trauma * shake.trauma * settings.screenShake;
      if (amount > 0) {
        const t = shake.time;
        cam.rotateX(wobble(t, 47, 71, 113) * SHAKE_MAX_ANGLE * amount);
        cam.rotateY(wobble(t, 53, 67, 101) * SHAKE_MAX_ANGLE * amount);
        cam.rotateZ(wobble(t, 41, 59, 89) * SHAKE_MAX_ROLL * amount);
      }
      shake.trauma = Math.max(0, shake.trauma - dt / SHAKE_DECAY_S);
    }
  });
  return null;
}
