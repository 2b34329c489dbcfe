import { describe, expect, it } from 'vitest';
import {
  createSim,
  drainEvents,
  hashSim,
  igtTicks,
  stepSim,
  TICK_RATE,
  type SimState,
} from '../../src/sim';
import { createAutopilot } from '../../src/sim/autopilot';

interface RunReport {
  sim: SimState;
  hash: string;
  igtS: number;
  relaysDestroyed: number;
  peakAttackers: number;
  crewDeaths: number;
}

/** Flies a whole category with the autopilot, as a player would: one InputFrame a tick. */
function fly(category: 'attack-wave' | 'arena', seed: number, maxSeconds: number): RunReport {
  const sim = createSim({ seed, category });
  const pilot = createAutopilot();
  let relaysDestroyed = 0;
  let peakAttackers = 0;
  let crewDeaths = 0;
  while (!sim.outcome && sim.tick < maxSeconds * TICK_RATE) {
    stepSim(sim, pilot.next(sim));
    for (const event of drainEvents(sim)) {
      if (event.type === 'RelayDestroyed') relaysDestroyed++;
      if (event.type === 'CrewDied') crewDeaths++;
    }
    if (sim.tick % 30 === 0) {
      let attackers = 0;
      for (const e of sim.enemies) if (e.alive && !e.warpedOut && e.role !== 'relay') attackers++;
      peakAttackers = Math.max(peakAttackers, attackers);
    }
  }
  return {
    sim,
    hash: hashSim(sim),
    igtS: igtTicks(sim) / TICK_RATE,
    relaysDestroyed,
    peakAttackers,
    crewDeaths,
  };
}

describe('autopilot', () => {
  it('reads the sim without changing it (state, RNG and all)', () => {
    const sim = createSim({ seed: 2025, category: 'attack-wave' });
    const pilot = createAutopilot();
    // Every 30th tick over the opening (the relay-1 guard pounces, the lock, the first torpedoes).
    for (let t = 0; t < 600; t++) {
      const check = t % 30 === 0;
      const before = check ? hashSim(sim) : '';
      const input = pilot.next(sim);
      if (check) expect(hashSim(sim)).toBe(before);
      stepSim(sim, input);
    }
  });

  it('clears the practice arena', () => {
    const run = fly('arena', 451, 120);
    expect(run.sim.outcome?.kind).toBe('arena-cleared');
    expect(run.sim.player.alive).toBe(true);
  });

  it('takes down all three relays of Attack Wave seed 2025, the same way every time', () => {
    const run = fly('attack-wave', 2025, 320);
    const { sim } = run;
    // The speedrunner's route: the party ends on the last relay, well before its timer.
    expect(sim.outcome?.kind).toBe('run-complete');
    expect(sim.party?.endedBy).toBe('relays');
    expect(run.relaysDestroyed).toBe(3);
    expect(sim.player.alive).toBe(true);
    expect(run.igtS).toBeLessThan(200);
    expect(sim.speedrun.splits.map((s) => s.id)).toEqual(
      expect.arrayContaining(['relay-1', 'relay-2', 'relay-3', 'party-end']),
    );
    console.info(
      `autopilot, attack-wave seed 2025: ${run.igtS.toFixed(2)} s in-game, ` +
        `${run.relaysDestroyed} relays, hull ${sim.player.hull.toFixed(1)}/${sim.player.hullMax}, ` +
        `shields ${sim.player.shields.toFixed(1)}, crew deaths ${run.crewDeaths}, ` +
        `peak attackers ${run.peakAttackers}`,
    );

    // Same seed, same pilot: the same run to the bit.
    const again = fly('attack-wave', 2025, 320);
    expect(again.hash).toBe(run.hash);
    expect(again.igtS).toBe(run.igtS);
  }, 180_000);
});
