/**
 * A replay that reaches the Attack Wave's final wave at its peak, for the draw-call
 * count in the browser (which can only watch a run through the test hook).
 *
 * Why a replay: nothing the hook offers gets there on its own. Sitting still, the
 * Callister dies in wave 1; the autopilot takes the three relays down and ends the party
 * long before wave 5 is due (210 s). So the run is flown by the autopilot with one
 * change: once `holdFireAt` relays are left, its Fire and Torpedo buttons are held off.
 * It keeps circling the last relay it was working on, which stands, so the party runs on
 * and every wave arrives, if the Callister lives that long. The strategies are tried in
 * order until one sees the final wave fully arrive; failing that, the attempt with the
 * most attackers alive at once is kept (the caller reports the wave it reached).
 *
 * Recorded with ReplayRecorder (InputFrames only, as any player's run), it plays back in
 * the page through `__INFINITY__.playReplay()`. It must be recorded by the same JS
 * engine that plays it (draw-calls.ts bundles this file into the browser): Node 20 and
 * Chromium round a few Math results differently, and a swarm fight amplifies that.
 * Recording stops PAST_PEAK_TICKS after the final wave has all arrived, or at the outcome.
 * Nothing here may use Node or browser APIs.
 */
import {
  Button,
  CATEGORIES,
  createSim,
  ReplayRecorder,
  serializeReplay,
  stepSim,
  WAVES,
  type InputFrame,
  type SimState,
} from '../src/sim';
import { createAutopilot, type AutopilotTuning } from '../src/sim/autopilot';

/** Ticks recorded after the peak, so the page has playback left while it is measured. */
const PAST_PEAK_TICKS = 900;
/** The party's timer ends it at 300 s; this is only a guard. */
const MAX_TICKS = 60 * 60 * 6;

export interface Strategy {
  readonly name: string;
  /** Hold fire once this many relays (or fewer) are left standing. */
  readonly holdFireAt: number;
  readonly tuning: Partial<AutopilotTuning>;
}

export const STRATEGIES: readonly Strategy[] = [
  {
    name: 'autopilot on a wider, faster circle, holding fire at the last relay',
    holdFireAt: 1,
    tuning: { orbitRadiusM: 1300, orbitSpeedMps: 260 },
  },
  { name: 'autopilot, holding fire at the last relay', holdFireAt: 1, tuning: {} },
  {
    name: 'autopilot on a still wider, faster circle, holding fire at two relays left',
    holdFireAt: 2,
    tuning: { orbitRadiusM: 1600, orbitSpeedMps: 300 },
  },
];

export interface WavePoint {
  wave: number;
  /** Tick at which the wave's last ship arrived (that wave's peak of attackers). */
  arrivedTick: number;
  attackersAlive: number;
}

export interface FinalWaveReplay {
  /** The replay file's text. */
  text: string;
  ticks: number;
  strategy: string;
  /** One point per wave that fully arrived; the last is the run's peak when it is wave 5. */
  waves: WavePoint[];
  /** Most attackers alive at once, and when. */
  peak: WavePoint;
  outcome: string | null;
  /** Every strategy tried, in order, with how far it got. */
  attempts: { strategy: string; wave: number; attackersAlive: number; outcome: string | null }[];
}

const HOLD_FIRE = ~(Button.Fire | Button.Torpedo);

function attackersAlive(sim: SimState): number {
  let alive = 0;
  for (const e of sim.enemies) {
    if (e.alive && !e.warpedOut && (e.role === 'attacker' || e.role === 'grudge-holder')) alive++;
  }
  return alive;
}

function fly(strategy: Strategy): FinalWaveReplay {
  const seed = CATEGORIES['attack-wave'].defaultSeed;
  const options = { seed, category: 'attack-wave' as const };
  const sim = createSim(options);
  const recorder = new ReplayRecorder({ ...options, seedType: 'set' });
  const autopilot = createAutopilot(strategy.tuning);
  const waves: WavePoint[] = [];
  let peak: WavePoint = { wave: 0, arrivedTick: 0, attackersAlive: 0 };
  let stopAt = MAX_TICKS;
  let arrivedWave = 0;
  while (!sim.outcome && sim.tick < stopAt) {
    let frame: InputFrame = autopilot.next(sim);
    if (sim.party && sim.party.relaysLeft <= strategy.holdFireAt) {
      frame = { ...frame, buttons: frame.buttons & HOLD_FIRE };
    }
    stepSim(sim, frame);
    recorder.record(frame, sim);
    sim.events.length = 0;
    const party = sim.party;
    if (!party) continue;
    const alive = attackersAlive(sim);
    if (alive > peak.attackersAlive) {
      peak = { wave: party.wave, arrivedTick: sim.tick, attackersAlive: alive };
    }
    if (party.wave > arrivedWave && party.toArrive === 0) {
      arrivedWave = party.wave;
      waves.push({ wave: party.wave, arrivedTick: sim.tick, attackersAlive: alive });
      if (party.wave === WAVES.length) stopAt = sim.tick + PAST_PEAK_TICKS;
    }
  }
  return {
    text: serializeReplay(recorder.finish(sim)),
    ticks: recorder.ticks,
    strategy: strategy.name,
    waves,
    peak,
    outcome: sim.outcome ? `${sim.outcome.kind} at tick ${sim.outcome.tick}` : null,
    attempts: [],
  };
}

/** Tries the strategies in order; the first that sees the final wave arrive wins. */
export function recordFinalWaveReplay(): FinalWaveReplay {
  let best: FinalWaveReplay | null = null;
  const attempts: FinalWaveReplay['attempts'] = [];
  for (const strategy of STRATEGIES) {
    const run = fly(strategy);
    attempts.push({
      strategy: run.strategy,
      wave: run.peak.wave,
      attackersAlive: run.peak.attackersAlive,
      outcome: run.outcome,
    });
    if (run.waves.some((w) => w.wave === WAVES.length)) {
      best = run;
      break;
    }
    if (!best || run.peak.attackersAlive > best.peak.attackersAlive) best = run;
  }
  return { ...best!, attempts };
}
