import { addAfterEffect } from '@react-three/fiber';
import { Quaternion, Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import { PHASERS, leadPoint, type EnemyShip } from '../../sim';
import { viewCamera } from '../../view/camera-bridge';
import { shipPose } from '../../view/ship-pose';
import { focalLengthPx, ndcToScreen, type ScreenPoint } from './hud-geometry';

/** Contacts the HUD tracks at once (the nearest, when there are more). */
export const MAX_CONTACTS = 64;
/** Credit pickups the HUD tracks at once (chapter 1: spilled by destroyed ships). */
export const MAX_PICKUPS = 16;
/** Where the guns point: the aim reticle is this far along the nose. */
export const AIM_DISTANCE_M = 1000;
/** The phaser emitters sit about this far ahead of the ship's centre. */
const EMITTER_AHEAD_M = 30;

/**
 * Everything the combat widgets share for one rendered frame: camera, the ship's
 * pose, and each contact projected to the screen and into the ship's frame. Filled
 * once per frame (the first widget to ask pays), into preallocated arrays.
 */
export interface CombatFrame {
  /** False before the first render (no camera yet). */
  valid: boolean;
  timestamp: number;
  width: number;
  height: number;
  /** Pixels per metre at one metre away. */
  focalPx: number;
  /** Sim tick plus the interpolation fraction, in ticks. */
  time: number;
  generation: number;
  playerAlive: boolean;
  aimVisible: boolean;
  aimX: number;
  aimY: number;
  /** Lead pip for the target, at the aim reticle's depth (they meet when the shot is on). */
  pipVisible: boolean;
  pipX: number;
  pipY: number;
  count: number;
  /** Index into the contact arrays of the player's target, or -1. */
  targetIndex: number;
  readonly ships: (EnemyShip | null)[];
  /** Screen position (CSS px), valid when `inFront`. */
  readonly screenX: Float32Array;
  readonly screenY: Float32Array;
  /** In front of the camera (then screenX/Y are meaningful; may still be off the edges). */
  readonly inFront: Uint8Array;
  /** Camera-space x/y (x right, y up), for off-screen directions. */
  readonly cameraX: Float32Array;
  readonly cameraY: Float32Array;
  /** Ship frame: x right, y up, -z forward. */
  readonly localX: Float32Array;
  readonly localY: Float32Array;
  readonly localZ: Float32Array;
  readonly distance: Float32Array;
  /** Credit pickups, like the contacts: screen position, ship frame and distance. */
  pickupCount: number;
  readonly pickupCredits: Float64Array;
  readonly pickupScreenX: Float32Array;
  readonly pickupScreenY: Float32Array;
  readonly pickupInFront: Uint8Array;
  readonly pickupLocalX: Float32Array;
  readonly pickupLocalY: Float32Array;
  readonly pickupLocalZ: Float32Array;
  readonly pickupDistance: Float32Array;
}

/** A world point projected with the frame's camera (see projectPoint). */
export interface ProjectedPoint {
  /** In front of the camera: then x/y are meaningful (they may still be off the edges). */
  inFront: boolean;
  /** Screen position, CSS px. */
  x: number;
  y: number;
  /** Camera-space x/y (x right, y up), for off-screen directions. */
  cameraX: number;
  cameraY: number;
  /** From the ship, metres. */
  distance: number;
}

function createFrame(): CombatFrame {
  return {
    valid: false,
    timestamp: -1,
    width: 1,
    height: 1,
    focalPx: 1,
    time: 0,
    generation: -1,
    playerAlive: true,
    aimVisible: false,
    aimX: 0,
    aimY: 0,
    pipVisible: false,
    pipX: 0,
    pipY: 0,
    count: 0,
    targetIndex: -1,
    ships: new Array<EnemyShip | null>(MAX_CONTACTS).fill(null),
    screenX: new Float32Array(MAX_CONTACTS),
    screenY: new Float32Array(MAX_CONTACTS),
    inFront: new Uint8Array(MAX_CONTACTS),
    cameraX: new Float32Array(MAX_CONTACTS),
    cameraY: new Float32Array(MAX_CONTACTS),
    localX: new Float32Array(MAX_CONTACTS),
    localY: new Float32Array(MAX_CONTACTS),
    localZ: new Float32Array(MAX_CONTACTS),
    distance: new Float32Array(MAX_CONTACTS),
    pickupCount: 0,
    pickupCredits: new Float64Array(MAX_PICKUPS),
    pickupScreenX: new Float32Array(MAX_PICKUPS),
    pickupScreenY: new Float32Array(MAX_PICKUPS),
    pickupInFront: new Uint8Array(MAX_PICKUPS),
    pickupLocalX: new Float32Array(MAX_PICKUPS),
    pickupLocalY: new Float32Array(MAX_PICKUPS),
    pickupLocalZ: new Float32Array(MAX_PICKUPS),
    pickupDistance: new Float32Array(MAX_PICKUPS),
  };
}

const frame = createFrame();

// Module-scope scratch: nothing is allocated per frame.
const world = new Vector3();
const view = new Vector3();
const relative = new Vector3();
const inverseShip = new Quaternion();
const shooter = new Vector3();
const lead = new Vector3();
const targetVelocity = new Vector3();
const screen: ScreenPoint = { x: 0, y: 0 };
/** Candidate order when there are more ships than the HUD tracks. */
const order = new Int32Array(4096);
const orderDistance = new Float64Array(4096);
const byDistance = (a: number, b: number): number => orderDistance[a]! - orderDistance[b]!;

/**
 * Projects a world point: camera-space x/y into `view`, and when it is in front of the
 * camera, its CSS pixel position into `screen`. Returns whether it is in front.
 */
function project(point: Vector3): boolean {
  const camera = viewCamera.camera;
  if (!camera) return false;
  view.copy(point).applyMatrix4(camera.matrixWorldInverse);
  const cx = view.x;
  const cy = view.y;
  const inFront = view.z < -camera.near;
  if (inFront) {
    view.applyMatrix4(camera.projectionMatrix);
    ndcToScreen(view.x, view.y, frame.width, frame.height, screen);
  }
  view.x = cx;
  view.y = cy;
  return inFront;
}

function selectContacts(enemies: readonly EnemyShip[]): void {
  const session = runtime.session;
  let live = 0;
  const scan = Math.min(enemies.length, order.length);
  for (let i = 0; i < scan; i++) {
    const enemy = enemies[i]!;
    if (!enemy.alive || enemy.warpedOut) continue;
    order[live] = i;
    orderDistance[i] = enemy.body.position.distanceTo(session.sim.player.body.position);
    live++;
  }
  if (live > MAX_CONTACTS) order.subarray(0, live).sort(byDistance);
  // The target is always tracked, even when it is not among the nearest.
  const targetId = session.sim.player.targetId;
  let count = 0;
  let hasTarget = false;
  for (let k = 0; k < live && count < MAX_CONTACTS; k++) {
    const enemy = enemies[order[k]!]!;
    if (enemy.id === targetId) hasTarget = true;
    if (count === MAX_CONTACTS - 1 && !hasTarget && targetId !== null) break;
    frame.ships[count++] = enemy;
  }
  if (!hasTarget && targetId !== null) {
    const target = session.sim.enemyById.get(targetId);
    if (target && target.alive && !target.warpedOut) frame.ships[count++] = target;
  }
  for (let k = count; k < frame.count; k++) frame.ships[k] = null;
  frame.count = count;
}

function computeFrame(timestamp: number): void {
  frame.timestamp = timestamp;
  const camera = viewCamera.camera;
  const session = runtime.session;
  const sim = session.sim;
  frame.valid = camera !== null;
  frame.generation = session.generation;
  frame.time = sim.tick + session.alpha;
  frame.playerAlive = sim.player.alive;
  if (!camera) return;
  frame.width = Math.max(1, viewCamera.width);
  frame.height = Math.max(1, viewCamera.height);
  frame.focalPx = focalLengthPx(camera.fov, frame.height);

  world.copy(shipPose.forward).multiplyScalar(AIM_DISTANCE_M).add(shipPose.position);
  frame.aimVisible = sim.player.alive && project(world);
  frame.aimX = screen.x;
  frame.aimY = screen.y;

  selectContacts(sim.enemies);
  inverseShip.copy(shipPose.quaternion).invert();
  frame.targetIndex = -1;
  for (let i = 0; i < frame.count; i++) {
    const enemy = frame.ships[i]!;
    if (enemy.id === sim.player.targetId) frame.targetIndex = i;
    session.history.position(enemy.body, session.alpha, world);
    relative.copy(world).sub(shipPose.position);
    frame.distance[i] = relative.length();
    relative.applyQuaternion(inverseShip);
    frame.localX[i] = relative.x;
    frame.localY[i] = relative.y;
    frame.localZ[i] = relative.z;
    const inFront = project(world);
    frame.inFront[i] = inFront ? 1 : 0;
    frame.cameraX[i] = view.x;
    frame.cameraY[i] = view.y;
    frame.screenX[i] = inFront ? screen.x : 0;
    frame.screenY[i] = inFront ? screen.y : 0;
  }

  const pickups = sim.pickups;
  frame.pickupCount = Math.min(pickups.length, MAX_PICKUPS);
  for (let i = 0; i < frame.pickupCount; i++) {
    const pickup = pickups[i]!;
    world.set(pickup.position[0], pickup.position[1], pickup.position[2]);
    frame.pickupCredits[i] = pickup.credits;
    relative.copy(world).sub(shipPose.position);
    frame.pickupDistance[i] = relative.length();
    relative.applyQuaternion(inverseShip);
    frame.pickupLocalX[i] = relative.x;
    frame.pickupLocalY[i] = relative.y;
    frame.pickupLocalZ[i] = relative.z;
    const inFront = project(world);
    frame.pickupInFront[i] = inFront ? 1 : 0;
    frame.pickupScreenX[i] = inFront ? screen.x : 0;
    frame.pickupScreenY[i] = inFront ? screen.y : 0;
  }

  frame.pipVisible = false;
  const target = frame.targetIndex >= 0 ? frame.ships[frame.targetIndex] : null;
  if (target && sim.player.alive) {
    // The shots leave the emitters ahead of the centre with the ship's velocity added.
    shooter.copy(shipPose.forward).multiplyScalar(EMITTER_AHEAD_M).add(shipPose.position);
    session.history.position(target.body, session.alpha, world);
    const v = target.body.velocity;
    targetVelocity.set(v.x, v.y, v.z);
    leadPoint(shooter, shipPose.velocity, world, targetVelocity, PHASERS.speedMps, lead);
    // Drawn at the reticle's depth along the firing line, so reticle on pip = shot on target.
    lead.sub(shooter);
    if (lead.lengthSq() > 1e-6) {
      lead
        .normalize()
        .multiplyScalar(AIM_DISTANCE_M - EMITTER_AHEAD_M)
        .add(shooter);
      frame.pipVisible = project(lead);
      frame.pipX = screen.x;
      frame.pipY = screen.y;
    }
  }
}

/** The shared snapshot for the frame rendered at `timestamp`. */
export function combatFrame(timestamp: number): CombatFrame {
  if (timestamp !== frame.timestamp) computeFrame(timestamp);
  return frame;
}

/**
 * Projects a world point (a landmark, a waypoint) with this frame's camera into `out`.
 * Call it from an onCombatFrame callback, after the frame is computed.
 */
export function projectPoint(x: number, y: number, z: number, out: ProjectedPoint): ProjectedPoint {
  world.set(x, y, z);
  out.distance = world.distanceTo(shipPose.position);
  out.inFront = frame.valid && project(world);
  out.x = out.inFront ? screen.x : 0;
  out.y = out.inFront ? screen.y : 0;
  out.cameraX = frame.valid ? view.x : 0;
  out.cameraY = frame.valid ? view.y : 1;
  return out;
}

/**
 * Calls `update` after every rendered frame with the shared snapshot; returns the
 * unsubscribe function. Widgets subscribe once from an effect: no React re-renders.
 */
export function onCombatFrame(update: (frame: CombatFrame) => void): () => void {
  return addAfterEffect((timestamp) => update(combatFrame(timestamp)));
}
