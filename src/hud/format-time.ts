import { TICK_RATE } from '../sim';

/**
 * In-game time as speedrunners read it: m:ss.mmm (h:mm:ss.mmm past an hour).
 * Computed from whole ticks so the display never drifts from the sim clock.
 */
export function formatTicks(ticks: number): string {
  return formatMs(igtMs(ticks));
}

/**
 * Tick → milliseconds, exactly: ticks × 1000 / 60, rounded down (toward zero). Whole
 * ticks in, whole milliseconds out, so 3601 ticks (60.01666… s) is 60,016 ms and a time
 * never shows a millisecond the sim has not reached. Integer arithmetic throughout: exact
 * up to 2^53 / 1000 ticks (4,700 years).
 */
export function igtMs(ticks: number): number {
  return Math.floor((Math.max(0, Math.trunc(ticks)) * 1000) / TICK_RATE);
}

export function formatMs(milliseconds: number): string {
  const totalMs = Math.max(0, Math.floor(milliseconds));
  const ms = totalMs % 1000;
  const totalSeconds = Math.floor(totalMs / 1000);
  const seconds = totalSeconds % 60;
  const totalMinutes = Math.floor(totalSeconds / 60);
  const minutes = totalMinutes % 60;
  const hours = Math.floor(totalMinutes / 60);
  const tail = `${String(seconds).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${tail}` : `${minutes}:${tail}`;
}
