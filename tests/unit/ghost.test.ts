import { describe, expect, it } from 'vitest';
import { GHOST_FADE_TICKS, Ghost } from '../../src/game/ghost';
import { GameSession } from '../../src/game/session';
import {
  createSim,
  drainEvents,
  EMPTY_INPUT,
  hashSim,
  ReplayRecorder,
  serializeReplay,
  stepSim,
} from '../../src/sim';
import { createAutopilot } from '../../src/sim/autopilot';

const RUN = { seed: 2025, category: 'attack-wave' as const };
const TICKS = 1_500;

/** A short autopilot Attack Wave replay, with the Callister's position after every tick. */
function recordRun() {
  const sim = createSim(RUN);
  const recorder = new ReplayRecorder({ ...RUN, seedType: 'set' });
  const pilot = createAutopilot();
  const positions: [number, number, number][] = [];
  for (let t = 0; t < TICKS; t++) {
    const frame = pilot.next(sim);
    stepSim(sim, frame);
    recorder.record(frame, sim);
    drainEvents(sim);
    const p = sim.player.body.position;
    positions.push([p.x, p.y, p.z]);
  }
  return { text: serializeReplay(recorder.finish(sim)), positions, finalHash: hashSim(sim) };
}

const recorded = recordRun();
const scratch = { x: 0, y: 0, z: 0, w: 0 };

function ghostPosition(ghost: Ghost, alpha = 1): [number, number, number] {
  ghost.position(alpha, scratch);
  return [scratch.x, scratch.y, scratch.z];
}

describe('the PB ghost', () => {
  it('stands where the recorded run stood at every tick, then holds and fades', () => {
    const ghost = Ghost.fromReplayText(recorded.text);
    if (!ghost) throw new Error('no ghost');
    for (let t = 0; t < TICKS; t++) {
      ghost.step();
      expect(ghost.tick).toBe(t + 1);
      expect(ghostPosition(ghost)).toEqual(recorded.positions[t]);
      expect(ghost.sim.events.length).toBe(0);
    }
    expect(ghost.done).toBe(true);
    expect(hashSim(ghost.sim)).toBe(recorded.finalHash);
    const last = recorded.positions[TICKS - 1];
    for (let t = 0; t < GHOST_FADE_TICKS; t++) ghost.step();
    // The replay is over: the ship stays at its last pose (no motion between ticks) and has faded.
    expect(ghostPosition(ghost, 0)).toEqual(last);
    expect(ghostPosition(ghost, 0.5)).toEqual(last);
    expect(ghost.fade).toBe(0);
  }, 60_000);

  it('interpolates between the last two ticks', () => {
    const ghost = Ghost.fromReplayText(recorded.text)!;
    for (let t = 0; t < 300; t++) ghost.step();
    const [ax, ay, az] = recorded.positions[298]!;
    const [bx, by, bz] = recorded.positions[299]!;
    const [x, y, z] = ghostPosition(ghost, 0.25);
    expect(x).toBeCloseTo(ax + (bx - ax) * 0.25, 9);
    expect(y).toBeCloseTo(ay + (by - ay) * 0.25, 9);
    expect(z).toBeCloseTo(az + (bz - az) * 0.25, 9);
    ghost.quaternion(0.25, scratch);
    expect(Math.hypot(scratch.x, scratch.y, scratch.z, scratch.w)).toBeCloseTo(1, 9);
  });

  it('steps in lockstep with a live session without touching the live run', () => {
    const session = new GameSession(RUN, () => EMPTY_INPUT);
    session.reset({ ...RUN, seedType: 'set' });
    session.driver = createAutopilot();
    session.ghost = Ghost.forRun({ ...RUN, seedType: 'set' }, recorded.text);
    expect(session.ghost).not.toBeNull();
    const liveEvents: string[] = [];
    session.onEvent((event) => liveEvents.push(event.type));
    session.advance(TICKS);
    // The live run flew the same inputs: same state as the solo recording.
    expect(hashSim(session.sim)).toBe(recorded.finalHash);
    const p = session.sim.player.body.position;
    expect(ghostPosition(session.ghost!)).toEqual([p.x, p.y, p.z]);
    expect(session.ghost!.tick).toBe(TICKS);
    expect(liveEvents.length).toBeGreaterThan(0);
    // A new run drops the ghost.
    session.reset({ ...RUN, seedType: 'set' });
    expect(session.ghost).toBeNull();
  }, 60_000);

  it('only races a full run of the same category, seed type and seed', () => {
    const run = { ...RUN, seedType: 'set' as const };
    expect(Ghost.forRun(run, recorded.text)).not.toBeNull();
    expect(Ghost.forRun(run, null)).toBeNull();
    expect(Ghost.forRun({ ...run, seed: 7, seedType: 'random' }, recorded.text)).toBeNull();
    expect(Ghost.forRun({ ...run, category: 'heart' }, recorded.text)).toBeNull();
    const file = JSON.parse(recorded.text) as Record<string, unknown>;
    const continued = JSON.stringify({
      ...file,
      start: {
        chapter: 'party',
        carry: { credits: 0, hull: 100, crew: [], grudgeList: [], upgrades: {} },
      },
    });
    expect(Ghost.forRun(run, continued)).toBeNull();
  });

  it('a corrupt or foreign replay gives no ghost, quietly', () => {
    expect(Ghost.fromReplayText('')).toBeNull();
    expect(Ghost.fromReplayText('{"format":"infinity-replay"')).toBeNull();
    const badInputs = recorded.text.replace(/"inputs": ".{12}/, '"inputs": "!!');
    expect(badInputs).not.toBe(recorded.text);
    expect(Ghost.fromReplayText(badInputs)).toBeNull();
    const file = JSON.parse(recorded.text) as Record<string, unknown>;
    const otherRules = JSON.stringify({ ...file, simVersion: Number(file.simVersion) + 1 });
    expect(Ghost.fromReplayText(otherRules)).toBeNull();
  });
});
