import { FIXED_DT } from './constants';
import type { InputFrame } from './input-frame';
import type { SimState } from './state';
import { collisionDamageSystem } from './systems/damage';
import { energySystem } from './systems/energy';
import { flightSystem } from './systems/flight';
import { shieldRegenSystem } from './systems/shields';

/**
 * The order of one tick — read this first. Each system is a plain function over the
 * state; the order is the contract (input → flight → physics → damage → regen → timers).
 */
export function runSchedule(sim: SimState, input: InputFrame): void {
  flightSystem(sim, input);
  energySystem(sim);
  // One argument only: the 3-argument form and fixedStep() read the wall clock.
  sim.world.step(FIXED_DT);
  collisionDamageSystem(sim);
  shieldRegenSystem(sim);
  sim.previousButtons = input.buttons;
  sim.tick += 1;
}
