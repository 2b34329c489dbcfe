import { CALLISTER } from '../content/callister';
import { FIXED_DT } from '../constants';
import type { SimState } from '../state';

/** Boost drains the reactor; it refills whenever boost is off. */
export function energySystem(sim: SimState): void {
  const ship = sim.player;
  if (!ship.alive) return;
  if (ship.boosting) {
    ship.energy = Math.max(0, ship.energy - CALLISTER.boostDrainPerS * FIXED_DT);
  } else {
    ship.energy = Math.min(CALLISTER.energyMax, ship.energy + CALLISTER.energyRegenPerS * FIXED_DT);
  }
}
