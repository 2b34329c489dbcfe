import { Quaternion, Vec3 } from 'cannon-es';
import { CALLISTER } from '../content/callister';
import { FIXED_DT } from '../constants';
import { axisValue, Button, isHeld, wasPressed, type InputFrame } from '../input-frame';
import type { SimState } from '../state';
import { engineScale } from './fence';

// Scratch vectors: the flight model runs every tick and must not allocate.
const forward = new Vec3();
const right = new Vec3();
const desired = new Vec3();
const delta = new Vec3();
const localRate = new Vec3();
const worldRate = new Vec3();
const LOCAL_FORWARD = new Vec3(0, 0, -1);
const LOCAL_RIGHT = new Vec3(1, 0, 0);

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** Rotates a vector from the ship's frame into the world. */
function toWorld(orientation: Quaternion, local: Vec3, out: Vec3): Vec3 {
  return orientation.vmult(local, out);
}

/**
 * Throttle lever, flight assist toggle, turning and thrust. Writes velocities that
 * the physics step then integrates, so collisions still push the ship around.
 */
export function flightSystem(sim: SimState, input: InputFrame): void {
  const ship = sim.player;
  if (!ship.alive) return;
  const body = ship.body;

  if (wasPressed(input, sim.previousButtons, Button.FlightAssist)) {
    ship.flightAssist = !ship.flightAssist;
    sim.events.push({ type: 'FlightAssistChanged', tick: sim.tick, on: ship.flightAssist });
  }

  ship.throttle = clamp(
    ship.throttle + axisValue(input.throttle) * CALLISTER.throttleRatePerS * FIXED_DT,
    CALLISTER.minThrottle,
    1,
  );

  updateBoost(sim, isHeld(input, Button.Boost));
  steer(sim, input);

  toWorld(body.quaternion, LOCAL_FORWARD, forward);
  toWorld(body.quaternion, LOCAL_RIGHT, right);
  const strafe = axisValue(input.strafe);
  const engines = engineScale(sim);

  if (ship.flightAssist) {
    // Assist flies a set-point velocity: the nose direction at throttle speed plus
    // strafe. Thrusters close the gap at a bounded rate, which damps any drift.
    const forwardSpeed =
      engines *
      (ship.boosting
        ? CALLISTER.boostSpeedMps
        : ship.throttle >= 0
          ? ship.throttle * CALLISTER.cruiseSpeedMps
          : ship.throttle * CALLISTER.cruiseSpeedMps * CALLISTER.reverseSpeedFactor);
    forward.scale(forwardSpeed, desired);
    right.scale(strafe * CALLISTER.strafeSpeedMps * engines, delta);
    desired.vadd(delta, desired);
    desired.vsub(body.velocity, delta);
    const maxChange =
      (ship.boosting ? CALLISTER.boostAccelMps2 : CALLISTER.thrustAccelMps2) * engines * FIXED_DT;
    const gap = delta.length();
    if (gap > maxChange) delta.scale(maxChange / gap, delta);
    body.velocity.vadd(delta, body.velocity);
  } else {
    // Pure momentum: the throttle is thrust, nothing damps drift.
    const throttleThrust =
      ship.throttle *
      CALLISTER.thrustAccelMps2 *
      (ship.throttle < 0 ? CALLISTER.reverseSpeedFactor : 1);
    const thrust = engines * (ship.boosting ? CALLISTER.boostAccelMps2 : throttleThrust);
    forward.scale(thrust * FIXED_DT, delta);
    body.velocity.vadd(delta, body.velocity);
    right.scale(strafe * CALLISTER.strafeAccelMps2 * engines * FIXED_DT, delta);
    body.velocity.vadd(delta, body.velocity);
    const speed = body.velocity.length();
    if (speed > CALLISTER.maxDriftSpeedMps) {
      body.velocity.scale(CALLISTER.maxDriftSpeedMps / speed, body.velocity);
    }
  }
}

/** Turn rates are commanded in the ship's frame and approached smoothly. */
function steer(sim: SimState, input: InputFrame): void {
  const body = sim.player.body;
  const rates = CALLISTER.turnRateRadPerS;
  // Ship forward is -Z: nose-up is +X rotation, nose-right is -Y, right-wing-down is -Z.
  localRate.set(
    axisValue(input.pitch) * rates.pitch,
    -axisValue(input.yaw) * rates.yaw,
    -axisValue(input.roll) * rates.roll,
  );
  toWorld(body.quaternion, localRate, worldRate);
  const response = Math.min(1, CALLISTER.turnResponsePerS * FIXED_DT);
  const w = body.angularVelocity;
  w.x += (worldRate.x - w.x) * response;
  w.y += (worldRate.y - w.y) * response;
  w.z += (worldRate.z - w.z) * response;
}

function updateBoost(sim: SimState, boostHeld: boolean): void {
  const ship = sim.player;
  // Running dry locks boost until the key is let go, so holding it does not pulse.
  if (!boostHeld) ship.boostLockedOut = false;
  const canStart = ship.energy >= CALLISTER.boostRestartEnergy && !ship.boostLockedOut;
  if (boostHeld && !ship.boosting && canStart) {
    ship.boosting = true;
    sim.events.push({ type: 'BoostStarted', tick: sim.tick });
  } else if (ship.boosting && (!boostHeld || ship.energy <= 0)) {
    const outOfEnergy = ship.energy <= 0;
    ship.boosting = false;
    ship.boostLockedOut = outOfEnergy;
    sim.events.push({ type: 'BoostEnded', tick: sim.tick, outOfEnergy });
  }
}
