import { COMMS_LINES, COMMS_MIN_GAP_TICKS, type CommsSituation } from '../content/comms-lines';
import { rngFloat, rngInt } from '../rng';
import type { SimState } from '../state';

/**
 * Maybe puts a line on the comms feed. Lines are rate-limited globally so the feed
 * stays readable in a brawl; `chance` keeps chatter from being every single event.
 */
export function sayOnComms(
  sim: SimState,
  from: string,
  situation: CommsSituation,
  chance: number,
  /** Story beats (a robbery, a call for help) skip the rate limit. */
  important = false,
): void {
  // The roll happens even when rate-limited so RNG use does not depend on timing quirks.
  const roll = rngFloat(sim.rng);
  if (roll >= chance) return;
  if (!important && sim.tick - sim.lastCommsTick < COMMS_MIN_GAP_TICKS) return;
  const lines = COMMS_LINES[situation];
  const text = lines[rngInt(sim.rng, 0, lines.length - 1)]!;
  sim.lastCommsTick = sim.tick;
  sim.events.push({ type: 'Comms', tick: sim.tick, from, text });
}
