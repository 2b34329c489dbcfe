import { CATEGORIES, type CategoryId } from '../../sim';
import type { SeedType } from '../../state/records-schema';
import { formatMs, formatTicks, igtMs } from '../format-time';

/** In-game time: "m:ss.mmm", or "h:mm:ss.mmm" from an hour on (one formatter for the game). */
export { formatTicks as formatIgt, igtMs };

/** U+2212, the typographic minus: the same width as "+" in tabular figures. */
const MINUS = '\u2212';

/**
 * A time difference: "+1.250", "−0.333", "+1:02.500" from a minute on, "0.000" for a tie.
 * The size is rounded toward zero like formatIgt, so −20 ticks (−333.3 ms) is "−0.333".
 */
export function formatDelta(ticks: number): string {
  const size = igtMs(Math.abs(ticks));
  if (size === 0) return '0.000';
  const sign = ticks < 0 ? MINUS : '+';
  const ms = String(size % 1000).padStart(3, '0');
  const totalSeconds = Math.floor(size / 1000);
  if (totalSeconds < 60) return `${sign}${totalSeconds}.${ms}`;
  return `${sign}${formatMs(size)}`;
}

export function seedTypeLabel(seedType: SeedType): string {
  return seedType === 'set' ? 'Set seed' : 'Random seed';
}

/** "Attack Wave · Set seed 2025", as the timer and results head their panel. */
export function runTitle(category: CategoryId, seedType: SeedType, seed: number): string {
  const definition = CATEGORIES[category];
  if (definition.practice) return `${definition.title} · practice`;
  return `${definition.title} · ${seedTypeLabel(seedType)} ${seed}`;
}

/** "1m23s456" (or "1h02m03s456"): a time that reads well inside a file name. */
function fileTime(ticks: number): string {
  const total = igtMs(ticks);
  const ms = String(total % 1000).padStart(3, '0');
  const seconds = String(Math.floor(total / 1000) % 60).padStart(2, '0');
  const minutes = Math.floor(total / 60_000) % 60;
  const hours = Math.floor(total / 3_600_000);
  return hours > 0
    ? `${hours}h${String(minutes).padStart(2, '0')}m${seconds}s${ms}`
    : `${minutes}m${seconds}s${ms}`;
}

/** e.g. infinity-attack-wave-set-2025-1m23s456.replay.json */
export function replayFileName(
  category: CategoryId,
  seedType: SeedType,
  seed: number,
  igtTicks: number,
): string {
  return `infinity-${category}-${seedType}-${seed}-${fileTime(igtTicks)}.replay.json`;
}
