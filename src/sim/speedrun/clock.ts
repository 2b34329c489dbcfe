import type { SimState } from '../state';

/**
 * In-game time in ticks: every tick simulated since the category's start tick, up to and
 * including the tick of its end event. Pause, menus and loading never simulate a tick,
 * so they are excluded by construction; a skipped scene jumps the clock by its full
 * length, so skipping neither gains nor loses time.
 */
export function igtTicks(sim: SimState): number {
  const clock = sim.speedrun;
  if (clock.startTick === null) return 0;
  // A run that ended without its category's end event (the Callister destroyed) stops
  // its clock on the outcome's tick too: the wreck drifting afterwards is not run time.
  const last = clock.endTick ?? sim.outcome?.tick ?? null;
  const end = last === null ? sim.tick : last + 1;
  return Math.max(0, end - clock.startTick);
}

/** In-game time at an event during the current tick: the tick itself counts. */
function igtThisTick(sim: SimState): number {
  const start = sim.speedrun.startTick;
  return start === null ? 0 : sim.tick + 1 - start;
}

export function startTimer(sim: SimState): void {
  if (sim.speedrun.startTick !== null) return;
  sim.speedrun.startTick = sim.tick;
  sim.events.push({ type: 'TimerStarted', tick: sim.tick });
}

/**
 * Records a split on the current tick. `final` is the category's end event: it stops
 * the timer, and no split can come after it. A split id is recorded once per run.
 */
export function split(sim: SimState, id: string, label: string, final = false): void {
  const clock = sim.speedrun;
  if (clock.startTick === null || clock.endTick !== null) return;
  if (clock.splits.some((s) => s.id === id)) return;
  if (final) clock.endTick = sim.tick;
  const igt = igtThisTick(sim);
  clock.splits.push({ id, label, igtTicks: igt });
  sim.events.push({ type: 'Split', tick: sim.tick, id, label, igtTicks: igt, final });
}
