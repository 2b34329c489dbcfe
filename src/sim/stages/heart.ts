import { FIXED_DT } from '../constants';
import {
  BOB_TAUNTS,
  DELETION_LINES,
  HEART,
  HEART_ARRIVAL_LINES,
  HEART_BOB_LINES,
  PYLON_LINES,
  UPLINK_LINE,
  UPLOAD_COMPLETE_LINE,
  type HeartLine,
} from '../content/heart';
import { CALLISTER } from '../content/callister';
import type { EnemyShip, HeartEnding, HeartState, SimState } from '../state';
import { split } from '../speedrun/clock';
import { fallenThisTick } from './fallen-structures';
import { applyDamage } from '../systems/damage';
import { spawnEnemy } from '../world/enemy-factory';
import {
  buildFirewall,
  buildRing,
  placeFirewall,
  setSpinAboutZ,
  widenRingOpening,
} from '../world/heart-builder';
import * as det from '../math/det-math';

const PYLON_NAMES = ['PYLON NORTH', 'PYLON SOUTH', 'PYLON ZENITH', 'PYLON NADIR'] as const;
const TAUNT_EVERY_TICKS = Math.round(6 / FIXED_DT);

/** Everything of the sector the Callister leaves behind: rocks, station, planet, ships, shots. */
function leaveSector(sim: SimState): void {
  const world = sim.world;
  for (const rock of sim.asteroids) world.removeBody(rock.body);
  sim.asteroids.length = 0;
  if (sim.station) world.removeBody(sim.station.body);
  world.removeBody(sim.waltonPlanet.body);
  for (const enemy of sim.enemies) {
    world.removeBody(enemy.body);
    sim.enemyById.delete(enemy.id);
  }
  sim.enemies = [];
  for (const piece of sim.debris) world.removeBody(piece.body);
  sim.debris = [];
  sim.projectiles.clear();
  sim.pickups = [];
  sim.pendingArrivals.length = 0;
  sim.siphon.targetId = null;
  sim.siphon.progressTicks = 0;
  sim.docked = false;
  sim.player.targetId = null;
  sim.player.weapons.locked = false;
  sim.player.weapons.lockProgressTicks = 0;
}

/**
 * The Heart begins: the Callister arrives at the gauntlet's mouth facing down the tunnel;
 * rings, firewalls, turrets and the four pylons go up around it. Runs on the chapter's
 * first tick (tick 0 of the Heart category, or the jump's arrival in the campaign).
 */
export function beginHeart(sim: SimState): HeartState {
  leaveSector(sim);
  sim.chapter = 'heart';
  const body = sim.player.body;
  const [ex, ey, ez] = HEART.entry;
  body.position.set(ex, ey, ez);
  body.quaternion.set(0, 0, 0, 1);
  body.velocity.set(0, 0, -60);
  body.angularVelocity.set(0, 0, 0);
  body.force.set(0, 0, 0);
  body.torque.set(0, 0, 0);
  sim.pendingImpacts.length = 0;

  const rings = HEART.rings.map((ring) => buildRing(sim.rng, ring.z, ring.spinRadPerS));
  const firewalls = HEART.firewalls.map((wall) => buildFirewall(sim.rng, wall.z, sim.tick));
  for (const ring of rings) sim.world.addBody(ring.body);
  for (const wall of firewalls) for (const slab of wall.bodies) sim.world.addBody(slab);

  const turretIds = HEART.turrets.map((position, index) => {
    const turret = spawnEnemy(sim, 'turret', position, {
      role: 'turret',
      tag: `DEFENCE ${String.fromCharCode(65 + index)}`,
      facing: [-position[0], -position[1], 0.0001],
    });
    return turret.id;
  });
  const pylonIds = HEART.pylons.map((position, index) => {
    const pylon = spawnEnemy(sim, 'pylon', position, {
      role: 'pylon',
      tag: PYLON_NAMES[index] ?? `PYLON ${index + 1}`,
      facing: [0, 0, 1],
    });
    return pylon.id;
  });

  const heart: HeartState = {
    stage: 'gauntlet',
    startTick: sim.tick,
    stageSinceTick: sim.tick,
    rings,
    firewalls,
    turretIds,
    pylonIds,
    pylonsLeft: pylonIds.length,
    bob: { alive: true, strikesLeft: HEART.bob.strikes, lastStrikeTick: -1 },
    beam: {
      direction: [0, 0.6, 0.8],
      onTarget: false,
      holdTicks: 0,
      nextTauntTick: 0,
    },
    cutlass: { cooldownTicks: 0, lastSwingTick: -1 },
    countdownTicks: null,
    deletionStartTick: null,
    collapseRadiusM: 0,
    uplinkHoldTicks: 0,
    ending: null,
  };
  sim.heart = heart;
  sim.events.push({ type: 'ChapterChanged', tick: sim.tick, chapter: 'heart' });
  return heart;
}

/**
 * Moves the Heart's kinematic structures to this tick's pose before physics: rings spin
 * about the axis, firewall ports circle it. Poses come from the tracked angle with the
 * sim's own trig, so they never drift with cannon's integration; the velocities are
 * set too, so a collision feels the structure's real motion.
 */
export function heartMotionSystem(sim: SimState): void {
  const heart = sim.heart;
  if (!heart || sim.chapter !== 'heart') return;
  for (const ring of heart.rings) {
    if (ring.deletedTick !== null) continue;
    setSpinAboutZ(ring.body.quaternion, ring.angleRad);
    ring.body.angularVelocity.set(0, 0, ring.spinRadPerS);
    ring.angleRad = wrapAngle(ring.angleRad + ring.spinRadPerS * FIXED_DT);
  }
  for (const wall of heart.firewalls) {
    if (wall.deletedTick !== null) continue;
    placeFirewall(wall);
    wall.angleRad = wrapAngle(wall.angleRad + wall.spinRadPerS * FIXED_DT);
  }
}

function wrapAngle(angle: number): number {
  const tau = 2 * Math.PI;
  if (angle >= tau) return angle - tau;
  if (angle < 0) return angle + tau;
  return angle;
}

function sayLines(sim: SimState, lines: readonly HeartLine[], elapsed: number): void {
  for (const line of lines) {
    if (line.at === elapsed)
      sim.events.push({ type: 'Comms', tick: sim.tick, from: line.from, text: line.text });
  }
}

function setStage(sim: SimState, heart: HeartState, stage: HeartState['stage']): void {
  heart.stage = stage;
  heart.stageSinceTick = sim.tick;
}

/** Bob's copy beam sweeps only while he is awake in his chamber (the 'bob' stage). */
export function copyBeamAwake(heart: HeartState): boolean {
  return heart.stage === 'bob';
}

/** Is the Callister outside the Heart's walls (tunnel, chamber, or behind the uplink)? */
export function isOutsideHeart(x: number, y: number, z: number): boolean {
  if (z > HEART.uplink.position[2] + 260) return true;
  const fromAxis = det.hypot(x, y);
  if (fromAxis <= HEART.tunnelRadiusM) return z < HEART.core.center[2] - HEART.core.chamberRadiusM;
  if (z >= HEART.core.entryZ) return true;
  const [cx, cy, cz] = HEART.core.center;
  return det.hypot(x - cx, y - cy, z - cz) > HEART.core.chamberRadiusM;
}

function endHeart(sim: SimState, heart: HeartState, ending: HeartEnding): void {
  if (heart.ending !== null) return;
  heart.ending = ending;
  setStage(sim, heart, 'done');
  sim.events.push({ type: 'HeartEnded', tick: sim.tick, ending });
  if (ending === 'copied') sim.outcome ??= { kind: 'copied', tick: sim.tick };
  if (ending === 'deleted') sim.outcome ??= { kind: 'deleted', tick: sim.tick };
}

function checkPylons(sim: SimState, heart: HeartState): void {
  for (const fallen of fallenThisTick(sim, heart.pylonIds)) {
    heart.pylonsLeft -= 1;
    const down = heart.pylonIds.length - heart.pylonsLeft;
    const p = fallen.body.position;
    sim.events.push({
      type: 'PylonDestroyed',
      tick: sim.tick,
      shipId: fallen.id,
      left: heart.pylonsLeft,
      position: [p.x, p.y, p.z],
    });
    split(sim, `pylon-${down}`, `Pylon ${down}`);
    const line = PYLON_LINES[down - 1];
    if (line) sim.events.push({ type: 'Comms', tick: sim.tick, from: 'Elena', text: line });
  }
}

/** Turns the copy beam toward the Callister (at most its turn rate) and tallies the hold. */
function aimBeam(sim: SimState, heart: HeartState): void {
  const beam = heart.beam;
  const [cx, cy, cz] = HEART.core.center;
  const q = sim.player.body.position;
  let tx = q.x - cx;
  let ty = q.y - cy;
  let tz = q.z - cz;
  const distance = det.hypot(tx, ty, tz) || 1;
  tx /= distance;
  ty /= distance;
  tz /= distance;
  const d = beam.direction;
  const dot = Math.max(-1, Math.min(1, d[0] * tx + d[1] * ty + d[2] * tz));
  const angle = det.acos(dot);
  const step = HEART.beam.turnRadPerS * FIXED_DT;
  if (angle <= step) {
    d[0] = tx;
    d[1] = ty;
    d[2] = tz;
  } else {
    // Rotate in the plane of the beam and the Callister by `step`.
    let px = tx - d[0] * dot;
    let py = ty - d[1] * dot;
    let pz = tz - d[2] * dot;
    const plen = det.hypot(px, py, pz);
    if (plen < 1e-9) {
      // Exactly behind: any perpendicular will do; pick one that is stable.
      const alongZ = Math.abs(d[2]) > 0.9;
      px = alongZ ? 1 : -d[1];
      py = alongZ ? 0 : d[0];
      pz = 0;
      const len = det.hypot(px, py) || 1;
      px /= len;
      py /= len;
    } else {
      px /= plen;
      py /= plen;
      pz /= plen;
    }
    const c = det.cos(step);
    const s = det.sin(step);
    const nx = d[0] * c + px * s;
    const ny = d[1] * c + py * s;
    const nz = d[2] * c + pz * s;
    const nlen = det.hypot(nx, ny, nz) || 1;
    d[0] = nx / nlen;
    d[1] = ny / nlen;
    d[2] = nz / nlen;
  }
  // On target: the Callister's centre within the beam's cylinder (plus half the ship).
  const along = (q.x - cx) * d[0] + (q.y - cy) * d[1] + (q.z - cz) * d[2];
  const ox = q.x - cx - d[0] * along;
  const oy = q.y - cy - d[1] * along;
  const oz = q.z - cz - d[2] * along;
  const off = det.hypot(ox, oy, oz);
  // Nate's evasive manoeuvre slips the beam: the dodge cannot be held.
  const dodging = sim.tick < sim.player.effects.invulnerableUntilTick;
  const onTarget =
    !dodging &&
    along > 0 &&
    along < HEART.beam.rangeM &&
    off < HEART.beam.radiusM + CALLISTER.hitRadiusM * 0.5;
  if (onTarget !== beam.onTarget) {
    sim.events.push({ type: 'BeamLock', tick: sim.tick, phase: onTarget ? 'acquired' : 'lost' });
  }
  beam.onTarget = onTarget;
  beam.holdTicks = onTarget
    ? beam.holdTicks + 1
    : Math.max(0, beam.holdTicks - HEART.beam.drainPerTick);
  if (onTarget && sim.tick >= beam.nextTauntTick) {
    const taunt =
      BOB_TAUNTS[Math.floor((sim.tick - heart.startTick) / TAUNT_EVERY_TICKS) % BOB_TAUNTS.length]!;
    sim.events.push({ type: 'Comms', tick: sim.tick, from: 'Bob', text: taunt });
    beam.nextTauntTick = sim.tick + TAUNT_EVERY_TICKS;
  }
  if (beam.holdTicks >= HEART.beam.holdTicks) {
    sim.events.push({
      type: 'Comms',
      tick: sim.tick,
      from: 'Bob',
      text: 'There you are. Copied. Now there are two of you, and one is mine.',
    });
    endHeart(sim, heart, 'copied');
  }
}

/** Bob is gone: Infinity deletes itself, and the way back rearranges as it dies. */
export function startDeletion(sim: SimState, heart: HeartState): void {
  setStage(sim, heart, 'deletion');
  heart.bob.alive = false;
  heart.beam.onTarget = false;
  heart.beam.holdTicks = 0;
  heart.countdownTicks = HEART.deletion.countdownTicks;
  heart.deletionStartTick = sim.tick;
  heart.collapseRadiusM = 0;
  split(sim, 'bob', 'Bob');
  sim.events.push({
    type: 'DeletionStarted',
    tick: sim.tick,
    countdownTicks: HEART.deletion.countdownTicks,
  });
  for (const ring of heart.rings) {
    ring.spinRadPerS *= HEART.deletionSpinFactor;
    widenRingOpening(ring);
  }
  // Bob's defences die with him: every turret blows, and his firewalls fall; the
  // dying Heart throws up new ones elsewhere.
  for (const id of heart.turretIds) {
    const turret = sim.enemyById.get(id);
    if (turret?.alive) unmake(sim, turret);
  }
  for (const wall of heart.firewalls) {
    if (wall.deletedTick !== null) continue;
    wall.deletedTick = sim.tick;
    for (const slab of wall.bodies) sim.world.removeBody(slab);
  }
  for (const definition of HEART.deletionFirewalls) {
    const wall = buildFirewall(sim.rng, definition.z, sim.tick);
    for (const slab of wall.bodies) sim.world.addBody(slab);
    heart.firewalls.push(wall);
  }
}

/** A structure the Heart takes back: gone, with no one to credit (killer -1). */
function unmake(sim: SimState, enemy: EnemyShip): void {
  enemy.alive = false;
  const p = enemy.body.position;
  sim.events.push({
    type: 'ShipDestroyed',
    tick: sim.tick,
    shipId: enemy.id,
    shipClass: enemy.shipClass,
    tag: enemy.tag,
    position: [p.x, p.y, p.z],
    killerId: -1,
  });
}

/** The collapse swallows whatever it reaches: structures leave the world, the hull burns. */
function collapse(sim: SimState, heart: HeartState): void {
  const since = sim.tick - (heart.deletionStartTick ?? sim.tick);
  if (since < HEART.deletion.frontDelayTicks) return;
  heart.collapseRadiusM += HEART.deletion.frontSpeedMps * FIXED_DT;
  const [cx, cy, cz] = HEART.core.center;
  const r = heart.collapseRadiusM;
  for (const ring of heart.rings) {
    if (ring.deletedTick === null && ring.z - cz < r) {
      ring.deletedTick = sim.tick;
      sim.world.removeBody(ring.body);
    }
  }
  for (const wall of heart.firewalls) {
    if (wall.deletedTick === null && wall.z - cz < r) {
      wall.deletedTick = sim.tick;
      for (const slab of wall.bodies) sim.world.removeBody(slab);
    }
  }
  for (const enemy of sim.enemies) {
    if (!enemy.alive) continue;
    const p = enemy.body.position;
    if (det.hypot(p.x - cx, p.y - cy, p.z - cz) < r) unmake(sim, enemy);
  }
  const q = sim.player.body.position;
  if (det.hypot(q.x - cx, q.y - cy, q.z - cz) < r) {
    applyDamage(sim, sim.player, HEART.deletion.burnPerS * FIXED_DT, 'deleted with Infinity');
  }
}

/** The retro computer: hold position in its zone for the upload. */
function uplink(sim: SimState, heart: HeartState): void {
  const [ux, uy, uz] = HEART.uplink.position;
  const body = sim.player.body;
  const q = body.position;
  const inside = det.hypot(q.x - ux, q.y - uy, q.z - uz) < HEART.uplink.radiusM;
  const wasInside = heart.stage === 'uplink';
  if (inside !== wasInside) {
    setStage(sim, heart, inside ? 'uplink' : 'deletion');
    sim.events.push({ type: 'UplinkContact', tick: sim.tick, inside });
    if (inside && heart.uplinkHoldTicks === 0)
      sim.events.push({ type: 'Comms', tick: sim.tick, ...UPLINK_LINE });
  }
  const v = body.velocity;
  const still = det.hypot(v.x, v.y, v.z) <= HEART.uplink.maxSpeedMps;
  heart.uplinkHoldTicks =
    inside && still
      ? heart.uplinkHoldTicks + 1
      : Math.max(0, heart.uplinkHoldTicks - HEART.uplink.drainPerTick);
  if (heart.uplinkHoldTicks >= HEART.uplink.holdTicks) {
    sim.events.push({ type: 'Comms', tick: sim.tick, ...UPLOAD_COMPLETE_LINE });
    split(sim, 'upload', 'Upload complete', true);
    sim.outcome ??= { kind: 'run-complete', tick: sim.tick };
    endHeart(sim, heart, 'uploaded');
  }
}

/** In the campaign, the party's end sends the Callister to the Heart after a short jump. */
function jumpFromParty(sim: SimState): void {
  const party = sim.party;
  if (!party || party.endedTick === null || sim.category === 'attack-wave') return;
  if (sim.outcome || !sim.player.alive) return;
  const arriveTick = party.endedTick + HEART.jumpDelayTicks;
  if (sim.tick === party.endedTick)
    sim.events.push({ type: 'HeartJump', tick: sim.tick, arriveTick });
  if (sim.tick >= arriveTick) beginHeart(sim);
}

/**
 * Chapter 3's director: the gauntlet, Bob's chamber (copy beam, pylons), the deletion
 * countdown with its collapse, and the uplink hold. Runs after physics and damage.
 */
export function heartDirectorSystem(sim: SimState): void {
  if (sim.chapter === 'party') return jumpFromParty(sim);
  if (sim.chapter !== 'heart') return;
  const heart = sim.heart ?? beginHeart(sim);
  if (heart.ending !== null) return;
  if (sim.player.alive) directHeart(sim, heart);
  // Destroyed this tick, by anything (a turret, a ring, the collapse): the run ends now.
  if (!sim.player.alive && heart.ending === null) endHeart(sim, heart, 'destroyed');
}

function directHeart(sim: SimState, heart: HeartState): void {
  const q = sim.player.body.position;
  if (isOutsideHeart(q.x, q.y, q.z)) {
    applyDamage(sim, sim.player, HEART.wallBurnPerS * FIXED_DT, "the Heart's firewall");
  }
  sayLines(sim, HEART_ARRIVAL_LINES, sim.tick - heart.startTick);
  checkPylons(sim, heart);

  if (heart.stage === 'gauntlet' && q.z < HEART.core.entryZ) {
    setStage(sim, heart, 'bob');
    heart.beam.nextTauntTick = sim.tick + TAUNT_EVERY_TICKS * 2;
    split(sim, 'core', 'The core');
    sim.events.push({ type: 'BobAwake', tick: sim.tick });
  }
  if (heart.stage === 'bob') {
    sayLines(sim, HEART_BOB_LINES, sim.tick - heart.stageSinceTick);
    aimBeam(sim, heart);
  }
  if (heart.deletionStartTick !== null && heart.countdownTicks !== null) {
    sayLines(sim, DELETION_LINES, sim.tick - heart.deletionStartTick);
    collapse(sim, heart);
    uplink(sim, heart);
    if (heart.ending !== null || !sim.player.alive) return;
    heart.countdownTicks -= 1;
    if (heart.countdownTicks <= 0) {
      heart.countdownTicks = 0;
      sim.events.push({
        type: 'Comms',
        tick: sim.tick,
        from: 'Kabir',
        text: 'The uplink is gone. Everything is—',
      });
      endHeart(sim, heart, 'deleted');
    }
  }
}
