import type { ShipClass } from '../events';
import { TRAFFIC, WANTED } from '../content/piracy-rules';
import { rngFloat, rngInt, rngRange } from '../rng';
import type { SimState, TrafficPlan } from '../state';
import { spawnEnemy } from '../world/enemy-factory';
import { sayOnComms } from './comms';
import { pointNearPlayer } from './raid';

function pickTrafficClass(sim: SimState): ShipClass {
  const weights = TRAFFIC.classWeights;
  const total = weights.dart + weights.brawler + weights.hunter + weights.hauler;
  let roll = rngFloat(sim.rng) * total;
  for (const shipClass of ['dart', 'brawler', 'hunter', 'hauler'] as const) {
    roll -= weights[shipClass];
    if (roll < 0) return shipClass;
  }
  return 'hauler';
}

function newPlan(sim: SimState): TrafficPlan {
  const sector = sim.sector;
  const toStation = sector.station !== null && rngFloat(sim.rng) < 0.5;
  return {
    destination: toStation ? 'station' : rngInt(sim.rng, 0, sector.asteroidFields.length - 1),
    exitGate: rngInt(sim.rng, 0, sector.warpGates.length - 1),
    workUntilTick: -1,
  };
}

/** Traffic ships alive and going about their business (not hunters, not friends). */
function trafficCount(sim: SimState): number {
  let count = 0;
  for (const enemy of sim.enemies)
    if (enemy.role === 'traffic' && enemy.alive && !enemy.warpedOut) count++;
  return count;
}

function spawnTraffic(
  sim: SimState,
  position: readonly [number, number, number],
  warp: boolean,
): void {
  const plan = newPlan(sim);
  const ship = spawnEnemy(sim, pickTrafficClass(sim), position, { role: 'traffic', plan });
  sim.creditsSpawned += ship.credits;
  if (warp) {
    sim.events.push({
      type: 'ShipWarped',
      tick: sim.tick,
      shipId: ship.id,
      direction: 'in',
      position: [...position],
    });
  }
}

/** The opening population: ships already mid-trip along the lanes when the Callister arrives. */
export function populateTraffic(sim: SimState): void {
  if (!sim.sector.traffic) return;
  const sector = sim.sector;
  const target = Math.round((TRAFFIC.population.min + TRAFFIC.population.max) / 2);
  for (let i = 0; i < target; i++) {
    const gate = sector.warpGates[rngInt(sim.rng, 0, sector.warpGates.length - 1)]!;
    const field = sector.asteroidFields[rngInt(sim.rng, 0, sector.asteroidFields.length - 1)]!;
    const along = rngRange(sim.rng, 0.15, 0.85);
    // Somewhere on a lane between a gate and a field or the station.
    const end = sector.station && rngFloat(sim.rng) < 0.5 ? sector.station.position : field.center;
    spawnTraffic(
      sim,
      [
        gate[0] + (end[0] - gate[0]) * along + rngRange(sim.rng, -120, 120),
        gate[1] + (end[1] - gate[1]) * along + rngRange(sim.rng, -60, 60),
        gate[2] + (end[2] - gate[2]) * along + rngRange(sim.rng, -120, 120),
      ],
      false,
    );
  }
}

/**
 * Keeps the sector alive: new players warp in at the gates while it is
 * under-populated, robbed players' friends arrive when called, and a high wanted
 * level brings bounty hunters.
 */
export function trafficDirectorSystem(sim: SimState): void {
  if (!sim.sector.traffic || sim.chapter !== 'piracy') return;
  const sector = sim.sector;

  const target =
    TRAFFIC.population.min + Math.round((TRAFFIC.population.max - TRAFFIC.population.min) * 0.4);
  if (
    sim.tick - sim.lastTrafficSpawnTick >= TRAFFIC.warpInIntervalTicks &&
    trafficCount(sim) < target
  ) {
    sim.lastTrafficSpawnTick = sim.tick;
    const gate = sector.warpGates[rngInt(sim.rng, 0, sector.warpGates.length - 1)]!;
    spawnTraffic(
      sim,
      [gate[0] + rngRange(sim.rng, -80, 80), gate[1], gate[2] + rngRange(sim.rng, -80, 80)],
      true,
    );
  }

  for (let i = sim.pendingArrivals.length - 1; i >= 0; i--) {
    const arrival = sim.pendingArrivals[i]!;
    if (sim.tick < arrival.tick) continue;
    sim.pendingArrivals.splice(i, 1);
    if (!sim.player.alive) continue;
    for (let k = 0; k < arrival.count; k++) {
      const position = pointNearPlayer(sim, 700, 1100);
      const ship = spawnEnemy(sim, rngFloat(sim.rng) < 0.6 ? 'dart' : 'brawler', position, {
        role: 'friend',
      });
      sim.creditsSpawned += ship.credits;
      sim.events.push({
        type: 'ShipWarped',
        tick: sim.tick,
        shipId: ship.id,
        direction: 'in',
        position,
      });
      if (k === 0) sayOnComms(sim, ship.tag, 'friendsArrive', 1, true);
    }
  }

  const level = Math.floor(sim.wanted);
  if (level >= WANTED.huntersFrom && sim.player.alive) {
    const interval =
      WANTED.hunterIntervalTicks[
        Math.min(level - WANTED.huntersFrom, WANTED.hunterIntervalTicks.length - 1)
      ]!;
    const hunters = sim.enemies.filter(
      (e) => e.role === 'bounty-hunter' && e.alive && !e.warpedOut,
    ).length;
    if (sim.tick - sim.lastHunterTick >= interval && hunters < level - 1) {
      sim.lastHunterTick = sim.tick;
      const position = pointNearPlayer(sim, 1200, 1600);
      const ship = spawnEnemy(sim, 'hunter', position, { role: 'bounty-hunter' });
      sim.creditsSpawned += ship.credits;
      sim.events.push({
        type: 'ShipWarped',
        tick: sim.tick,
        shipId: ship.id,
        direction: 'in',
        position,
      });
      sayOnComms(sim, ship.tag, 'bounty', 1, true);
    }
  }
}
