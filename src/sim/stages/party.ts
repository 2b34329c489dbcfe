import { PARTY, PARTY_INTRO_LINES, WAVES, waveSize } from '../content/party';
import { FIXED_DT } from '../constants';
import { rngFloat, rngRange, rngUnitVector } from '../rng';
import type { EnemyShip, PartyState, SimState } from '../state';
import { sayOnComms } from '../systems/comms';
import { spawnEnemy } from '../world/enemy-factory';
import { split } from '../speedrun/clock';
import { fallenThisTick } from './fallen-structures';
import type { ShipClass } from '../events';
import * as det from '../math/det-math';

const RELAY_NAMES = ['RELAY ALPHA', 'RELAY BETA', 'RELAY GAMMA'] as const;
/** After a wave is cleared, the next one comes this soon (unless it is due sooner). */
const BREATHER_TICKS = Math.round(4 / FIXED_DT);

function warpIn(sim: SimState, ship: EnemyShip): void {
  const p = ship.body.position;
  sim.events.push({
    type: 'ShipWarped',
    tick: sim.tick,
    shipId: ship.id,
    direction: 'in',
    position: [p.x, p.y, p.z],
  });
}

function pickClass(sim: SimState, mix: (typeof WAVES)[number]['mix']): ShipClass {
  const total = mix.dart + mix.brawler + mix.hunter;
  const roll = rngFloat(sim.rng) * total;
  if (roll < mix.dart) return 'dart';
  if (roll < mix.dart + mix.brawler) return 'brawler';
  return 'hunter';
}

/**
 * The party begins: three relays with their guard swarms go up around Walton's planet.
 * Runs on the party's first tick (tick 0 of the Attack Wave category, or the tick the
 * campaign's broadcast ends).
 */
export function beginParty(sim: SimState): PartyState {
  const relayIds: number[] = [];
  PARTY.relays.forEach((definition, index) => {
    const relay = spawnEnemy(sim, 'relay', definition.position, {
      role: 'relay',
      tag: RELAY_NAMES[index] ?? `RELAY ${index + 1}`,
      facing: [0, 0, 1],
    });
    relayIds.push(relay.id);
    for (let k = 0; k < definition.guards; k++) {
      const offset = rngUnitVector(sim.rng);
      const r = rngRange(sim.rng, 90, PARTY.guardRadiusM);
      const [x, y, z] = definition.position;
      const guard = spawnEnemy(
        sim,
        pickClass(sim, { dart: 5, brawler: 4, hunter: 1 }),
        [x + offset[0] * r, y + offset[1] * r * 0.6, z + offset[2] * r],
        { role: 'attacker' },
      );
      guard.ai.state = 'guard';
      guard.ai.guardOf = relay.id;
      guard.ai.waypoint = [x, y, z];
    }
  });
  const party: PartyState = {
    startTick: sim.tick,
    wave: 0,
    toArrive: 0,
    nextBurstTick: sim.tick,
    relayIds,
    relaysLeft: relayIds.length,
    nextGrudge: 0,
    fireBudget: 0,
    aliveByWave: new Array<number>(WAVES.length + 1).fill(0),
    endedTick: null,
    endedBy: null,
    waveClearedTick: null,
  };
  sim.party = party;
  return party;
}

function startWave(sim: SimState, party: PartyState): void {
  party.wave += 1;
  const size = waveSize(party.wave - 1, sim.grudgeList.length);
  party.toArrive = size;
  party.nextBurstTick = sim.tick;
  party.waveClearedTick = null;
  sim.events.push({ type: 'WaveStarted', tick: sim.tick, wave: party.wave, size });
}

function endWave(sim: SimState, wave: number): void {
  sim.events.push({ type: 'WaveEnded', tick: sim.tick, wave });
  split(sim, `wave-${wave}`, `Wave ${wave}`);
}

function waveEnded(sim: SimState, wave: number): boolean {
  return sim.speedrun.splits.some((s) => s.id === `wave-${wave}`);
}

/** A warp-in point must not be inside the planet, the station or a rock (physics would fling the ship out). */
function isClearSpace(sim: SimState, x: number, y: number, z: number, radiusM: number): boolean {
  const margin = radiusM + 30;
  const planet = sim.waltonPlanet;
  const [px, py, pz] = planet.position;
  if (det.hypot(x - px, y - py, z - pz) < planet.radiusM + margin) return false;
  const station = sim.station;
  if (station) {
    const [sx, sy, sz] = station.position;
    if (det.hypot(x - sx, y - sy, z - sz) < station.radiusM * 1.2 + margin) return false;
  }
  const grid = sim.obstacles;
  const count = grid.gather(x - margin, y - margin, z - margin, x + margin, y + margin, z + margin);
  for (let k = 0; k < count; k++) {
    const slot = grid.hits[k]!;
    const d = det.hypot(x - grid.x[slot]!, y - grid.y[slot]!, z - grid.z[slot]!);
    if (d < grid.r[slot]! + margin) return false;
  }
  return true;
}

/** A burst of the current wave warps in on a shell around the Callister. */
function spawnBurst(sim: SimState, party: PartyState): void {
  const wave = WAVES[party.wave - 1]!;
  const count = Math.min(PARTY.burstSize, party.toArrive);
  const arrivedBefore = waveSize(party.wave - 1, sim.grudgeList.length) - party.toArrive;
  const p = sim.player.body.position;
  // Each burst comes from one side, so the swarm reads as arriving groups.
  let side = rngUnitVector(sim.rng);
  for (let k = 0; k < count; k++) {
    let dx = 0;
    let dy = 0;
    let dz = 0;
    let r = 0;
    // Try a few points around the burst's side; a blocked side (the planet) moves the burst.
    for (let attempt = 0; attempt < 8; attempt++) {
      if (attempt === 4) side = rngUnitVector(sim.rng);
      const jitter = rngUnitVector(sim.rng);
      r = rngRange(sim.rng, PARTY.arrivalRadiusM.min, PARTY.arrivalRadiusM.max);
      dx = side[0] + jitter[0] * 0.45;
      dy = (side[1] + jitter[1] * 0.45) * 0.6;
      dz = side[2] + jitter[2] * 0.45;
      const len = det.hypot(dx, dy, dz) || 1;
      dx /= len;
      dy /= len;
      dz /= len;
      if (isClearSpace(sim, p.x + dx * r, p.y + dy * r, p.z + dz * r, 25)) break;
    }
    const named = arrivedBefore + k < wave.named && party.nextGrudge < sim.grudgeList.length;
    const tag = named ? sim.grudgeList[party.nextGrudge++] : undefined;
    const ship = spawnEnemy(
      sim,
      named ? 'brawler' : pickClass(sim, wave.mix),
      [p.x + dx * r, p.y + dy * r, p.z + dz * r],
      {
        role: named ? 'grudge-holder' : 'attacker',
        tag,
        wave: party.wave,
        facing: [-dx, -dy, -dz],
      },
    );
    if (named) {
      ship.hullMax *= PARTY.namedHullFactor;
      ship.hull = ship.hullMax;
      ship.shieldsMax *= PARTY.namedShieldFactor;
      ship.shields = ship.shieldsMax;
      sayOnComms(sim, ship.tag, 'grudge', 1, true);
    }
    warpIn(sim, ship);
  }
  if (arrivedBefore === 0 && count > 0 && wave.named === 0) {
    sayOnComms(sim, sim.enemies[sim.enemies.length - 1]!.tag, 'partyArrive', 1, true);
  }
  party.toArrive -= count;
  party.nextBurstTick = sim.tick + PARTY.burstEveryTicks;
}

function recount(sim: SimState, party: PartyState): void {
  const alive = party.aliveByWave;
  alive.fill(0);
  for (const enemy of sim.enemies) {
    if (!enemy.alive || enemy.warpedOut) continue;
    if (enemy.role === 'attacker' || enemy.role === 'grudge-holder') alive[enemy.wave]! += 1;
  }
}

function checkRelays(sim: SimState, party: PartyState): void {
  for (const fallen of fallenThisTick(sim, party.relayIds)) {
    party.relaysLeft -= 1;
    const down = party.relayIds.length - party.relaysLeft;
    const p = fallen.body.position;
    sim.events.push({
      type: 'RelayDestroyed',
      tick: sim.tick,
      shipId: fallen.id,
      left: party.relaysLeft,
      position: [p.x, p.y, p.z],
    });
    split(sim, `relay-${down}`, `Relay ${down}`);
    // Its guards have nothing left to guard: they come for the Callister.
    for (const enemy of sim.enemies) {
      if (enemy.ai.guardOf === fallen.id && enemy.ai.state === 'guard') {
        enemy.ai.state = 'pursue';
        enemy.ai.stateSinceTick = sim.tick;
        enemy.ai.noticedTick = sim.tick;
      }
    }
    const line =
      party.relaysLeft === 2
        ? 'One relay down. The invitation is breaking up.'
        : party.relaysLeft === 1
          ? 'Two down. One relay left.'
          : 'That was the last relay. The party is over.';
    sim.events.push({ type: 'Comms', tick: sim.tick, from: 'Kabir', text: line });
  }
}

function endParty(sim: SimState, party: PartyState, by: 'relays' | 'timer'): void {
  party.endedTick = sim.tick;
  party.endedBy = by;
  if (party.wave > 0 && !waveEnded(sim, party.wave)) endWave(sim, party.wave);
  sim.events.push({ type: 'PartyEnded', tick: sim.tick, by });
  sim.events.push({
    type: 'Comms',
    tick: sim.tick,
    from: 'Nanette',
    text:
      by === 'relays'
        ? 'Invitation revoked. Nate, get us out of here: set a course for the Heart.'
        : 'They are logging off. We survived the party. Nate, the Heart. Now.',
  });
  // The invitation is gone: the party disperses (they log off as they flee).
  for (const enemy of sim.enemies) {
    if (enemy.role !== 'attacker' && enemy.role !== 'grudge-holder') continue;
    if (!enemy.alive || enemy.ai.state === 'flee') continue;
    enemy.ai.state = 'flee';
    enemy.ai.stateSinceTick = sim.tick;
  }
  if (sim.category === 'attack-wave') {
    split(sim, 'party-end', 'Party over', true);
    sim.outcome ??= { kind: 'run-complete', tick: sim.tick };
  } else {
    // The campaign goes on: the Heart's director jumps the Callister to the core.
    split(sim, 'party-end', 'Party over');
  }
}

/**
 * Chapter 2's director: Walton's broadcast, five waves warping in around the Callister
 * (each due on a schedule, or sooner once the last is cleared), three relays, and the
 * party's end (every relay down, or the timer out).
 */
export function partyDirectorSystem(sim: SimState): void {
  if (sim.chapter !== 'party') return;
  const party = sim.party ?? beginParty(sim);
  if (party.endedTick !== null || !sim.player.alive) return;
  const elapsed = sim.tick - party.startTick;

  for (const line of PARTY_INTRO_LINES) {
    if (line.at === elapsed)
      sim.events.push({ type: 'Comms', tick: sim.tick, from: line.from, text: line.text });
  }

  const rate = PARTY.burstsPerSecondByWave[party.wave] ?? 0;
  party.fireBudget = Math.min(3, party.fireBudget + rate * FIXED_DT);

  recount(sim, party);
  checkRelays(sim, party);
  if (party.relaysLeft === 0) return endParty(sim, party, 'relays');
  if (elapsed >= PARTY.durationTicks) return endParty(sim, party, 'timer');

  const current = party.wave;
  const cleared = current > 0 && party.toArrive === 0 && party.aliveByWave[current] === 0;
  if (cleared && party.waveClearedTick === null) {
    party.waveClearedTick = sim.tick;
    if (!waveEnded(sim, current)) endWave(sim, current);
  }
  const next = WAVES[current];
  if (next) {
    const due = party.startTick + next.dueTick;
    const early =
      party.waveClearedTick !== null && sim.tick >= party.waveClearedTick + BREATHER_TICKS;
    if (sim.tick >= due || early) {
      if (current > 0 && !waveEnded(sim, current)) endWave(sim, current);
      startWave(sim, party);
    }
  }
  if (party.toArrive > 0 && sim.tick >= party.nextBurstTick) spawnBurst(sim, party);
}

/** Whether a party ship may start a gun burst (or a torpedo) now: the swarm takes turns. */
export function takeFireTurn(sim: SimState, cost: number): boolean {
  const party = sim.party;
  if (!party || party.endedTick !== null) return true;
  if (party.fireBudget < cost) return false;
  party.fireBudget -= cost;
  return true;
}
