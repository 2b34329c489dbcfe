import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { Faction, ProjectileKind, type SimEvent } from '../../sim';
import { CALLISTER_ID, fxDelta, shipBody } from './combat-view';
import { fx } from './fx-particles';
import { GlowBatch, GlowShape } from './glow-batch';
import { FX_COLORS, type Rgb } from './palette';

/**
 * A bolt is drawn as long as the distance it covers in this many seconds. The
 * Callister's are longer and fatter: the chase camera sees them end-on.
 */
const PLAYER_BOLT_SECONDS = 0.045;
const INFINITY_BOLT_SECONDS = 0.03;
const PLAYER_BOLT_HALF_WIDTH_M = 1.7;
const INFINITY_BOLT_HALF_WIDTH_M = 1.0;

/** Infinity's bolts: magenta or cyan by shooter, so a stream reads as one pilot's. */
function infinityBolt(ownerId: number): Rgb {
  return (ownerId & 1) === 0 ? FX_COLORS.infinityPhaserA : FX_COLORS.infinityPhaserB;
}

function onWeaponFired(event: Extract<SimEvent, { type: 'WeaponFired' }>): void {
  const sim = runtime.session.sim;
  const body = shipBody(sim, event.shipId);
  const v = body?.velocity;
  const [x, y, z] = event.position;
  const player = event.shipId === CALLISTER_ID;
  const torpedo = event.weapon === 'torpedo';
  const color = player
    ? torpedo
      ? FX_COLORS.playerTorpedo
      : FX_COLORS.playerPhaser
    : torpedo
      ? FX_COLORS.infinityTorpedo
      : infinityBolt(event.shipId);
  fx.flash(
    x,
    y,
    z,
    v?.x ?? 0,
    v?.y ?? 0,
    v?.z ?? 0,
    torpedo ? 7 : player ? 3.2 : 2.4,
    torpedo ? 0.22 : 0.09,
    color,
    color,
    0.8,
  );
}

/**
 * Every live projectile, from the sim's pool, in one draw call: phaser bolts as
 * glowing streaks along their velocity (brightest at the head), torpedoes as pulsing
 * starbursts with a fading trail. Muzzle flashes come from WeaponFired.
 */
export function Projectiles() {
  const batch = useMemo(() => new GlowBatch(512, 3), []);
  useEffect(() => () => batch.dispose(), [batch]);
  useEffect(
    () =>
      runtime.session.onEvent((event) => {
        if (event.type === 'WeaponFired') onWeaponFired(event);
      }),
    [],
  );
  const clock = useRef(0);

  useFrame((_, delta) => {
    clock.current += fxDelta(delta);
    const time = clock.current;
    const session = runtime.session;
    const pool = session.sim.projectiles;
    const alpha = session.alpha;
    batch.begin();
    for (let i = 0; i < pool.count; i++) {
      const px = pool.px[i]!;
      const py = pool.py[i]!;
      const pz = pool.pz[i]!;
      const x = px + (pool.x[i]! - px) * alpha;
      const y = py + (pool.y[i]! - py) * alpha;
      const z = pz + (pool.z[i]! - pz) * alpha;
      const vx = pool.vx[i]!;
      const vy = pool.vy[i]!;
      const vz = pool.vz[i]!;
      const speed = Math.hypot(vx, vy, vz) || 1;
      const ux = vx / speed;
      const uy = vy / speed;
      const uz = vz / speed;
      const player = pool.faction[i] === Faction.Player;
      if (pool.kind[i] === ProjectileKind.Phaser) {
        const half = speed * (player ? PLAYER_BOLT_SECONDS : INFINITY_BOLT_SECONDS) * 0.5;
        const color = player ? FX_COLORS.playerPhaser : infinityBolt(pool.ownerId[i]!);
        const gain = player ? 1.6 : 1.3;
        batch.push(
          x - ux * half,
          y - uy * half,
          z - uz * half,
          ux * half,
          uy * half,
          uz * half,
          player ? PLAYER_BOLT_HALF_WIDTH_M : INFINITY_BOLT_HALF_WIDTH_M,
          GlowShape.Comet,
          player ? 1.4 : 1,
          0.35,
          color.r * gain,
          color.g * gain,
          color.b * gain,
        );
        continue;
      }
      // Torpedo: trail, halo and a spinning, pulsing star core.
      const core = player ? FX_COLORS.playerTorpedo : FX_COLORS.infinityTorpedo;
      const trail = player ? FX_COLORS.playerTorpedoTrail : FX_COLORS.infinityTorpedoTrail;
      const phase = time * 13 + pool.ownerId[i]! * 2.1 + pool.targetId[i]! * 1.3;
      const pulse = 1 + 0.22 * Math.sin(phase);
      const trailHalf = Math.min(30, speed * 0.07) * 0.5 + 2;
      batch.push(
        x - ux * trailHalf,
        y - uy * trailHalf,
        z - uz * trailHalf,
        ux * trailHalf,
        uy * trailHalf,
        uz * trailHalf,
        1.7,
        GlowShape.Comet,
        0.6,
        0,
        trail.r * 0.9,
        trail.g * 0.9,
        trail.b * 0.9,
      );
      batch.push(
        x,
        y,
        z,
        0,
        0,
        0,
        18 * pulse,
        GlowShape.Soft,
        0,
        0,
        core.r * 0.5,
        core.g * 0.5,
        core.b * 0.5,
      );
      batch.push(
        x,
        y,
        z,
        0,
        0,
        0,
        10 * pulse,
        GlowShape.Star,
        1.2,
        time * 2.5 + phase * 0.05,
        core.r * 1.3 * pulse,
        core.g * 1.3 * pulse,
        core.b * 1.3 * pulse,
      );
    }
    batch.end();
  });

  return <primitive object={batch.mesh} />;
}
