import { Vec3 } from 'cannon-es';
import { CALLISTER } from '../content/callister';
import type { SimState } from '../state';

const worldNormal = new Vec3();
const localNormal = new Vec3();

/** Applies damage to the player: shields absorb first, the rest goes to the hull. */
export function damagePlayer(
  sim: SimState,
  amount: number,
  cause: string,
): { shield: number; hull: number } {
  const ship = sim.player;
  if (!ship.alive || amount <= 0) return { shield: 0, hull: 0 };
  ship.lastDamageTick = sim.tick;
  const shield = Math.min(ship.shields, amount);
  const hadShields = ship.shields > 0;
  ship.shields -= shield;
  const hull = Math.min(ship.hull, amount - shield);
  ship.hull -= hull;
  if (hadShields && ship.shields <= 0) sim.events.push({ type: 'ShieldsDepleted', tick: sim.tick });
  if (ship.hull <= 0) {
    ship.hull = 0;
    ship.alive = false;
    ship.boosting = false;
    sim.events.push({ type: 'PlayerDestroyed', tick: sim.tick, cause });
  }
  return { shield, hull };
}

/** Turns the contacts the physics step reported into collision damage. */
export function collisionDamageSystem(sim: SimState): void {
  const impacts = sim.pendingImpacts;
  for (const impact of impacts) {
    const excess = impact.impactSpeedMps - CALLISTER.collisionSafeSpeedMps;
    if (excess <= 0) continue;
    const dealt = damagePlayer(sim, excess * CALLISTER.collisionDamagePerMps, 'collision');
    worldNormal.set(impact.normal[0], impact.normal[1], impact.normal[2]);
    sim.player.body.quaternion.conjugate().vmult(worldNormal, localNormal);
    sim.events.push({
      type: 'ShipImpact',
      tick: sim.tick,
      impactSpeedMps: impact.impactSpeedMps,
      shieldDamage: dealt.shield,
      hullDamage: dealt.hull,
      directionLocal: [localNormal.x, localNormal.y, localNormal.z],
    });
  }
  impacts.length = 0;
}
