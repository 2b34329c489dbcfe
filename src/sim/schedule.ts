import { FIXED_DT } from './constants';
import type { InputFrame } from './input-frame';
import type { SimState } from './state';
import { aiSystem } from './systems/ai';
import { arenaDirectorSystem } from './systems/arena-director';
import { collisionDamageSystem } from './systems/damage';
import { cleanupSystem } from './systems/destruction';
import { enemyFlightSystem } from './systems/enemy-flight';
import { energySystem } from './systems/energy';
import { flightSystem } from './systems/flight';
import { playerWeaponsSystem } from './systems/player-weapons';
import { projectileSystem } from './systems/projectiles';
import { shieldRegenSystem } from './systems/shields';
import { spatialIndexSystem } from './systems/spatial-index';
import { targetingSystem } from './systems/targeting';

/**
 * The order of one tick — read this first. Each system is a plain function over the
 * state; the order is the contract:
 * input (targeting) → AI → flight → weapons → physics → spatial index → projectiles
 * → collision damage → shield regen → stage director → cleanup → clock.
 */
export function runSchedule(sim: SimState, input: InputFrame): void {
  targetingSystem(sim, input);
  aiSystem(sim);
  flightSystem(sim, input);
  enemyFlightSystem(sim);
  energySystem(sim);
  playerWeaponsSystem(sim, input);
  // One argument only: the 3-argument form and fixedStep() read the wall clock.
  sim.world.step(FIXED_DT);
  spatialIndexSystem(sim);
  projectileSystem(sim);
  collisionDamageSystem(sim);
  shieldRegenSystem(sim);
  arenaDirectorSystem(sim);
  cleanupSystem(sim);
  sim.previousButtons = input.buttons;
  sim.tick += 1;
}
