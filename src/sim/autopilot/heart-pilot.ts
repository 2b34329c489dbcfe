import { CALLISTER } from '../content/callister';
import { HEART } from '../content/heart';
import { Button } from '../input-frame';
import type { FirewallBarrier, HeartRing, HeartState, SimState } from '../state';
import { engineScale } from '../systems/fence';
import { stickToward, type Stick } from './controls';
import * as det from '../math/det-math';

/**
 * The autopilot in the Heart, outside the pylon fight (which the relay orbit flies):
 *
 * - **Gates.** Rings and firewalls are passed one at a time, with flight assist on. For
 *   the next one ahead it chases the point where the gap (the ring's opening close to
 *   the hub, or the firewall's port) will be when the ship reaches the gate's plane,
 *   matching the gap's sideways motion; it comes on along the axis only once lined up,
 *   and waits at a staging distance while the gap is elsewhere.
 * - **Cutlass.** Pylons down: nose on Bob's core, close to blade range, swing on every
 *   ready press.
 * - **Way back.** After Bob the same gate planner runs toward +Z, through whatever the
 *   collapse has not yet swallowed, then brakes into the uplink's zone and holds still.
 */

/**
 * Where a ring is crossed: out from the hub but close in, where the opening is still
 * ~220 m wide and sweeps round slowest.
 */
const RING_PASS_RADIUS_M = 210;
/** Speed through a gate along the axis. */
const PASS_SPEED_MPS = 110;
/** Sideways: match the gap's motion plus this much of the error per second. */
const LATERAL_GAIN = 0.9;
const MAX_LATERAL_MPS = 140;
/** Within this of the gap's arrival point the ship commits to the pass. */
const LINED_UP_M = 40;
/** Not lined up: come no closer than this at more than a crawl. */
const STAGING_M = 100;
const CRAWL_MPS = 6;
/** A gate counts as passed once the ship's centre is this far through its plane. */
const CLEARED_M = 45;

export interface HeartPilotOutput {
  throttle: number;
  buttons: number;
  ability: number;
}

interface Gate {
  readonly z: number;
  readonly ring: HeartRing | null;
  readonly wall: FirewallBarrier | null;
}

/** Where the gate's gap will be after `seconds` (x, y in the tunnel's cross-section). */
function gapAt(gate: Gate, seconds: number, out: [number, number]): [number, number] {
  if (gate.ring) {
    const ring = gate.ring;
    const angle = ring.angleRad + ring.spinRadPerS * seconds + ring.openingOffsetRad;
    out[0] = det.cos(angle) * RING_PASS_RADIUS_M;
    out[1] = det.sin(angle) * RING_PASS_RADIUS_M;
    return out;
  }
  const wall = gate.wall!;
  const angle = wall.angleRad + wall.spinRadPerS * seconds;
  out[0] = det.cos(angle) * HEART.firewall.orbitRadiusM;
  out[1] = det.sin(angle) * HEART.firewall.orbitRadiusM;
  return out;
}

/** The next standing gate ahead, travelling toward -Z (sign -1) or +Z (sign +1). */
function nextGate(heart: HeartState, z: number, sign: 1 | -1): Gate | null {
  let best: Gate | null = null;
  let bestAhead = Infinity;
  const consider = (gateZ: number, ring: HeartRing | null, wall: FirewallBarrier | null) => {
    const ahead = (gateZ - z) * sign;
    if (ahead < -CLEARED_M || ahead >= bestAhead) return;
    bestAhead = ahead;
    best = { z: gateZ, ring, wall };
  };
  for (const ring of heart.rings) if (ring.deletedTick === null) consider(ring.z, ring, null);
  for (const wall of heart.firewalls) if (wall.deletedTick === null) consider(wall.z, null, wall);
  return best;
}

const gap: [number, number] = [0, 0];

/** Where the gap moves (x, y velocity) at the same moment. */
function gapVelocity(gate: Gate, at: readonly [number, number], out: [number, number]): void {
  const spin = gate.ring ? gate.ring.spinRadPerS : gate.wall!.spinRadPerS;
  out[0] = -spin * at[1];
  out[1] = spin * at[0];
}

const gapV: [number, number] = [0, 0];

/**
 * Steers through the next gate; false when none is left ahead. A guidance law rather
 * than a plan: aim for where the gap will be when the ship, going at the passing speed,
 * reaches the gate's plane; match the gap's sideways motion and close the error; come
 * on along the axis only as fast as the sideways error allows, easing to a crawl at a
 * staging distance while the gap is still elsewhere.
 */
function flyGates(
  sim: SimState,
  heart: HeartState,
  sign: 1 | -1,
  stick: Stick,
  out: HeartPilotOutput,
): boolean {
  const body = sim.player.body;
  const p = body.position;
  const gate = nextGate(heart, p.z, sign);
  if (!gate) return false;
  const cruise = CALLISTER.cruiseSpeedMps * engineScale(sim);
  const ahead = (gate.z - p.z) * sign;
  const seconds = Math.max(0.15, ahead / PASS_SPEED_MPS);
  gapAt(gate, seconds, gap);
  gapVelocity(gate, gap, gapV);
  const ex = gap[0] - p.x;
  const ey = gap[1] - p.y;
  const error = det.hypot(ex, ey);
  let vx = gapV[0] + ex * LATERAL_GAIN;
  let vy = gapV[1] + ey * LATERAL_GAIN;
  const lateral = det.hypot(vx, vy);
  if (lateral > MAX_LATERAL_MPS) {
    vx *= MAX_LATERAL_MPS / lateral;
    vy *= MAX_LATERAL_MPS / lateral;
  }
  // Lined up (or already through): go. Otherwise slow toward the staging distance.
  const lined = error < LINED_UP_M || ahead < 0;
  const axial = lined
    ? PASS_SPEED_MPS
    : Math.max(
        CRAWL_MPS,
        Math.min(PASS_SPEED_MPS * Math.max(0.2, 1 - error / 220), (ahead - STAGING_M) * 0.9),
      );
  const vz = axial * sign;
  // Flight assist flies along the nose at the lever's speed: point it down the wished velocity.
  stickToward(sim, p.x + vx, p.y + vy, p.z + vz, stick);
  const speed = det.hypot(vx, vy, vz);
  out.throttle = Math.min(1, speed / cruise);
  return true;
}

/** Pylons down: close on Bob's core and swing the cutlass whenever it is ready. */
function flyCutlass(sim: SimState, heart: HeartState, stick: Stick, out: HeartPilotOutput): void {
  const [cx, cy, cz] = HEART.core.center;
  const p = sim.player.body.position;
  const d = det.hypot(cx - p.x, cy - p.y, cz - p.z);
  stickToward(sim, cx, cy, cz, stick);
  const cruise = CALLISTER.cruiseSpeedMps * engineScale(sim);
  const wanted = Math.max(0, Math.min(140, (d - 110) * 0.9));
  out.throttle = stick.offNoseRad > 0.6 ? 0.1 : wanted / cruise;
  const reach = HEART.cutlass.rangeM + HEART.bob.hitRadiusM;
  if (
    d < reach - 10 &&
    stick.offNoseRad < 0.5 &&
    heart.cutlass.cooldownTicks === 0 &&
    (sim.previousButtons & Button.Cutlass) === 0
  ) {
    out.buttons |= Button.Cutlass;
  }
}

/** Brake into the uplink's zone and hold still there. */
function flyUplink(sim: SimState, stick: Stick, out: HeartPilotOutput): void {
  const [ux, uy, uz] = HEART.uplink.position;
  const body = sim.player.body;
  const p = body.position;
  const d = det.hypot(ux - p.x, uy - p.y, uz - p.z);
  const cruise = CALLISTER.cruiseSpeedMps * engineScale(sim);
  if (d < HEART.uplink.radiusM * 0.6) {
    out.throttle = 0;
    stick.pitch = 0;
    stick.yaw = 0;
    stick.roll = 0;
    return;
  }
  stickToward(sim, ux, uy, uz, stick);
  // Arrive slow: the speed that still stops (at thrust's deceleration) by the centre.
  const decel = CALLISTER.thrustAccelMps2 * engineScale(sim) * 0.5;
  const wanted = Math.min(cruise, Math.sqrt(2 * decel * Math.max(0, d - 20)));
  out.throttle = stick.offNoseRad > 0.6 ? 0.05 : wanted / cruise;
}

/**
 * The Heart's flying, or null where the caller's pylon orbit should fly (Bob's chamber
 * with pylons standing). Flight assist stays on for all of it.
 */
export function flyHeart(
  sim: SimState,
  heart: HeartState,
  stick: Stick,
  out: HeartPilotOutput,
): 'gates' | 'cutlass' | 'uplink' | null {
  out.throttle = 0;
  out.buttons = 0;
  out.ability = 0;
  switch (heart.stage) {
    case 'gauntlet':
      if (flyGates(sim, heart, -1, stick, out)) return 'gates';
      // Past the last gate: on into the chamber.
      stickToward(sim, 0, 0, HEART.core.entryZ - 400, stick);
      out.throttle = 0.7;
      return 'gates';
    case 'bob':
      if (heart.pylonsLeft > 0) return null;
      flyCutlass(sim, heart, stick, out);
      // The beam has held a while: Nate's dodge slips it.
      if (heart.beam.holdTicks > HEART.beam.holdTicks * 0.6) out.ability = 2;
      return 'cutlass';
    case 'deletion':
    case 'uplink':
      if (flyGates(sim, heart, 1, stick, out)) return 'gates';
      flyUplink(sim, stick, out);
      return 'uplink';
    default:
      return 'gates';
  }
}
