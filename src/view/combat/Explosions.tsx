import type { Body } from 'cannon-es';
import { useEffect } from 'react';
import { runtime } from '../../game/runtime';
import { SHIP_CLASSES, type SimEvent } from '../../sim';
import { viewCamera } from '../camera-bridge';
import { shipBody } from './combat-view';
import { fx } from './fx-particles';
import { FX_COLORS, rgb, shipTint, type Rgb } from './palette';

/** How much of the wreck's velocity its fireball keeps (a little lag reads as inertia). */
const CARRY = 0.85;
const DART_RADIUS_M = SHIP_CLASSES.dart.radiusM;

/** A mutable colour for mixes made per event (the pool copies it at once). */
const mixed = { r: 0, g: 0, b: 0 };
const up = { x: 0, y: 0, z: 0 };

function scaled(c: Rgb, k: number): Rgb {
  return { r: c.r * k, g: c.g * k, b: c.b * k };
}
/** Fireball puffs overlap a lot: each is dimmer so the sum stays orange, not white. */
const PUFF_HOT = scaled(FX_COLORS.fireHot, 0.38);
const PUFF_COOL = scaled(FX_COLORS.fireCool, 0.5);
const AFTERGLOW_HOT = scaled(FX_COLORS.fireMid, 0.35);
const AFTERGLOW_COOL = scaled(FX_COLORS.fireCool, 0.25);
const SMOKE = rgb('#17131a');

/**
 * The shockwave's plane: the wreck's wings, tipped toward the camera so it never
 * shows edge-on as a line.
 */
function ringNormal(body: Body | undefined, x: number, y: number, z: number): void {
  const q = body?.quaternion;
  // q * (0, 1, 0)
  up.x = q ? 2 * (q.x * q.y - q.w * q.z) : 0;
  up.y = q ? 1 - 2 * (q.x * q.x + q.z * q.z) : 1;
  up.z = q ? 2 * (q.y * q.z + q.w * q.x) : 0;
  const camera = viewCamera.camera;
  if (!camera) return;
  let cx = camera.position.x - x;
  let cy = camera.position.y - y;
  let cz = camera.position.z - z;
  const len = Math.hypot(cx, cy, cz) || 1;
  cx /= len;
  cy /= len;
  cz /= len;
  // Face the side of the ring the camera is on, then lean it toward the camera.
  const side = up.x * cx + up.y * cy + up.z * cz < 0 ? -1 : 1;
  up.x = up.x * side + cx * 0.8;
  up.y = up.y * side + cy * 0.8;
  up.z = up.z * side + cz * 0.8;
}

/** Jitter for secondary blasts: a few positions around the wreck. */
let jitterSeed = 0x2545f491;
function jitter(): number {
  jitterSeed = (Math.imul(jitterSeed, 1664525) + 1013904223) >>> 0;
  return jitterSeed / 4294967296 - 0.5;
}

function shipDestroyed(event: Extract<SimEvent, { type: 'ShipDestroyed' }>): void {
  const sim = runtime.session.sim;
  const body = shipBody(sim, event.shipId);
  const vx = (body?.velocity.x ?? 0) * CARRY;
  const vy = (body?.velocity.y ?? 0) * CARRY;
  const vz = (body?.velocity.z ?? 0) * CARRY;
  const [x, y, z] = event.position;
  // Dart 1, brawler 1.5, hunter 1.6, hauler ~3.
  const k = SHIP_CLASSES[event.shipClass].radiusM / DART_RADIUS_M;
  const root = Math.sqrt(k);
  const tint = shipTint(event.shipId);

  fx.smokePuffs(x, y, z, vx, vy, vz, k, Math.round(5 + 2 * k), SMOKE, 0.6);
  fx.flash(x, y, z, vx, vy, vz, 11 * k, 0.22, FX_COLORS.flashWhite, FX_COLORS.fireHot, 1);
  fx.fireball(x, y, z, vx, vy, vz, k, Math.round(9 + 3 * k), PUFF_HOT, PUFF_COOL);
  // Slow afterglow that lingers where the ship was.
  fx.flash(x, y, z, vx, vy, vz, 18 * k, 1.6, AFTERGLOW_HOT, AFTERGLOW_COOL, 0);
  // Shockwave in the pilot's colour, flat in the plane of the wreck's wings.
  mixed.r = tint.r * 0.8 + 0.2;
  mixed.g = tint.g * 0.8 + 0.2;
  mixed.b = tint.b * 0.8 + 0.2;
  ringNormal(body, x, y, z);
  fx.ring(x, y, z, vx, vy, vz, 4 * k, 45 * k, 0.7, mixed, 0.028, up.x, up.y, up.z);
  fx.sparks(
    x,
    y,
    z,
    vx,
    vy,
    vz,
    30,
    80 * root,
    280 * root,
    0.6 * root,
    0.5,
    1.5,
    FX_COLORS.sparkHot,
    FX_COLORS.sparkCool,
  );
  // Shards of the neon glow strips.
  fx.sparks(x, y, z, vx, vy, vz, 10, 40 * root, 140 * root, 0.7 * root, 0.8, 1.8, tint, tint);
  // Secondary blasts as the reactor lets go.
  const secondaries = 2 + Math.round(k);
  for (let s = 0; s < secondaries; s++) {
    const spread = 9 * k;
    fx.flash(
      x + jitter() * spread,
      y + jitter() * spread,
      z + jitter() * spread,
      vx,
      vy,
      vz,
      (6 + 4 * (jitter() + 0.5)) * k,
      0.35,
      FX_COLORS.fireHot,
      FX_COLORS.fireCool,
      0.8,
    );
    fx.delayLast(1, 0.12 + (jitter() + 0.5) * 0.45);
  }
}

function projectileBurst(event: Extract<SimEvent, { type: 'ProjectileBurst' }>): void {
  const [x, y, z] = event.position;
  if (event.weapon === 'phaser') {
    fx.flash(x, y, z, 0, 0, 0, 3.5, 0.14, FX_COLORS.sparkHot, FX_COLORS.ember, 1);
    fx.sparks(
      x,
      y,
      z,
      0,
      0,
      0,
      6,
      40,
      130,
      0.3,
      0.25,
      0.55,
      FX_COLORS.sparkHot,
      FX_COLORS.sparkCool,
    );
    return;
  }
  fx.flash(x, y, z, 0, 0, 0, 16, 0.4, FX_COLORS.flashWhite, FX_COLORS.fireMid, 1.4);
  fx.smokePuffs(x, y, z, 0, 0, 0, 0.6, 4, SMOKE, 0.45);
  fx.fireball(x, y, z, 0, 0, 0, 0.8, 7, PUFF_HOT, PUFF_COOL);
  fx.ring(x, y, z, 0, 0, 0, 2, 34, 0.5, FX_COLORS.fireMid, 0.05);
  fx.star(x, y, z, 0, 0, 0, 14, 0.35, FX_COLORS.flashWhite);
  fx.sparks(x, y, z, 0, 0, 0, 16, 60, 200, 0.4, 0.4, 0.9, FX_COLORS.sparkHot, FX_COLORS.sparkCool);
}

/**
 * Ships blowing up (fireball scaled by class, a shockwave ring in the pilot's neon,
 * sparks, secondary blasts) and projectiles bursting (phaser flash, torpedo blast).
 * Everything goes into the shared effect pool that CombatScene draws.
 */
export function Explosions() {
  useEffect(
    () =>
      runtime.session.onEvent((event) => {
        if (event.type === 'ShipDestroyed') shipDestroyed(event);
        else if (event.type === 'ProjectileBurst') projectileBurst(event);
      }),
    [],
  );
  return null;
}
