import { Quaternion, Vector3 } from 'three';
import { runtime } from '../game/runtime';

/**
 * The player ship's interpolated pose for this frame. Computed once per frame (by
 * PlayerShip) and shared, so the camera and the effects agree with the drawn hull.
 */
export const shipPose = {
  position: new Vector3(),
  quaternion: new Quaternion(),
  forward: new Vector3(0, 0, -1),
  up: new Vector3(0, 1, 0),
  velocity: new Vector3(),
};

const LOCAL_FORWARD = new Vector3(0, 0, -1);
const LOCAL_UP = new Vector3(0, 1, 0);

export function updateShipPose(): void {
  const session = runtime.session;
  const body = session.sim.player.body;
  session.history.position(body, session.alpha, shipPose.position);
  session.history.quaternion(body, session.alpha, shipPose.quaternion);
  shipPose.forward.copy(LOCAL_FORWARD).applyQuaternion(shipPose.quaternion);
  shipPose.up.copy(LOCAL_UP).applyQuaternion(shipPose.quaternion);
  shipPose.velocity.set(body.velocity.x, body.velocity.y, body.velocity.z);
}
