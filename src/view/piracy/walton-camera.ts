import { Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import { shipPose } from '../ship-pose';
import { smoothstep } from './piracy-view';
import { WALTON_TIMING } from './walton-scene';

/** Seconds to ease between the chase camera and the scene's orbit. */
const BLEND_S = 1.6;
/** The orbit's angular speed around the ship–planet axis, rad/s. */
const ORBIT_RAD_PER_S = 0.05;

const toPlanet = new Vector3();
const around = new Vector3();
const across = new Vector3();
const orbitPosition = new Vector3();
const orbitLook = new Vector3();

/** 0 = chase camera, 1 = the scene's orbit; eased on the frame clock. */
let blend = 0;

/**
 * During Walton's scene the camera leaves its chase position for a slow orbit around
 * the Callister with the planet below her: the tractor beam runs down the frame. As
 * the invitation goes out it pulls back to take in the planet and the wave. Mixes
 * into the chase camera's `desired` position, `lookAt` target and `up` in place.
 * The orbit is a function of the scene's tick, so it holds still while paused.
 */
export function applySceneCamera(dt: number, desired: Vector3, lookAt: Vector3, up: Vector3): void {
  const sim = runtime.session.sim;
  const inScene = sim.objective.stage === 'walton-scene';
  blend = Math.min(1, Math.max(0, blend + (inScene ? dt : -dt) / BLEND_S));
  if (blend <= 0) return;
  const elapsed = Math.max(0, sim.tick - sim.objective.stageSinceTick - 1 + runtime.session.alpha);
  const seconds = elapsed / 60;

  const ship = shipPose.position;
  const p = sim.waltonPlanet.position;
  toPlanet.set(p[0] - ship.x, p[1] - ship.y, p[2] - ship.z).normalize();
  // Start the orbit from behind the ship (where the chase camera is), square to the planet.
  around.set(0, 0, 1).applyQuaternion(shipPose.quaternion);
  around.addScaledVector(toPlanet, -around.dot(toPlanet));
  if (around.lengthSq() < 1e-4) around.set(toPlanet.z, 0, -toPlanet.x);
  around.normalize();
  across.crossVectors(toPlanet, around);
  const angle = 0.5 + seconds * ORBIT_RAD_PER_S;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  // Pull back for the broadcast.
  const wide = smoothstep(WALTON_TIMING.chargeStartTicks, WALTON_TIMING.broadcastTicks, elapsed);
  const distance = 240 + 100 * wide;
  const height = 100 + 120 * wide;
  orbitPosition
    .copy(ship)
    .addScaledVector(around, c * distance)
    .addScaledVector(across, s * distance)
    .addScaledVector(toPlanet, -height);
  orbitLook.copy(ship).addScaledVector(toPlanet, 90 + 70 * wide);

  const k = smoothstep(0, 1, blend);
  desired.lerp(orbitPosition, k);
  lookAt.lerp(orbitLook, k);
  up.lerp(toPlanet.negate(), k).normalize();
}
