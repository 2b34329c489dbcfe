import { CALLISTER } from '../content/callister';
import { FIXED_DT } from '../constants';
import type { Damageable, SimState } from '../state';

function regenerate(sim: SimState, ship: Damageable): void {
  if (!ship.alive || ship.shields >= ship.shieldsMax) return;
  if (sim.tick - ship.lastDamageTick < CALLISTER.shieldRegenDelayTicks) return;
  const wasDown = ship.shields <= 0;
  ship.shields = Math.min(ship.shieldsMax, ship.shields + ship.shieldRegenPerS * FIXED_DT);
  if (wasDown && ship.shields > 0)
    sim.events.push({ type: 'ShieldsRestored', tick: sim.tick, shipId: ship.id });
}

/** Shields come back only after a ship has gone unhit for a while (~3 s); hulls never do. */
export function shieldRegenSystem(sim: SimState): void {
  regenerate(sim, sim.player);
  // A disabled ship's shield generator is down with its engines.
  for (const enemy of sim.enemies) if (enemy.ai.state !== 'disabled') regenerate(sim, enemy);
}
