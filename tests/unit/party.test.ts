import { describe, expect, it } from 'vitest';
import {
  createSim,
  drainEvents,
  EMPTY_INPUT,
  igtTicks,
  PARTY,
  STANDARD_GRUDGE_LIST,
  stepSim,
  WAVES,
  waveSize,
  type SimEvent,
  type SimState,
} from '../../src/sim';
import { destroyEnemy } from '../../src/sim/systems/destruction';
import { PLAYER_ID } from '../../src/sim/world/player-ship';

/** The Callister sits still and cannot die: these tests are about the director, not the fight. */
function partySim(
  options: Parameters<typeof createSim>[0] = { seed: 2025, category: 'attack-wave' },
): SimState {
  const sim = createSim(options);
  sim.player.hull = 1e9;
  sim.player.hullMax = 1e9;
  return sim;
}

function stepUntil(
  sim: SimState,
  done: (events: SimEvent[]) => boolean,
  maxTicks: number,
): SimEvent[] {
  const seen: SimEvent[] = [];
  for (let t = 0; t < maxTicks; t++) {
    stepSim(sim, EMPTY_INPUT);
    const events = drainEvents(sim);
    seen.push(...events);
    if (done(events)) return seen;
  }
  throw new Error(`condition not reached in ${maxTicks} ticks`);
}

function relays(sim: SimState) {
  return sim.party!.relayIds.map((id) => sim.enemyById.get(id)!);
}

const carry = (grudges: number) => ({
  credits: 0,
  hull: 100,
  crew: [],
  grudgeList: STANDARD_GRUDGE_LIST.slice(0, grudges),
  upgrades: {},
});

describe('the party invitation (chapter 2)', () => {
  it('sizes waves by the grudge list: every robbed player brings friends', () => {
    expect(WAVES.map((_, i) => waveSize(i, 24))).toEqual([66, 132, 204, 282, 420]);
    expect(WAVES.map((_, i) => waveSize(i, 5))).toEqual([28, 56, 90, 130, 230]);
    expect(waveSize(4, 24)).toBeGreaterThanOrEqual(400);

    // The campaign's own grudge list drives the first wave the sim actually sends.
    const small = partySim({
      seed: 7,
      category: 'any',
      start: { chapter: 'party', carry: carry(5) },
    });
    const standard = partySim();
    for (const sim of [small, standard]) {
      const events = stepUntil(sim, (e) => e.some((x) => x.type === 'WaveStarted'), 600);
      const started = events.find((e) => e.type === 'WaveStarted');
      expect(started).toMatchObject({ wave: 1, size: waveSize(0, sim.grudgeList.length) });
    }
    expect(small.grudgeList).toHaveLength(5);
    expect(standard.grudgeList).toHaveLength(24);
  });

  it('the first wave warps in around the Callister with named grudge-holders who talk', () => {
    const sim = partySim();
    const events = stepUntil(sim, () => sim.party!.toArrive === 0 && sim.party!.wave === 1, 1200);
    const warps = events.filter((e) => e.type === 'ShipWarped' && e.direction === 'in');
    expect(warps).toHaveLength(66);
    const p = sim.player.body.position;
    for (const enemy of sim.enemies.filter((e) => e.wave === 1)) {
      const d = enemy.body.position.distanceTo(p);
      expect(d).toBeGreaterThan(PARTY.arrivalRadiusM.min * 0.5);
      expect(d).toBeLessThan(PARTY.arrivalRadiusM.max * 1.6);
    }
    const named = sim.enemies.filter((e) => e.role === 'grudge-holder');
    expect(named.map((e) => e.tag)).toEqual([STANDARD_GRUDGE_LIST[0]]);
    expect(named[0]!.hullMax).toBeGreaterThan(90);
    expect(events.some((e) => e.type === 'Comms' && e.from === STANDARD_GRUDGE_LIST[0])).toBe(true);
  });

  it('destroying all three relays ends the party early, with a split for each and a final one', () => {
    const sim = partySim();
    stepUntil(sim, () => sim.tick >= 900, 900);
    const seen: SimEvent[] = [];
    for (const relay of relays(sim)) {
      destroyEnemy(sim, relay, PLAYER_ID);
      for (let t = 0; t < 30; t++) {
        stepSim(sim, EMPTY_INPUT);
        seen.push(...drainEvents(sim));
      }
    }
    const relayEvents = seen.filter((e) => e.type === 'RelayDestroyed');
    expect(relayEvents.map((e) => (e.type === 'RelayDestroyed' ? e.left : -1))).toEqual([2, 1, 0]);
    expect(seen.find((e) => e.type === 'PartyEnded')).toMatchObject({ by: 'relays' });
    expect(sim.outcome?.kind).toBe('run-complete');
    const ids = sim.speedrun.splits.map((s) => s.id);
    // Wave 1 was still fighting: it ends with the party, just before the final split.
    expect(ids).toEqual(['relay-1', 'relay-2', 'relay-3', 'wave-1', 'party-end']);
    // The timer stopped on the last relay's tick: 900 ticks + 2 × 30 + 1.
    const final = sim.speedrun.splits.at(-1)!;
    expect(final.igtTicks).toBe(961);
    stepSim(sim, EMPTY_INPUT);
    expect(igtTicks(sim)).toBe(961);
  });

  /** Attackers log off the moment they arrive, so each wave clears at once (a fast test). */
  function clearArrivals(sim: SimState): void {
    for (const e of sim.enemies) if (e.wave > 0) e.warpedOut = true;
  }

  it('a cleared wave brings the next one early; otherwise the party ends when its timer runs out', () => {
    const sim = partySim();
    const seen: SimEvent[] = [];
    while (!sim.outcome && sim.tick < PARTY.durationTicks + 5) {
      stepSim(sim, EMPTY_INPUT);
      seen.push(...drainEvents(sim));
      if (sim.party!.toArrive === 0) clearArrivals(sim);
    }
    const waves = seen.filter((e) => e.type === 'WaveStarted');
    expect(waves.map((e) => (e.type === 'WaveStarted' ? e.wave : 0))).toEqual([1, 2, 3, 4, 5]);
    // Each wave after the first came a 4 s breather after the last one was cleared,
    // long before it was due.
    for (let i = 1; i < waves.length; i++) {
      expect(waves[i]!.tick - waves[i - 1]!.tick).toBeLessThan(
        WAVES[i]!.dueTick - WAVES[i - 1]!.dueTick,
      );
    }
    expect(seen.find((e) => e.type === 'PartyEnded')).toMatchObject({ by: 'timer' });
    expect(sim.outcome?.kind).toBe('run-complete');
    expect(igtTicks(sim)).toBe(PARTY.durationTicks + 1);
    const ids = sim.speedrun.splits.map((s) => s.id);
    expect(ids).toEqual(['wave-1', 'wave-2', 'wave-3', 'wave-4', 'wave-5', 'party-end']);
    const times = sim.speedrun.splits.map((s) => s.igtTicks);
    expect([...times].sort((x, y) => x - y)).toEqual(times);
  }, 60_000);

  it('a wave still fighting ends when the next one is due', () => {
    const sim = partySim();
    stepUntil(
      sim,
      (e) => e.some((x) => x.type === 'WaveStarted' && x.wave === 2),
      WAVES[1]!.dueTick + 5,
    );
    expect(sim.speedrun.splits.map((s) => [s.id, s.igtTicks])).toEqual([
      ['wave-1', WAVES[1]!.dueTick + 1],
    ]);
  }, 60_000);

  it('brings at least 400 attackers alive at once in the final wave', () => {
    const sim = partySim();
    let peak = 0;
    while (sim.party!.wave < 5 || sim.party!.toArrive > 0) {
      stepSim(sim, EMPTY_INPUT);
      drainEvents(sim);
      // Waves 1–4 log off as they arrive, so the final wave comes early (keeps the test fast).
      if (sim.party!.wave < 5 && sim.party!.toArrive === 0) clearArrivals(sim);
      if (sim.party!.wave === 5) {
        const alive = sim.enemies.filter(
          (e) => e.alive && !e.warpedOut && (e.role === 'attacker' || e.role === 'grudge-holder'),
        ).length;
        peak = Math.max(peak, alive);
      }
    }
    expect(peak).toBeGreaterThanOrEqual(400);
  }, 60_000);

  it('in the campaign, the party follows the broadcast and carries what chapter 1 left', () => {
    const sim = partySim({
      seed: 99,
      category: 'any',
      start: { chapter: 'party', carry: { ...carry(9), credits: 1234, hull: 61 } },
    });
    expect(sim.chapter).toBe('party');
    expect(sim.credits).toBe(1234);
    expect(sim.grudgeList).toHaveLength(9);
    expect(sim.party?.relaysLeft).toBe(3);
    // The Any% timer is still running at the party's end: the run goes on to the Heart.
    for (const relay of relays(sim)) destroyEnemy(sim, relay, PLAYER_ID);
    stepSim(sim, EMPTY_INPUT);
    expect(sim.speedrun.splits.at(-1)?.id).toBe('party-end');
    expect(sim.speedrun.endTick).toBeNull();
  });
});

describe('in-game time', () => {
  it('counts simulated ticks from the category start; a paused game simulates none', () => {
    const sim = createSim({ seed: 2025, category: 'attack-wave' });
    expect(igtTicks(sim)).toBe(0);
    for (let t = 0; t < 90; t++) stepSim(sim, EMPTY_INPUT);
    expect(igtTicks(sim)).toBe(90);
    // Pause = no stepSim calls, however long the menu stays open.
    expect(igtTicks(sim)).toBe(90);
    stepSim(sim, EMPTY_INPUT);
    expect(igtTicks(sim)).toBe(91);
  });
});
