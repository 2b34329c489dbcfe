import { GlowShape, type GlowBatch } from '../combat/glow-batch';
import type { Rgb } from '../combat/palette';
import { RELAY_KEEL_Y, RELAY_TIP_Y } from './relay-geometry';
import { PARTY_COLORS, type RelayView } from './relay-state';

/**
 * A relay's light, as glow sprites in one batch: the core's halo and glint, the beacon,
 * the invitation's beam into the sky, broadcast rings rolling out across the sector,
 * a holographic invitation card turning above the mast, and party confetti in orbit.
 * The light is what reads from kilometres away, where the mast is a few pixels.
 */

/** The broadcast's beam: this far up from the beacon and down from the keel, metres. */
const BEAM_UP_M = 1800;
const BEAM_DOWN_M = 700;
const BEAM_SEGMENTS = 7;
/** A broadcast ring leaves the core this often (three in flight), seconds. */
const PULSE_S = 2.7;
const PULSES = 3;
/** …and reaches this far, metres. */
const PULSE_REACH_M = 820;
/** The invitation card: its size and how high above the core it floats, metres. */
const CARD_HALF_W = 18;
const CARD_HALF_H = 11.5;
const CARD_Y = RELAY_TIP_Y + 30;
const CONFETTI = 14;

const WHITE: Rgb = { r: 1, g: 0.96, b: 0.98 };
const CARD: Rgb = { r: 1, g: 0.62, b: 0.16 };

/** The card's outline and flap, as segments in its own plane (u across, v up). */
const CARD_SEGMENTS: readonly (readonly [number, number, number, number])[] = [
  [-1, -1, 1, -1],
  [1, -1, 1, 1],
  [1, 1, -1, 1],
  [-1, 1, -1, -1],
  [-1, 1, 0, -0.1],
  [1, 1, 0, -0.1],
];

function fract(x: number): number {
  return x - Math.floor(x);
}

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/** The mast's blink (the shader's strobe pattern at phase 0). */
export function beaconBlink(time: number): number {
  const f = fract(time * 0.75);
  return 0.12 + 1.6 * (1 - smoothstep(0, 0.16, f));
}

/** Cheap stable hash to [0, 1). */
function hash(a: number, b: number): number {
  const h = Math.sin(a * 127.1 + b * 311.7) * 43758.5453;
  return h - Math.floor(h);
}

/** Brightness of a beam `s` (0 at its foot … 1 at its far end) along its length. */
function beamFade(s: number): number {
  return Math.pow(1 - s, 1.8);
}

/**
 * A vertical beam from (x, y, z) going up (dir 1) or down (-1) `length` metres, as a
 * chain of comet segments: one long sprite would be foreshortened about its middle and
 * drift off the mast when seen from near its foot.
 */
function pushBeam(
  batch: GlowBatch,
  x: number,
  y: number,
  z: number,
  dir: 1 | -1,
  length: number,
  level: number,
  tint: Rgb,
): void {
  const step = length / BEAM_SEGMENTS;
  const half = (step / 2) * dir;
  for (let k = 0; k < BEAM_SEGMENTS; k++) {
    const head = beamFade(k / BEAM_SEGMENTS);
    const tail = beamFade((k + 1) / BEAM_SEGMENTS);
    const cy = y + (k + 0.5) * step * dir;
    const ratio = head > 0 ? tail / head : 0;
    const outer = level * head;
    batch.push(
      x,
      cy,
      z,
      0,
      -half,
      0,
      7,
      GlowShape.Comet,
      0.4,
      ratio,
      tint.r * outer,
      tint.g * outer,
      tint.b * outer,
    );
    const inner = outer * 0.7;
    batch.push(x, cy, z, 0, -half, 0, 2, GlowShape.Comet, 1, ratio, inner, inner, inner);
  }
}

/**
 * Pushes one relay's sprites. `collapse` 0..1: as it falls the beam and the card fail
 * first, the halo flares and everything fades within the first quarter.
 */
export function drawRelayGlow(
  batch: GlowBatch,
  relay: RelayView,
  clock: number,
  collapse: number,
): void {
  const time = clock + relay.seed * 5;
  const live = 1 - smoothstep(0, 0.28, collapse);
  if (live <= 0.001) return;
  const { x, y, z, tint } = relay;
  // A damaged relay's lights stutter (the same dropouts as the mast's neon, roughly).
  const stutter = hash(Math.floor(clock * 13), relay.id) < relay.damage * 0.5 ? 0.25 : 1;
  const failing = collapse > 0 ? (hash(Math.floor(clock * 30), relay.id) < 0.5 ? 0.2 : 1) : 1;
  const light = live * stutter * failing;
  const breathe = 0.85 + 0.15 * Math.sin(time * 2.3);

  // The invitation core: a wide party-coloured halo, a hot centre and a slow glint.
  const halo = 0.3 * breathe * light + relay.hit * 0.25;
  batch.push(
    x,
    y,
    z,
    0,
    0,
    0,
    64,
    GlowShape.Soft,
    0,
    0,
    tint.r * halo,
    tint.g * halo,
    tint.b * halo,
  );
  const hot = 0.95 * breathe * light;
  batch.push(
    x,
    y,
    z,
    0,
    0,
    0,
    17,
    GlowShape.Soft,
    1,
    0,
    (tint.r * 0.8 + 0.25) * hot,
    (tint.g * 0.8 + 0.25) * hot,
    (tint.b * 0.8 + 0.25) * hot,
  );
  const glint = 0.55 * light;
  batch.push(
    x,
    y,
    z,
    0,
    0,
    0,
    40,
    GlowShape.Star,
    0.8,
    time * 0.35,
    tint.r * glint,
    tint.g * glint,
    tint.b * glint,
  );

  // The beacon on the tip.
  const blink = beaconBlink(time) * light;
  const tipY = y + RELAY_TIP_Y;
  batch.push(
    x,
    tipY,
    z,
    0,
    0,
    0,
    9 + 15 * Math.min(1, blink),
    GlowShape.Star,
    1,
    time * 1.1,
    (WHITE.r * 0.5 + tint.r * 0.5) * blink,
    (WHITE.g * 0.5 + tint.g * 0.5) * blink,
    (WHITE.b * 0.5 + tint.b * 0.5) * blink,
  );

  // The beam: the invitation going up into the sky from the beacon, and down below the
  // keel, fading with height. It shrinks back into the mast as the relay fails.
  const reach = 1 - smoothstep(0, 0.12, collapse);
  if (reach > 0.01) {
    const beam = 0.55 * light * (0.9 + 0.1 * Math.sin(time * 9));
    pushBeam(batch, x, tipY, z, 1, BEAM_UP_M * reach, beam, tint);
    pushBeam(batch, x, y + RELAY_KEEL_Y, z, -1, BEAM_DOWN_M * reach, beam * 0.7, tint);
  }

  // Broadcast rings rolling out across the sector: flat, in the relay's level plane,
  // each with a faint shell facing the camera so it reads from any angle.
  for (let k = 0; k < PULSES; k++) {
    const phase = time / PULSE_S + k / PULSES;
    const age = fract(phase);
    const colour = PARTY_COLORS[(Math.floor(phase) * PULSES + k + relay.index) % 3]!;
    const grow = 1 - (1 - age) * (1 - age);
    const radius = 46 + PULSE_REACH_M * grow;
    const fade = Math.pow(1 - age, 1.7) * Math.min(1, age * 12) * light;
    const flat = 0.75 * fade;
    batch.push(
      x,
      y,
      z,
      0,
      1,
      0,
      radius,
      GlowShape.Ring,
      0.6,
      0.016,
      colour.r * flat,
      colour.g * flat,
      colour.b * flat,
    );
    const shell = 0.06 * fade;
    batch.push(
      x,
      y,
      z,
      0,
      0,
      0,
      radius * 0.4,
      GlowShape.Ring,
      0.3,
      0.015,
      colour.r * shell,
      colour.g * shell,
      colour.b * shell,
    );
  }

  // The invitation itself: a holographic card turning above the mast.
  const cardLight =
    light * (0.75 + 0.25 * Math.sin(time * 3.1)) * (1 - smoothstep(0, 0.08, collapse));
  if (cardLight > 0.01) {
    const yaw = time * 0.6;
    const rx = Math.cos(yaw);
    const rz = -Math.sin(yaw);
    const cy = y + CARD_Y + Math.sin(time * 1.25) * 3;
    const scan = 0.5 + 0.5 * Math.sin(time * 5.3);
    for (const [u0, v0, u1, v1] of CARD_SEGMENTS) {
      const mu = ((u0 + u1) / 2) * CARD_HALF_W;
      const mv = ((v0 + v1) / 2) * CARD_HALF_H;
      const au = ((u1 - u0) / 2) * CARD_HALF_W;
      const av = ((v1 - v0) / 2) * CARD_HALF_H;
      const c = 0.85 * cardLight;
      batch.push(
        x + rx * mu,
        cy + mv,
        z + rz * mu,
        rx * au,
        av,
        rz * au,
        1.5,
        GlowShape.Soft,
        0.7,
        0,
        CARD.r * c,
        CARD.g * c,
        CARD.b * c,
      );
    }
    // A faint fill behind the outline, and the wax seal where the flap meets.
    const fill = 0.1 * cardLight * (0.7 + 0.3 * scan);
    batch.push(
      x,
      cy,
      z,
      0,
      0,
      0,
      CARD_HALF_W * 1.3,
      GlowShape.Soft,
      0,
      0,
      CARD.r * fill,
      CARD.g * fill,
      CARD.b * fill,
    );
    const seal = cardLight;
    batch.push(
      x,
      cy - 0.1 * CARD_HALF_H,
      z,
      0,
      0,
      0,
      6,
      GlowShape.Star,
      1,
      time * 0.8,
      tint.r * seal,
      tint.g * seal,
      tint.b * seal,
    );
  }

  // Party confetti: sparkles orbiting the core on tipped orbits.
  for (let k = 0; k < CONFETTI; k++) {
    const r = 44 + 22 * hash(k, 1.7);
    const speed = (0.25 + 0.35 * hash(k, 4.1)) * (k % 2 === 0 ? 1 : -1);
    const angle = time * speed + hash(k, 9.3) * 6.283;
    const tiltAngle = (hash(k, 2.9) - 0.5) * 1.6;
    const ox = Math.cos(angle) * r;
    const oz = Math.sin(angle) * r;
    const oy = oz * Math.sin(tiltAngle);
    const twinkle = (0.45 + 0.55 * Math.max(0, Math.sin(time * (3 + k * 0.37) + k))) * light;
    const colour = PARTY_COLORS[(k + relay.index) % PARTY_COLORS.length]!;
    batch.push(
      x + ox,
      y + oy,
      z + oz * Math.cos(tiltAngle),
      0,
      0,
      0,
      3.2 + 1.6 * twinkle,
      GlowShape.Star,
      1,
      time * 2 + k,
      colour.r * twinkle,
      colour.g * twinkle,
      colour.b * twinkle,
    );
  }
}
