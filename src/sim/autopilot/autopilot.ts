/**
 * # Autopilot — a bot that flies the Callister through the public InputFrame
 *
 * `createAutopilot().next(sim)` reads the sim (what a player sees: positions on the
 * radar, the HUD's shields, heat and torpedo lock, the missile warning) and returns
 * the next InputFrame. It never writes to the sim and never rolls the sim's RNG; its
 * only memory is its own small state machine. The same sim gives the same frames, and
 * a run it flies records and replays like any player's.
 *
 * ## Strategy (chapter 2, the speedrunner's route)
 * - **Relays, nearest first.** Take the nearest standing relay, then the next nearest,
 *   until all three are down: the party ends on the last one.
 * - **Circle-strafe (`style: 'orbit'`).** Flight assist off, nose on the mast, and a
 *   circle of ~950 m around it at ~200 m/s: the lever thrusts toward the relay just
 *   hard enough to bend the path into the circle (v²/R), the strafe holds the speed
 *   along it, and the roll swings the strafe axis wherever the sideways push is needed
 *   (there is no vertical thruster). A ship that is always accelerating is never where
 *   the swarm's constant-velocity lead puts it, and at 200 m/s the swarm's attack runs
 *   (flown at cruise speed) mostly end up behind it instead of head-on, where rams
 *   happen. Speed and radius wobble on the bot's own dice. The next relay is reached by
 *   the same law: the circle's centre jumps, and the ship spirals in on it at up to
 *   200 m/s, slow enough for the weak reverse thrust to stop. The circle's plane is
 *   kept square to Walton's planet, so it never grazes it.
 * - **Phasers.** Perfect lead; fire only when the bolt will hit; vent on purpose before
 *   the overheat lock-out (stop at 92 heat, resume at 40: a locked gun at a bad moment
 *   costs more than the pause).
 * - **Torpedoes.** "Target ahead" (the nose on the mast itself for a moment, since the
 *   lead point sits beside it), hold the lock, fire every tube at the relay unless the
 *   ones already in flight will finish it. The splash thins the guard too.
 * - **Crew.** Rally (1) on the relay in range; Evasive (2) a blink before a homing
 *   torpedo lands (thrown toward it, so it hits inside the dodge's invulnerable moment)
 *   or a ram; Overcharge (3) when the shields are nearly gone under fire; Sweep (4)
 *   when the swarm is around; Reload (5) as soon as three tubes are empty while relays
 *   stand (its cooldown is a minute).
 * - **Safety.** Looks ahead along the flight path for rocks, the planet, the station,
 *   the masts (3 s) and ships on a ramming course (1.5 s), and thrusts, turns or dodges
 *   away from them.
 * - **`style: 'assist'`** is a plainer pilot for balance checks: flight assist on, boost
 *   to a kilometre off the relay, hold there nose-on and strafe from side to side.
 *   `aimErrorRad` gives either style a human's wandering aim.
 * - **Elsewhere** (arena, piracy, or `ignoreRelays`): dogfight with flight assist on —
 *   the hostile nearest the nose and close, lead it, fire, torpedo the tough ones.
 *   Peaceful traffic is left alone; a scripted scene is skipped.
 */
import { Vec3 } from 'cannon-es';
import { CREW_RULES } from '../content/crew';
import { HEART } from '../content/heart';
import { flyHeart, type HeartPilotOutput } from './heart-pilot';
import { PHASERS, TARGET_AHEAD_CONE_RAD } from '../content/weapons';
import { EMPTY_INPUT, Button, quantizeAxis, type InputFrame } from '../input-frame';
import { leadPoint } from '../math/intercept';
import type { EnemyShip, SimState } from '../state';
import { torpedoCapacity } from '../systems/fence';
import { Faction } from '../world/projectile-pool';
import {
  createStick,
  createThrust,
  stickToward,
  throttleToward,
  thrustFor,
  toShipFrame,
} from './controls';
import {
  collisionThreat,
  createCollisionThreat,
  createIncomingTorpedo,
  hostilesWithin,
  incomingTorpedo,
  isHostilePilot,
} from './perception';
import * as det from '../math/det-math';

/** Crew ability slots (InputFrame.ability). */
const Ability = { Rally: 1, Evasive: 2, Overcharge: 3, Sweep: 4, Reload: 5 } as const;

/** The knobs of the bot's plan; the defaults fly the Attack Wave's relay route. */
export interface AutopilotTuning {
  /** 'orbit' circle-strafes with flight assist off; 'assist' hovers nose-on with it on. */
  readonly style: 'orbit' | 'assist';
  /** Radius of the circle flown around a relay (the stand-off distance for 'assist'). */
  readonly orbitRadiusM: number;
  /** Speed along that circle. */
  readonly orbitSpeedMps: number;
  /** Fastest closing speed on a relay's circle. */
  readonly inboundMps: number;
  /** Shoot phasers at things no farther than this. */
  readonly phaserRangeM: number;
  /** Stop firing at this heat, resume at ventTo (never tripping the overheat lock). */
  readonly ventAt: number;
  readonly ventTo: number;
  /** Overcharge when the shields fall below this fraction of max. */
  readonly overchargeBelow: number;
  /** Evasive dodge when a homing torpedo is this close to impact (invulnerable ~0.4 s). */
  readonly dodgeTorpedoS: number;
  /** A human's aim: the guns point this far (radians, wandering) off the true lead. */
  readonly aimErrorRad: number;
  /** Leave the relays alone and dogfight instead. */
  readonly ignoreRelays: boolean;
}

export const DEFAULT_TUNING: AutopilotTuning = {
  style: 'orbit',
  orbitRadiusM: 950,
  orbitSpeedMps: 200,
  inboundMps: 200,
  phaserRangeM: 1300,
  ventAt: 92,
  ventTo: 40,
  overchargeBelow: 0.2,
  dodgeTorpedoS: 0.12,
  aimErrorRad: 0,
  ignoreRelays: false,
};

export type AutopilotMode =
  | 'idle'
  | 'orbit'
  | 'transit'
  | 'standoff'
  | 'dogfight'
  | 'scene'
  /** The Heart: gates, the cutlass, the uplink (see heart-pilot.ts). */
  | 'heart';

/** What the bot is doing, for debugging overlays and reports. */
export interface AutopilotStatus {
  mode: AutopilotMode;
  /** The relay (entity id) the relay run is working on, or null. */
  relayId: number | null;
  /** The ship the guns are on, or null. */
  aimId: number | null;
  /** Holding fire to let the phasers cool. */
  venting: boolean;
}

export interface Autopilot {
  /** Reads the sim and returns the InputFrame for its next tick. */
  next(sim: SimState): InputFrame;
  readonly status: Readonly<AutopilotStatus>;
}

/** Look this far ahead for ships on a ramming course. */
const RAM_HORIZON_S = 1.5;
/** Dodge (invulnerable) when a ram is this close… */
const RAM_DODGE_S = 0.35;
/** …and this fast (slower bumps are scrapes). */
const RAM_DODGE_MPS = 40;
/** Look this far ahead for rocks, the planet and the masts. */
const ROCK_HORIZON_S = 3;
/** Turn away from a rock (rather than only strafe) when it is this close in time. */
const ROCK_TURN_S = 1.6;
/** Every this many ticks, spend the first SELECT_TICKS with the nose on the mast to select it. */
const SELECT_PERIOD_TICKS = 120;
const SELECT_TICKS = 40;

/**
 * Circling a pylon: close (the chamber is small, and the copy beam turns at 0.22 rad/s,
 * so the circle, square to Bob's direction and beyond the pylon, keeps the Callister
 * crossing his line of sight at ~0.3 rad/s).
 */
const PYLON_ORBIT_RADIUS_M = 380;
const PYLON_ORBIT_SPEED_MPS = 195;

/** What an orbit's plane is kept square to: Walton's planet, or Bob's core in the Heart. */
function orbitReference(sim: SimState): readonly [number, number, number] {
  return sim.chapter === 'heart' ? HEART.core.center : sim.waltonPlanet.position;
}

/** Module scratch: used and finished within one call, never carried between ticks. */
const local = new Vec3();

/** A small deterministic hash of the tick: the bot's own dice (the sim's RNG is not its to roll). */
function hashTick(tick: number, salt: number): number {
  let h = Math.imul(tick ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

function distance(sim: SimState, enemy: EnemyShip): number {
  return enemy.body.position.distanceTo(sim.player.body.position);
}

/** What "target ahead" would pick now: the ship nearest the nose inside its cone. */
function nearestToNose(sim: SimState): EnemyShip | null {
  const p = sim.player.body.position;
  let best: EnemyShip | null = null;
  let bestCos = det.cos(TARGET_AHEAD_CONE_RAD);
  for (const enemy of sim.enemies) {
    if (!enemy.alive) continue;
    const b = enemy.body.position;
    toShipFrame(sim, b.x - p.x, b.y - p.y, b.z - p.z, local);
    const cos = -local.z / (local.length() || 1);
    if (cos > bestCos) {
      bestCos = cos;
      best = enemy;
    }
  }
  return best;
}

/** The Callister's torpedoes already homing on the target would finish it. */
function torpedoesWouldOverkill(sim: SimState, target: EnemyShip): boolean {
  const pool = sim.projectiles;
  let inFlight = 0;
  for (let i = 0; i < pool.count; i++) {
    if (pool.faction[i] === Faction.Player && pool.targetId[i] === target.id) {
      inFlight += pool.damage[i]!;
    }
  }
  return inFlight >= target.hull + target.shields;
}

function crewReady(sim: SimState, slot: number): boolean {
  const member = sim.crew[slot - 1];
  return !!member && member.alive && member.cooldownTicks === 0;
}

/** The structures the run must break now: the party's relays, or Bob's pylons. */
function objectiveStructures(sim: SimState): readonly number[] {
  const heart = sim.heart;
  if (sim.chapter === 'heart') return heart && heart.stage === 'bob' ? heart.pylonIds : [];
  const party = sim.party;
  if (!party || party.endedTick !== null) return [];
  return party.relayIds;
}

/** Is this one of the structures the run must break (a relay or a pylon)? */
function isObjective(enemy: EnemyShip): boolean {
  return enemy.role === 'relay' || enemy.role === 'pylon';
}

/** The nearest standing relay (or pylon), sticking with `currentId` while it stands. */
function chooseRelay(sim: SimState, currentId: number | null): EnemyShip | null {
  const ids = objectiveStructures(sim);
  if (ids.length === 0) return null;
  const current = currentId === null ? undefined : sim.enemyById.get(currentId);
  if (current && current.alive && ids.includes(current.id)) return current;
  let best: EnemyShip | null = null;
  let bestDistance = Infinity;
  for (const id of ids) {
    const relay = sim.enemyById.get(id);
    if (!relay || !relay.alive) continue;
    const d = distance(sim, relay);
    if (d < bestDistance) {
      bestDistance = d;
      best = relay;
    }
  }
  return best;
}

/** Dogfight target: close and near the nose, preferring whoever is attacking and the current one. */
function chooseDogfightTarget(sim: SimState, currentId: number | null): EnemyShip | null {
  const p = sim.player.body.position;
  let best: EnemyShip | null = null;
  let bestScore = Infinity;
  for (const enemy of sim.enemies) {
    if (!isHostilePilot(enemy)) continue;
    const b = enemy.body.position;
    toShipFrame(sim, b.x - p.x, b.y - p.y, b.z - p.z, local);
    const d = local.length() || 1;
    if (d > 3000) continue;
    const off = det.acos(clamp(-local.z / d, -1, 1));
    let score = d + off * 700;
    if (enemy.ai.state === 'attack') score -= 150;
    if (enemy.id === currentId) score -= 250;
    if (score < bestScore) {
      bestScore = score;
      best = enemy;
    }
  }
  return best;
}

export function createAutopilot(tuning: Partial<AutopilotTuning> = {}): Autopilot {
  const t: AutopilotTuning = { ...DEFAULT_TUNING, ...tuning };
  const status: AutopilotStatus = { mode: 'idle', relayId: null, aimId: null, venting: false };
  // Per-pilot scratch, so two pilots flying side by side never share a reading.
  const stick = createStick();
  const thrust = createThrust();
  const torpedoWarning = createIncomingTorpedo();
  const rockThreat = createCollisionThreat();
  const ramThreat = createCollisionThreat();
  const aim = { x: 0, y: 0, z: 0 };
  const wish = new Vec3();
  const memory = {
    strafeSign: 1,
    nextJinkTick: 0,
    /** Orbit speed and radius wobble, re-rolled on the jink clock. */
    speedWobble: 0,
    radiusWobble: 0,
    aimErrorX: 0,
    aimErrorY: 0,
    aimErrorZ: 0,
  };

  /** Where the guns point: set by aimAt each tick. */
  const aimed = { onTarget: false, distance: Infinity };
  /** The controls one tick asks for, assembled by the flying and shooting steps. */
  const out = { throttle: 0, strafe: 0, roll: 0, boost: false, buttons: 0, ability: 0 };
  const heartOut: HeartPilotOutput = { throttle: 0, buttons: 0, ability: 0 };

  function next(sim: SimState): InputFrame {
    const player = sim.player;
    if (!player.alive || sim.outcome) {
      status.mode = 'idle';
      return EMPTY_INPUT;
    }
    if (sim.objective.stage === 'walton-scene') {
      status.mode = 'scene';
      return { ...EMPTY_INPUT, buttons: sim.tick % 2 === 0 ? Button.Skip : 0 };
    }
    out.throttle = 0;
    out.strafe = 0;
    out.roll = 0;
    out.boost = false;
    out.buttons = 0;
    out.ability = 0;
    rollDice(sim);
    const heart = sim.chapter === 'heart' ? sim.heart : null;
    if (heart && flyHeart(sim, heart, stick, heartOut) !== null) {
      status.mode = 'heart';
      status.relayId = null;
      status.aimId = null;
      let buttons = heartOut.buttons;
      if (!player.flightAssist && (sim.previousButtons & Button.FlightAssist) === 0) {
        buttons |= Button.FlightAssist;
      }
      const ability =
        heartOut.ability !== 0 &&
        crewReady(sim, heartOut.ability) &&
        sim.previousAbility !== heartOut.ability
          ? heartOut.ability
          : 0;
      return {
        throttle: throttleToward(sim, heartOut.throttle),
        pitch: quantizeAxis(stick.pitch),
        yaw: quantizeAxis(stick.yaw),
        roll: quantizeAxis(stick.roll),
        strafe: 0,
        buttons,
        ability,
        purchase: 0,
      };
    }

    // Eyes first: what is about to hit the ship.
    collisionThreat(sim, ROCK_HORIZON_S, false, rockThreat);
    collisionThreat(sim, RAM_HORIZON_S, true, ramThreat);
    incomingTorpedo(sim, torpedoWarning);

    const target = chooseMode(sim);
    if (target) aimAt(sim, target);
    else {
      aimed.onTarget = false;
      aimed.distance = Infinity;
    }
    switch (status.mode) {
      case 'orbit':
        flyOrbit(sim, target!);
        break;
      case 'transit':
        flyTransit(sim, target!, aimed.distance);
        break;
      case 'standoff':
        flyStandoff(sim, target!, aimed.distance);
        break;
      case 'dogfight':
        flyDogfight(sim, target!, aimed.distance);
        break;
      default:
        stick.pitch = 0;
        stick.yaw = 0;
        stick.roll = 0;
    }
    shoot(sim, target, aimed.onTarget, aimed.distance);
    crewOrders(sim, target, aimed.onTarget, aimed.distance);

    const wantAssist = status.mode !== 'orbit';
    let buttons = out.buttons;
    if (out.boost && player.energy > 12) buttons |= Button.Boost;
    if (player.flightAssist !== wantAssist && (sim.previousButtons & Button.FlightAssist) === 0) {
      buttons |= Button.FlightAssist;
    }
    return {
      throttle: throttleToward(sim, out.throttle),
      pitch: quantizeAxis(stick.pitch),
      yaw: quantizeAxis(stick.yaw),
      roll: quantizeAxis(out.roll),
      strafe: quantizeAxis(out.strafe),
      buttons,
      ability: out.ability,
      purchase: 0,
    };
  }

  /** The jink clock: strafe side, orbit wobble and (for a human-like aim) the hand's error. */
  function rollDice(sim: SimState): void {
    if (sim.tick >= memory.nextJinkTick) {
      memory.strafeSign = -memory.strafeSign;
      memory.nextJinkTick = sim.tick + 45 + Math.floor(hashTick(sim.tick, 1) * 70);
      memory.speedWobble = (hashTick(sim.tick, 2) - 0.5) * 70;
      memory.radiusWobble = (hashTick(sim.tick, 3) - 0.5) * 200;
    }
    if (t.aimErrorRad > 0 && sim.tick % 20 === 0) {
      memory.aimErrorX = (hashTick(sim.tick, 4) - 0.5) * 2;
      memory.aimErrorY = (hashTick(sim.tick, 5) - 0.5) * 2;
      memory.aimErrorZ = (hashTick(sim.tick, 6) - 0.5) * 2;
    }
  }

  /** Relay run or dogfight, and which ship the guns are on. */
  function chooseMode(sim: SimState): EnemyShip | null {
    const relay = t.ignoreRelays ? null : chooseRelay(sim, status.relayId);
    let target: EnemyShip | null;
    if (relay) {
      const d = distance(sim, relay);
      if (t.style === 'orbit') status.mode = 'orbit';
      else if (status.mode === 'standoff' && status.relayId === relay.id) {
        if (d > t.orbitRadiusM + 900) status.mode = 'transit';
      } else {
        status.mode = d < t.orbitRadiusM + 300 ? 'standoff' : 'transit';
      }
      target = relay;
    } else {
      target = chooseDogfightTarget(sim, status.aimId);
      status.mode = target ? 'dogfight' : 'idle';
    }
    status.relayId = relay?.id ?? null;
    status.aimId = target?.id ?? null;
    return target;
  }

  /**
   * Sets `aim` to where a phaser bolt must go to hit the target, and says whether the
   * nose is there. While the relay is not yet the selected target, `aim` is the mast
   * itself for a moment in every couple of seconds: "target ahead" picks what is
   * nearest the nose, and the lead point sits beside the mast.
   */
  function aimAt(sim: SimState, target: EnemyShip): void {
    const body = sim.player.body;
    const p = body.position;
    const tb = target.body;
    leadPoint(p, body.velocity, tb.position, tb.velocity, PHASERS.speedMps, aim);
    const targetDistance = distance(sim, target);
    if (t.aimErrorRad > 0) {
      const e = t.aimErrorRad * targetDistance;
      aim.x += memory.aimErrorX * e;
      aim.y += memory.aimErrorY * e;
      aim.z += memory.aimErrorZ * e;
    }
    const aimDistance = det.hypot(aim.x - p.x, aim.y - p.y, aim.z - p.z) || 1;
    toShipFrame(sim, aim.x - p.x, aim.y - p.y, aim.z - p.z, local);
    const offNose = det.acos(clamp(-local.z / aimDistance, -1, 1));
    const tolerance = Math.max(0.006, det.atan((target.radiusM * 0.8) / aimDistance));
    const selecting =
      isObjective(target) &&
      sim.player.targetId !== target.id &&
      sim.player.weapons.torpedoes > 0 &&
      sim.tick % SELECT_PERIOD_TICKS < SELECT_TICKS;
    if (selecting) {
      aim.x = tb.position.x;
      aim.y = tb.position.y;
      aim.z = tb.position.z;
    }
    aimed.onTarget = offNose < tolerance;
    aimed.distance = targetDistance;
  }

  /** Turns the nose onto `aim`, turning with the line of sight to the target. */
  function noseOnAim(sim: SimState, target: EnemyShip): void {
    const v = sim.player.body.velocity;
    const tv = target.body.velocity;
    stickToward(sim, aim.x, aim.y, aim.z, stick, tv.x - v.x, tv.y - v.y, tv.z - v.z);
  }

  /** Flight assist off, nose on the relay, circling it (see the strategy above). */
  function flyOrbit(sim: SimState, relay: EnemyShip): void {
    noseOnAim(sim, relay);
    orbitAcceleration(sim, relay, wish);
    // Rocks and rammers: a hard push away, on top of the circle.
    if (rockThreat.timeS < ROCK_HORIZON_S) {
      wish.x += rockThreat.awayX * 80;
      wish.y += rockThreat.awayY * 80;
      wish.z += rockThreat.awayZ * 80;
    }
    if (ramThreat.timeS < RAM_HORIZON_S) {
      wish.x += ramThreat.awayX * 120;
      wish.y += ramThreat.awayY * 120;
      wish.z += ramThreat.awayZ * 120;
    }
    thrustFor(sim, wish.x, wish.y, wish.z, thrust);
    out.throttle = thrust.throttle;
    out.strafe = thrust.strafe;
    // Far off the nose the stick's own roll turns the ship faster; close in, roll for thrust.
    out.roll = stick.offNoseRad < 0.35 ? thrust.roll : stick.roll;
  }

  /**
   * The wished-for acceleration (flight assist off) that holds a circle of the orbit
   * radius at the orbit speed around the relay, in a plane square to the planet.
   */
  function orbitAcceleration(sim: SimState, relay: EnemyShip, result: Vec3): Vec3 {
    const p = sim.player.body.position;
    const v = sim.player.body.velocity;
    const c = relay.body.position;
    const rx = p.x - c.x;
    const ry = p.y - c.y;
    const rz = p.z - c.z;
    const radius = det.hypot(rx, ry, rz) || 1;
    const ux = rx / radius;
    const uy = ry / radius;
    const uz = rz / radius;
    const vr = v.x * ux + v.y * uy + v.z * uz;
    let tx = v.x - vr * ux;
    let ty = v.y - vr * uy;
    let tz = v.z - vr * uz;
    let vt = det.hypot(tx, ty, tz);
    // The planet's direction from the relay (Bob's from a pylon): the circle's plane
    // should be square to it, and keep to its far side.
    const [px, py, pz] = orbitReference(sim);
    let nx = px - c.x;
    let ny = py - c.y;
    let nz = pz - c.z;
    const nl = det.hypot(nx, ny, nz) || 1;
    nx /= nl;
    ny /= nl;
    nz /= nl;
    if (vt < 1) {
      // Not moving round yet: start along u × n (in the preferred plane).
      tx = uy * nz - uz * ny;
      ty = uz * nx - ux * nz;
      tz = ux * ny - uy * nx;
      const tl = det.hypot(tx, ty, tz) || 1;
      tx /= tl;
      ty /= tl;
      tz /= tl;
      vt = 0;
    } else {
      tx /= vt;
      ty /= vt;
      tz /= vt;
    }
    const pylon = relay.role === 'pylon';
    const targetRadius =
      (pylon ? PYLON_ORBIT_RADIUS_M : t.orbitRadiusM) + memory.radiusWobble * (pylon ? 0.3 : 1);
    const targetSpeed = (pylon ? PYLON_ORBIT_SPEED_MPS : t.orbitSpeedMps) + memory.speedWobble;
    // Outward-positive radial: the centripetal pull, plus closing on the radius at a
    // speed the weak reverse thrust can still take off again.
    const wantVr = clamp(0.15 * (targetRadius - radius), -t.inboundMps, 60);
    const ar = -(vt * vt) / radius + (wantVr - vr);
    const at = 0.8 * (targetSpeed - vt);
    // Plane keeping: drifting toward the planet's side is pushed back.
    const side = rx * nx + ry * ny + rz * nz;
    const vn = v.x * nx + v.y * ny + v.z * nz;
    const an = side > -150 ? -0.05 * (side + 150) - 0.5 * vn : -0.3 * Math.max(0, vn);
    return result.set(
      ar * ux + at * tx + an * nx,
      ar * uy + at * ty + an * ny,
      ar * uz + at * tz + an * nz,
    );
  }

  /** 'assist' style: boost for the point where the course grazes the stand-off circle. */
  function flyTransit(sim: SimState, relay: EnemyShip, relayDistance: number): void {
    const p = sim.player.body.position;
    const c = relay.body.position;
    let cx = c.x - p.x;
    let cy = c.y - p.y;
    let cz = c.z - p.z;
    const d = det.hypot(cx, cy, cz) || 1;
    cx /= d;
    cy /= d;
    cz /= d;
    const [px, py, pz] = sim.waltonPlanet.position;
    // Sideways: square to both the line of sight and the planet's direction.
    let qx = cy * (pz - c.z) - cz * (py - c.y);
    let qy = cz * (px - c.x) - cx * (pz - c.z);
    let qz = cx * (py - c.y) - cy * (px - c.x);
    const ql = det.hypot(qx, qy, qz) || 1;
    qx /= ql;
    qy /= ql;
    qz /= ql;
    // Keep to the side the ship already drifts toward, so it does not flip-flop.
    const v = sim.player.body.velocity;
    if (v.x * qx + v.y * qy + v.z * qz < 0) {
      qx = -qx;
      qy = -qy;
      qz = -qz;
    }
    const graze = det.asin(Math.min(1, (t.orbitRadiusM * 0.9) / d));
    const cos = det.cos(graze);
    const sin = det.sin(graze);
    stickToward(
      sim,
      p.x + (cx * cos + qx * sin) * 1000,
      p.y + (cy * cos + qy * sin) * 1000,
      p.z + (cz * cos + qz * sin) * 1000,
      stick,
    );
    out.throttle = 1;
    out.roll = stick.roll;
    out.boost =
      relayDistance > t.orbitRadiusM + 900 && sim.player.energy > 40 && stick.offNoseRad < 0.3;
    const away = avoidWithAssist(sim);
    if (rockThreat.timeS < ROCK_TURN_S) {
      out.boost = false;
      out.throttle = 0.2;
    }
    if (away === 'ahead') out.boost = true;
  }

  /** 'assist' style at the relay: nose on, hold the distance with the lever, strafe. */
  function flyStandoff(sim: SimState, relay: EnemyShip, relayDistance: number): void {
    noseOnAim(sim, relay);
    const gap = relayDistance - t.orbitRadiusM;
    out.throttle = gap > 300 ? 0.8 : gap > 100 ? 0.4 : gap > -100 ? 0.05 : -0.8;
    out.roll = stick.roll;
    out.strafe = memory.strafeSign;
    if (avoidWithAssist(sim) === 'ahead') out.throttle = 1;
  }

  /** Flight assist on: chase the lead point, ease off close in, strafe against return fire. */
  function flyDogfight(sim: SimState, target: EnemyShip, targetDistance: number): void {
    noseOnAim(sim, target);
    out.throttle = targetDistance > 900 ? 1 : targetDistance > 350 ? 0.6 : 0.15;
    out.boost = targetDistance > 1800 && sim.player.energy > 60 && stick.offNoseRad < 0.3;
    out.roll = stick.roll;
    out.strafe = targetDistance < 700 ? memory.strafeSign * 0.6 : 0;
    avoidWithAssist(sim);
    if (rockThreat.timeS < ROCK_TURN_S) out.throttle = Math.min(out.throttle, 0.2);
  }

  /**
   * Flight assist on: a rock ahead gets the strafe, and close in the nose turns away; a
   * ship on a ramming course gets the strafe. Says whether the way out of a ram is ahead.
   */
  function avoidWithAssist(sim: SimState): 'ahead' | 'other' | null {
    let way: 'ahead' | 'other' | null = null;
    if (rockThreat.timeS < ROCK_HORIZON_S) {
      toShipFrame(sim, rockThreat.awayX, rockThreat.awayY, rockThreat.awayZ, local);
      out.strafe = local.x >= 0 ? 1 : -1;
      if (rockThreat.timeS < ROCK_TURN_S) {
        stick.yaw = local.x >= 0 ? 1 : -1;
        stick.pitch = local.y >= 0 ? 1 : -1;
      }
    }
    if (ramThreat.timeS < RAM_HORIZON_S) {
      toShipFrame(sim, ramThreat.awayX, ramThreat.awayY, ramThreat.awayZ, local);
      if (Math.abs(local.x) > 0.15) out.strafe = local.x > 0 ? 1 : -1;
      way = local.z < -0.3 ? 'ahead' : 'other';
    }
    return way;
  }

  /** Phasers with heat discipline; "target ahead" and torpedoes on the lock. */
  function shoot(
    sim: SimState,
    target: EnemyShip | null,
    onTarget: boolean,
    targetDistance: number,
  ): void {
    const player = sim.player;
    const w = player.weapons;
    if (w.phaserHeat >= t.ventAt) status.venting = true;
    else if (w.phaserHeat <= t.ventTo) status.venting = false;
    if (!target) return;
    if (onTarget && targetDistance < t.phaserRangeM && !status.venting && !w.overheated) {
      out.buttons |= Button.Fire;
    }
    const held = sim.previousButtons;
    if (player.targetId !== target.id) {
      if ((held & Button.TargetAhead) === 0 && nearestToNose(sim) === target) {
        out.buttons |= Button.TargetAhead;
      }
      return;
    }
    const worthATorpedo =
      (isObjective(target) || target.hullMax + target.shieldsMax >= 100) && targetDistance < 2000;
    if (
      worthATorpedo &&
      w.locked &&
      w.torpedoes > 0 &&
      w.torpedoCooldownTicks === 0 &&
      (held & Button.Torpedo) === 0 &&
      !torpedoesWouldOverkill(sim, target)
    ) {
      out.buttons |= Button.Torpedo;
    }
  }

  /** One crew ability per tick, on a press edge (a held slot does nothing new). */
  function crewOrders(
    sim: SimState,
    target: EnemyShip | null,
    onTarget: boolean,
    targetDistance: number,
  ): void {
    const slot = chooseAbility(sim, target, onTarget, targetDistance);
    if (slot === 0 || sim.previousAbility === slot) return;
    out.ability = slot;
    if (slot !== Ability.Evasive) return;
    if (torpedoWarning.timeToImpactS <= t.dodgeTorpedoS) {
      // Thrown toward the torpedo's side it lands at once, inside the invulnerable
      // moment, instead of chasing the ship out of it.
      toShipFrame(sim, torpedoWarning.dx, torpedoWarning.dy, torpedoWarning.dz, local);
    } else {
      // A ram: out of its path.
      toShipFrame(sim, ramThreat.awayX, ramThreat.awayY, ramThreat.awayZ, local);
    }
    // The dodge goes the way the strafe is held (starboard when none).
    out.strafe = local.x >= 0 ? 1 : -1;
  }

  function chooseAbility(
    sim: SimState,
    target: EnemyShip | null,
    onTarget: boolean,
    targetDistance: number,
  ): number {
    const player = sim.player;
    const effects = player.effects;
    const ramming = ramThreat.timeS < RAM_DODGE_S && ramThreat.speedMps > RAM_DODGE_MPS;
    if (
      sim.tick >= effects.invulnerableUntilTick &&
      crewReady(sim, Ability.Evasive) &&
      (torpedoWarning.timeToImpactS <= t.dodgeTorpedoS || ramming)
    ) {
      return Ability.Evasive;
    }
    if (
      crewReady(sim, Ability.Overcharge) &&
      effects.overshield <= 0 &&
      player.shields < player.shieldsMax * t.overchargeBelow &&
      sim.tick - player.lastDamageTick < 60
    ) {
      return Ability.Overcharge;
    }
    if (
      crewReady(sim, Ability.Rally) &&
      target !== null &&
      isObjective(target) &&
      onTarget &&
      targetDistance < t.phaserRangeM &&
      !player.weapons.overheated &&
      !status.venting
    ) {
      return Ability.Rally;
    }
    const relaysStanding = sim.party !== null && sim.party.relaysLeft > 0;
    if (
      crewReady(sim, Ability.Reload) &&
      player.weapons.torpedoes + CREW_RULES.reload.torpedoes <= torpedoCapacity(sim) &&
      // With relays standing, reload as soon as no tube is wasted: the cooldown is long.
      (relaysStanding || player.weapons.torpedoes <= 1)
    ) {
      return Ability.Reload;
    }
    if (crewReady(sim, Ability.Sweep) && hostilesWithin(sim, 2000) >= 12) return Ability.Sweep;
    return 0;
  }

  return { next, status };
}
