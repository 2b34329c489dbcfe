import { TICK_RATE } from '../sim';

/**
 * In-game time as speedrunners read it: m:ss.mmm (h:mm:ss.mmm past an hour).
 * Computed from whole ticks so the display never drifts from the sim clock.
 */
export function formatTicks(ticks: number): string {
  const totalMs = Math.floor((Math.max(0, ticks) * 1000) / TICK_RATE);
  return formatMs(totalMs);
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
