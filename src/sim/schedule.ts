import { FIXED_DT } from './constants';
import type { InputFrame } from './input-frame';
import type { SimState } from './state';
import { aiSystem } from './systems/ai';
import { arenaDirectorSystem } from './systems/arena-director';
import { partyDirectorSystem } from './stages/party';
import { heartDirectorSystem, heartMotionSystem } from './stages/heart';
import { cutlassSystem } from './systems/cutlass';
import { crewSystem } from './systems/crew';
import { fenceSystem } from './systems/fence';
import { isInScene, objectiveSystem, waltonSceneSystem } from './systems/objective';
import { pickupSystem, siphonSystem, wantedDecaySystem } from './systems/raid';
import { trafficDirectorSystem } from './systems/traffic-director';
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
 * (a scripted scene, when one plays, replaces all of it)
 * input (targeting, crew abilities, siphon, fence) → traffic director → AI → flight → weapons
 * (phasers, torpedoes, cutlass) → the Heart's moving structures → physics → spatial index → projectiles → pickups → collision damage → shield regen
 * → wanted decay → objective and stage directors (party, Heart) → cleanup → clock.
 */
export function runSchedule(sim: SimState, input: InputFrame): void {
  // A scripted scene owns the clock: the sector holds still while it plays.
  if (isInScene(sim)) {
    waltonSceneSystem(sim, input);
    return;
  }
  targetingSystem(sim, input);
  crewSystem(sim, input);
  siphonSystem(sim, input);
  fenceSystem(sim, input);
  trafficDirectorSystem(sim);
  aiSystem(sim);
  flightSystem(sim, input);
  enemyFlightSystem(sim);
  energySystem(sim);
  playerWeaponsSystem(sim, input);
  cutlassSystem(sim, input);
  heartMotionSystem(sim);
  // One argument only: the 3-argument form and fixedStep() read the wall clock.
  sim.world.step(FIXED_DT);
  spatialIndexSystem(sim);
  projectileSystem(sim);
  pickupSystem(sim);
  collisionDamageSystem(sim);
  shieldRegenSystem(sim);
  wantedDecaySystem(sim);
  objectiveSystem(sim);
  partyDirectorSystem(sim);
  heartDirectorSystem(sim);
  arenaDirectorSystem(sim);
  cleanupSystem(sim);
  sim.previousButtons = input.buttons;
  sim.tick += 1;
}
