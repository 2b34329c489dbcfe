import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Quaternion, Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import type { HeartState, SimState } from '../../sim';
import { HEART } from '../../sim/content/heart';
import { GlowBatch, GlowShape } from '../combat/glow-batch';
import type { Rgb } from '../combat/palette';
import { mulberry32 } from '../seeded-random';
import { shipPose } from '../ship-pose';
import { PYLON_EMITTER_Y } from './structure-geometry';
import { HEART_COLORS } from './heart-palette';
import { heartView } from './heart-view-state';

const [CX, CY, CZ] = HEART.core.center;
const [UX, UY, UZ] = HEART.uplink.position;
const MOTES = 150;
const TUNNEL_TOP_Z = HEART.uplink.position[2] + 240;
const TUNNEL_BOTTOM_Z = HEART.core.entryZ;
const TUNNEL_SPAN = TUNNEL_TOP_Z - TUNNEL_BOTTOM_Z;
const TAU = Math.PI * 2;
/** Half the angular width of a ring's opening (its missing slabs). */
const OPENING_HALF_RAD = (HEART.ring.openSlabs * Math.PI) / HEART.ring.slabs;
const PROGRESS_DOTS = 48;

const rotation = new Quaternion();
const position = new Vector3();
const right = new Vector3();
const up = new Vector3();
const blade = new Vector3();
const feed = new Vector3();

function push(
  batch: GlowBatch,
  x: number,
  y: number,
  z: number,
  ax: number,
  ay: number,
  az: number,
  half: number,
  shape: (typeof GlowShape)[keyof typeof GlowShape],
  core: number,
  param: number,
  color: Rgb,
  level: number,
): void {
  batch.push(
    x,
    y,
    z,
    ax,
    ay,
    az,
    half,
    shape,
    core,
    param,
    color.r * level,
    color.g * level,
    color.b * level,
  );
}

/** Data motes: bright packets streaming down the tunnel (up it, fleeing, in the deletion). */
function drawMotes(batch: GlowBatch, seeds: Float32Array, time: number, heart: HeartState): void {
  const deleting = heart.deletionStartTick !== null;
  const color = deleting ? HEART_COLORS.alarm : HEART_COLORS.lattice;
  for (let i = 0; i < MOTES; i++) {
    const angle = seeds[i * 4]! * TAU;
    const radius = 140 + seeds[i * 4 + 1]! * 340;
    const speed = 140 + seeds[i * 4 + 2]! * 320;
    const travel =
      (seeds[i * 4 + 3]! * TUNNEL_SPAN + time * speed * (deleting ? 1.8 : 1)) % TUNNEL_SPAN;
    const z = deleting ? TUNNEL_BOTTOM_Z + travel : TUNNEL_TOP_Z - travel;
    const dir = deleting ? 1 : -1;
    const length = 14 + speed * 0.08;
    // Faded in and out at the ends of their run, so none pops.
    const edge = Math.min(1, travel / 200, (TUNNEL_SPAN - travel) / 200);
    push(
      batch,
      Math.cos(angle) * radius,
      Math.sin(angle) * radius,
      z,
      0,
      0,
      dir * length,
      2.2,
      GlowShape.Comet,
      0.8,
      0.05,
      color,
      0.9 * edge,
    );
  }
}

/** The window through each ring: its two edges lit lime, so the gap reads at a glance. */
function drawOpenings(batch: GlowBatch, heart: HeartState, time: number): void {
  const session = runtime.session;
  const { hubRadiusM, outerRadiusM } = HEART.ring;
  const mid = (hubRadiusM + outerRadiusM) / 2;
  const half = (outerRadiusM - hubRadiusM) / 2 - 10;
  for (const ring of heart.rings) {
    if (ring.deletedTick !== null) continue;
    session.history.position(ring.body, session.alpha, position);
    session.history.quaternion(ring.body, session.alpha, rotation);
    const spin = 2 * Math.atan2(rotation.z, rotation.w);
    const centre = spin + ring.openingOffsetRad;
    const level = 0.7 + 0.3 * Math.sin(time * 5 + ring.z);
    for (let side = -1; side <= 1; side += 2) {
      const a = centre + side * (OPENING_HALF_RAD - 0.02);
      const c = Math.cos(a);
      const s = Math.sin(a);
      push(
        batch,
        position.x + c * mid,
        position.y + s * mid,
        position.z,
        c * half,
        s * half,
        0,
        3.5,
        GlowShape.Soft,
        0.6,
        0,
        HEART_COLORS.opening,
        level,
      );
    }
    // A marker in the middle of the gap, chasing outward.
    const r = hubRadiusM + ((time * 0.6 + ring.z * 0.001) % 1) * (outerRadiusM - hubRadiusM);
    push(
      batch,
      position.x + Math.cos(centre) * r,
      position.y + Math.sin(centre) * r,
      position.z,
      0,
      0,
      0,
      12,
      GlowShape.Star,
      1,
      time,
      HEART_COLORS.opening,
      0.8,
    );
  }
}

/** Pylon feeds into Bob's shield, and the core orb in his chest. */
function drawBob(batch: GlowBatch, sim: SimState, heart: HeartState, time: number): void {
  if (!heart.bob.alive) return;
  for (let i = 0; i < heart.pylonIds.length; i++) {
    const pylon = sim.enemyById.get(heart.pylonIds[i]!);
    if (!pylon || !pylon.alive) continue;
    const p = pylon.body.position;
    feed.set(CX - p.x, CY - p.y, CZ - p.z);
    const distance = feed.length();
    feed.divideScalar(distance);
    // From the emitter to the shield's skin.
    const from = -PYLON_EMITTER_Y;
    const to = distance - 200;
    const halfLen = (to - from) / 2;
    const cx = p.x + feed.x * (from + halfLen);
    const cy = p.y + feed.y * (from + halfLen);
    const cz = p.z + feed.z * (from + halfLen);
    const flicker = 0.75 + 0.25 * Math.sin(time * 31 + i * 2.1);
    push(
      batch,
      cx,
      cy,
      cz,
      feed.x * halfLen,
      feed.y * halfLen,
      feed.z * halfLen,
      7,
      GlowShape.Soft,
      0.7,
      0,
      HEART_COLORS.pylon,
      flicker,
    );
    // Charge pulses running down the feed.
    for (let k = 0; k < 3; k++) {
      const t = (time * 0.9 + k / 3 + i * 0.13) % 1;
      const d = from + t * (to - from);
      push(
        batch,
        p.x + feed.x * d,
        p.y + feed.y * d,
        p.z + feed.z * d,
        0,
        0,
        0,
        14,
        GlowShape.Soft,
        1,
        0,
        HEART_COLORS.firewallHot,
        0.9,
      );
    }
  }
  const exposed = heart.pylonsLeft === 0;
  const beat = 0.5 + 0.5 * Math.pow(Math.abs(Math.sin(time * (exposed ? 5 : 2.2))), 4);
  push(
    batch,
    CX,
    CY,
    CZ,
    0,
    0,
    0,
    70 + beat * 20,
    GlowShape.Soft,
    1,
    0,
    exposed ? HEART_COLORS.white : HEART_COLORS.hologram,
    0.5 + beat * 0.5,
  );
  if (exposed)
    push(batch, CX, CY, CZ, 0, 0, 0, 120, GlowShape.Star, 1, time * 0.8, HEART_COLORS.cutlass, 0.8);
}

/** The cutlass: a plasma blade swept across the nose, with a fading smear behind it. */
function drawCutlass(batch: GlowBatch, sim: SimState, heart: HeartState, alpha: number): void {
  const swing = heart.cutlass.lastSwingTick;
  if (swing < 0) return;
  const t = (sim.tick - swing + alpha) / HEART.cutlass.swingTicks;
  if (t < 0 || t > 1) return;
  const forward = shipPose.forward;
  // A diagonal slash: right-and-up across to left-and-down.
  right.set(1, 0, 0).applyQuaternion(shipPose.quaternion);
  up.copy(shipPose.up);
  right.multiplyScalar(0.9).addScaledVector(up, 0.42).normalize();
  const ease = 1 - Math.pow(1 - t, 3);
  const fade = Math.sin(Math.PI * Math.min(1, t * 1.15)) ** 0.5;
  const reach = HEART.cutlass.rangeM;
  const hilt = 16;
  const hx = shipPose.position.x + forward.x * hilt;
  const hy = shipPose.position.y + forward.y * hilt;
  const hz = shipPose.position.z + forward.z * hilt;
  for (let k = 7; k >= 0; k--) {
    const theta = 1.15 - 2.3 * ease + k * 0.11;
    blade.copy(forward).multiplyScalar(Math.cos(theta)).addScaledVector(right, Math.sin(theta));
    const half = (reach - hilt) / 2;
    const level = fade * (k === 0 ? 1 : 0.35 * (1 - k / 8));
    const cx = hx + blade.x * half;
    const cy = hy + blade.y * half;
    const cz = hz + blade.z * half;
    push(
      batch,
      cx,
      cy,
      cz,
      blade.x * half,
      blade.y * half,
      blade.z * half,
      k === 0 ? 9 : 6,
      GlowShape.Comet,
      0.6,
      0.35,
      HEART_COLORS.cutlass,
      level * 1.4,
    );
    if (k === 0) {
      push(
        batch,
        cx,
        cy,
        cz,
        blade.x * half,
        blade.y * half,
        blade.z * half,
        2.6,
        GlowShape.Comet,
        1,
        0.6,
        HEART_COLORS.cutlassCore,
        fade * 2,
      );
      push(
        batch,
        hx + blade.x * reach,
        hy + blade.y * reach,
        hz + blade.z * reach,
        0,
        0,
        0,
        16,
        GlowShape.Star,
        1,
        t * 3,
        HEART_COLORS.cutlassCore,
        fade,
      );
    }
  }
}

/** The uplink's zone (lit once the deletion starts) and its upload progress ring. */
function drawUplink(batch: GlowBatch, heart: HeartState, time: number, cameraZ: number): void {
  const live = heart.deletionStartTick !== null;
  const radius = HEART.uplink.radiusM;
  const inside = heart.stage === 'uplink';
  // A flat glow ring is one-sided (its quad faces along its axis): face it at the camera.
  const facing = cameraZ < UZ ? -1 : 1;
  const pulse = live ? 0.8 + 0.4 * Math.sin(time * (inside ? 10 : 4)) : 0.18;
  push(
    batch,
    UX,
    UY,
    UZ,
    0,
    0,
    facing,
    radius,
    GlowShape.Ring,
    0.5,
    0.03,
    HEART_COLORS.phosphor,
    // Inside, the ring surrounds the view: dimmer, or its haze would veil the screen.
    pulse * (inside ? 0.8 : 1),
  );
  if (!live) return;
  push(
    batch,
    UX,
    UY,
    UZ,
    0,
    0,
    facing,
    radius * 1.18,
    GlowShape.Ring,
    0.4,
    0.02,
    HEART_COLORS.phosphor,
    0.5 + 0.5 * Math.sin(time * 2),
  );
  const progress = heart.uplinkHoldTicks / HEART.uplink.holdTicks;
  for (let i = 0; i < PROGRESS_DOTS; i++) {
    const f = i / PROGRESS_DOTS;
    const a = Math.PI / 2 - f * TAU;
    const lit = f < progress;
    const r = radius * 1.35;
    push(
      batch,
      UX + Math.cos(a) * r,
      UY + Math.sin(a) * r,
      UZ,
      0,
      0,
      0,
      lit ? 6 : 3,
      GlowShape.Soft,
      lit ? 1 : 0,
      0,
      lit ? HEART_COLORS.white : HEART_COLORS.phosphor,
      lit ? 1.2 : 0.25,
    );
  }
}

/** Structures' small lights: the turrets' red sensor eyes. */
function drawTurretEyes(batch: GlowBatch, sim: SimState, heart: HeartState, time: number): void {
  for (let i = 0; i < heart.turretIds.length; i++) {
    const turret = sim.enemyById.get(heart.turretIds[i]!);
    if (!turret || !turret.alive) continue;
    const p = turret.body.position;
    const len = Math.hypot(p.x, p.y) || 1;
    const blink = 0.6 + 0.4 * Math.sin(time * 6 + i);
    push(
      batch,
      p.x - (p.x / len) * 20,
      p.y - (p.y / len) * 20,
      p.z,
      0,
      0,
      0,
      10,
      GlowShape.Soft,
      1,
      0,
      HEART_COLORS.turret,
      blink,
    );
  }
}

/** Motes pulled into the collapse, spiralling in at its edge. */
function drawCollapse(
  batch: GlowBatch,
  seeds: Float32Array,
  heart: HeartState,
  time: number,
): void {
  const r = heart.collapseRadiusM;
  if (r <= 0) return;
  for (let i = 0; i < 60; i++) {
    const a = seeds[i * 4]! * TAU + time * (0.2 + seeds[i * 4 + 1]!);
    const b = (seeds[i * 4 + 2]! - 0.5) * Math.PI;
    const t = (seeds[i * 4 + 3]! + time * 0.5) % 1;
    const d = r + 160 * (1 - t);
    const x = Math.cos(a) * Math.cos(b);
    const y = Math.sin(b);
    const z = Math.sin(a) * Math.cos(b);
    push(
      batch,
      CX + x * d,
      CY + y * d,
      CZ + z * d,
      -x * 30,
      -y * 30,
      -z * 30,
      4,
      GlowShape.Comet,
      1,
      0.05,
      HEART_COLORS.voidEdge,
      t,
    );
  }
}

/**
 * Every glow of the Heart in ONE draw call: the data streaming down the tunnel, the
 * rings' openings, the pylons' feeds and Bob's core, the cutlass, turret eyes, the
 * uplink's rings, and the motes falling into the collapse.
 */
export function HeartGlow() {
  const parts = useMemo(() => {
    const random = mulberry32(0x3ea7);
    const seeds = new Float32Array(MOTES * 4);
    for (let i = 0; i < seeds.length; i++) seeds[i] = random();
    return { seeds, batch: new GlowBatch(512, 2) };
  }, []);
  useEffect(() => () => parts.batch.dispose(), [parts]);

  useFrame((state) => {
    const session = runtime.session;
    const sim = session.sim;
    const heart = sim.heart;
    const batch = parts.batch;
    batch.begin();
    if (heart) {
      const time = heartView.time;
      drawMotes(batch, parts.seeds, time, heart);
      drawOpenings(batch, heart, time);
      drawBob(batch, sim, heart, time);
      drawTurretEyes(batch, sim, heart, time);
      drawCutlass(batch, sim, heart, session.alpha);
      drawUplink(batch, heart, time, state.camera.position.z);
      drawCollapse(batch, parts.seeds, heart, time);
    }
    batch.end();
  });

  return <primitive object={parts.batch.mesh} />;
}
