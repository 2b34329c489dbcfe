import { Vec3 } from 'cannon-es';
import { FIXED_DT } from '../constants';
import { CREW_RULES } from '../content/crew';
import { phaserDamageScale } from './fence';
import { PHASERS, TORPEDOES } from '../content/weapons';
import { Button, isHeld, wasPressed, type InputFrame } from '../input-frame';
import type { SimState } from '../state';
import { Faction, ProjectileKind } from '../world/projectile-pool';
import { PLAYER_ID } from '../world/player-ship';

const forward = new Vec3();
const muzzle = new Vec3();
const local = new Vec3();
const LOCAL_FORWARD = new Vec3(0, 0, -1);

/** Phasers (heat, energy, alternating emitters) and photon torpedoes (stock, lock). */
export function playerWeaponsSystem(sim: SimState, input: InputFrame): void {
  const player = sim.player;
  const w = player.weapons;
  if (w.phaserCooldownTicks > 0) w.phaserCooldownTicks--;
  if (w.torpedoCooldownTicks > 0) w.torpedoCooldownTicks--;
  if (sim.tick - w.lastPhaserTick > PHASERS.ventDelayTicks && w.phaserHeat > 0) {
    w.phaserHeat = Math.max(0, w.phaserHeat - PHASERS.ventPerS * FIXED_DT);
  }
  if (w.overheated && w.phaserHeat <= PHASERS.recoverAt) {
    w.overheated = false;
    sim.events.push({ type: 'PhasersCooled', tick: sim.tick });
  }
  if (!player.alive) return;

  const body = player.body;
  body.quaternion.vmult(LOCAL_FORWARD, forward);
  // Nanette's rally: harder-hitting, faster phasers for a few seconds.
  const rallied = sim.tick < player.effects.rallyUntilTick;

  if (
    isHeld(input, Button.Fire) &&
    !w.overheated &&
    w.phaserCooldownTicks === 0 &&
    player.energy >= PHASERS.energyPerShot
  ) {
    const emitter = PHASERS.emitters[w.nextEmitter]!;
    w.nextEmitter = (w.nextEmitter + 1) % PHASERS.emitters.length;
    local.set(emitter[0], emitter[1], emitter[2]);
    body.quaternion.vmult(local, muzzle);
    muzzle.vadd(body.position, muzzle);
    sim.projectiles.spawn({
      kind: ProjectileKind.Phaser,
      faction: Faction.Player,
      ownerId: PLAYER_ID,
      targetId: -1,
      x: muzzle.x,
      y: muzzle.y,
      z: muzzle.z,
      // Shots inherit the ship's velocity, so the lead pip holds at any speed.
      vx: body.velocity.x + forward.x * PHASERS.speedMps,
      vy: body.velocity.y + forward.y * PHASERS.speedMps,
      vz: body.velocity.z + forward.z * PHASERS.speedMps,
      lifeTicks: PHASERS.lifeTicks,
      damage:
        PHASERS.damage * phaserDamageScale(sim) * (rallied ? CREW_RULES.rally.damageScale : 1),
      splashDamage: 0,
      splashRadiusM: 0,
      turnRateRadPerS: 0,
      maxSpeedMps: 0,
      accelMps2: 0,
    });
    player.energy -= PHASERS.energyPerShot;
    w.phaserCooldownTicks = Math.round(
      PHASERS.intervalTicks * (rallied ? CREW_RULES.rally.fireIntervalScale : 1),
    );
    w.lastPhaserTick = sim.tick;
    w.phaserHeat += PHASERS.heatPerShot;
    sim.events.push({
      type: 'WeaponFired',
      tick: sim.tick,
      shipId: PLAYER_ID,
      weapon: 'phaser',
      position: [muzzle.x, muzzle.y, muzzle.z],
    });
    if (w.phaserHeat >= PHASERS.overheatAt) {
      w.phaserHeat = PHASERS.overheatAt;
      w.overheated = true;
      sim.events.push({ type: 'PhasersOverheated', tick: sim.tick });
    }
  }

  if (
    wasPressed(input, sim.previousButtons, Button.Torpedo) &&
    w.torpedoes > 0 &&
    w.torpedoCooldownTicks === 0
  ) {
    local.set(TORPEDOES.tube[0], TORPEDOES.tube[1], TORPEDOES.tube[2]);
    body.quaternion.vmult(local, muzzle);
    muzzle.vadd(body.position, muzzle);
    const homingTarget = w.locked && player.targetId !== null ? player.targetId : -1;
    sim.projectiles.spawn({
      kind: ProjectileKind.Torpedo,
      faction: Faction.Player,
      ownerId: PLAYER_ID,
      targetId: homingTarget,
      x: muzzle.x,
      y: muzzle.y,
      z: muzzle.z,
      vx: body.velocity.x + forward.x * TORPEDOES.launchSpeedMps,
      vy: body.velocity.y + forward.y * TORPEDOES.launchSpeedMps,
      vz: body.velocity.z + forward.z * TORPEDOES.launchSpeedMps,
      lifeTicks: TORPEDOES.lifeTicks,
      damage: TORPEDOES.damage,
      splashDamage: TORPEDOES.splashDamage,
      splashRadiusM: TORPEDOES.splashRadiusM,
      turnRateRadPerS: homingTarget >= 0 ? TORPEDOES.turnRateRadPerS : 0,
      maxSpeedMps: TORPEDOES.maxSpeedMps,
      accelMps2: TORPEDOES.accelMps2,
    });
    w.torpedoes--;
    w.torpedoCooldownTicks = TORPEDOES.cooldownTicks;
    sim.events.push({
      type: 'WeaponFired',
      tick: sim.tick,
      shipId: PLAYER_ID,
      weapon: 'torpedo',
      position: [muzzle.x, muzzle.y, muzzle.z],
    });
  }
}
