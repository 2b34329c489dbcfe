import { CALLISTER } from '../content/callister';
import { FIXED_DT } from '../constants';
import type { SimState } from '../state';

/** Shields come back only after the ship has gone unhit for a while. */
export function shieldRegenSystem(sim: SimState): void {
  const ship = sim.player;
  if (!ship.alive || ship.shields >= CALLISTER.shieldsMax) return;
  if (sim.tick - ship.lastDamageTick < CALLISTER.shieldRegenDelayTicks) return;
  const wasDown = ship.shields <= 0;
  ship.shields = Math.min(
    CALLISTER.shieldsMax,
    ship.shields + CALLISTER.shieldRegenPerS * FIXED_DT,
  );
  if (wasDown && ship.shields > 0) sim.events.push({ type: 'ShieldsRestored', tick: sim.tick });
}
