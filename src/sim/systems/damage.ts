import { Quaternion, Vec3 } from 'cannon-es';
import { CALLISTER } from '../content/callister';
import type { Damageable, SimState } from '../state';
import { PLAYER_ID } from '../world/player-ship';
import { woundCrew } from './crew';
import { destroyEnemy } from './destruction';

const worldNormal = new Vec3();
const localNormal = new Vec3();
const inverse = new Quaternion();

export interface DamageResult {
  shield: number;
  hull: number;
  /** True on the hit that took the hull to zero. */
  killed: boolean;
}

const NO_DAMAGE: DamageResult = Object.freeze({ shield: 0, hull: 0, killed: false });

/**
 * Shields absorb first, the remainder hits the hull. The caller decides what a kill
 * means (the player's run ends; an Infinity ship breaks apart).
 */
export function applyDamage(
  sim: SimState,
  target: Damageable,
  amount: number,
  cause: string,
): DamageResult {
  if (!target.alive || !(amount > 0)) return NO_DAMAGE;
  if (target.id === PLAYER_ID) {
    const effects = sim.player.effects;
    // Nate's evasive manoeuvre: the dodge itself cannot be hit.
    if (sim.tick < effects.invulnerableUntilTick) return NO_DAMAGE;
    // Elena's overcharge sits on top of the shields and soaks first.
    if (effects.overshield > 0) {
      const soaked = Math.min(effects.overshield, amount);
      effects.overshield -= soaked;
      amount -= soaked;
      if (amount <= 0) {
        target.lastDamageTick = sim.tick;
        return { shield: soaked, hull: 0, killed: false };
      }
    }
  }
  target.lastDamageTick = sim.tick;
  const hadShields = target.shields > 0;
  const shield = Math.min(target.shields, amount);
  target.shields -= shield;
  const hull = Math.min(target.hull, amount - shield);
  target.hull -= hull;
  if (hadShields && target.shields <= 0) {
    sim.events.push({ type: 'ShieldsDepleted', tick: sim.tick, shipId: target.id });
  }
  const killed = target.hull <= 0;
  if (killed) {
    target.hull = 0;
    target.alive = false;
    if (target.id === PLAYER_ID) {
      sim.player.boosting = false;
      sim.outcome ??= { kind: 'destroyed', tick: sim.tick };
      sim.events.push({ type: 'PlayerDestroyed', tick: sim.tick, cause });
    }
  }
  return { shield, hull, killed };
}

/** A world-space direction as seen from the player's cockpit (unit vector, ship frame). */
export function toPlayerFrame(
  sim: SimState,
  x: number,
  y: number,
  z: number,
): [number, number, number] {
  worldNormal.set(x, y, z);
  sim.player.body.quaternion.conjugate(inverse);
  inverse.vmult(worldNormal, localNormal);
  const len = localNormal.length() || 1;
  return [localNormal.x / len, localNormal.y / len, localNormal.z / len];
}

/** Turns the contacts the physics step reported into collision damage for the player. */
export function collisionDamageSystem(sim: SimState): void {
  const impacts = sim.pendingImpacts;
  for (const impact of impacts) {
    const excess = impact.impactSpeedMps - CALLISTER.collisionSafeSpeedMps;
    if (excess <= 0) continue;
    const full = excess * CALLISTER.collisionDamagePerMps;
    const other = impact.other;
    // A light thing hitting the 400 t Callister hurts it in proportion to its mass: a
    // 30 t dart that rams it mostly breaks itself. Static structures hit with full force.
    const massFactor = other.mass > 0 ? Math.min(1, other.mass / CALLISTER.massT) : 1;
    const rammer = other.mass > 0 ? sim.enemies.find((e) => e.body === other) : undefined;
    if (rammer && rammer.alive) {
      const hurt = applyDamage(sim, rammer, full, 'collision');
      if (hurt.killed) destroyEnemy(sim, rammer, PLAYER_ID);
    }
    const dealt = applyDamage(sim, sim.player, full * massFactor, 'collision');
    const directionLocal = toPlayerFrame(sim, impact.normal[0], impact.normal[1], impact.normal[2]);
    sim.events.push({
      type: 'ShipImpact',
      tick: sim.tick,
      impactSpeedMps: impact.impactSpeedMps,
      shieldDamage: dealt.shield,
      hullDamage: dealt.hull,
      directionLocal,
    });
    woundCrew(sim, dealt.hull, directionLocal);
  }
  impacts.length = 0;
}
