import type { SplitComparison } from '../../state/records-compare';
import type { PersonalBest, SplitTime } from '../../state/records-schema';

/** One line of the timer's split list: a split reached, or one of the PB's still ahead. */
export interface SplitLine {
  readonly id: string;
  readonly label: string;
  /** Reached: this run's time. Ahead: the PB's time there (null when there is none). */
  readonly igtTicks: number | null;
  readonly reached: boolean;
  /** The first split still ahead (the live delta shows on it). */
  readonly current: boolean;
  readonly deltaTicks: number | null;
  readonly gold: boolean;
}

/**
 * Which splits the timer lists: the ones reached, then the PB's ones not reached yet, in a
 * window of `rows` lines that keeps `behind` reached splits above the current one (as
 * LiveSplit scrolls its splits), so the list never grows past its box.
 */
export function splitWindow(
  reached: readonly SplitComparison[],
  pb: PersonalBest | null,
  rows: number,
  behind = 3,
): SplitLine[] {
  const reachedIds = new Set(reached.map((s) => s.id));
  const ahead: SplitTime[] = (pb?.splits ?? []).filter((s) => !reachedIds.has(s.id));
  const lines: SplitLine[] = [
    ...reached.map((s) => ({
      id: s.id,
      label: s.label,
      igtTicks: s.igtTicks,
      reached: true,
      current: false,
      deltaTicks: s.deltaTicks,
      gold: s.gold,
    })),
    ...ahead.map((s, i) => ({
      id: s.id,
      label: s.label,
      igtTicks: s.igtTicks,
      reached: false,
      current: i === 0,
      deltaTicks: null,
      gold: false,
    })),
  ];
  const current = reached.length;
  const start = Math.max(0, Math.min(current - behind, lines.length - rows));
  return lines.slice(start, start + rows);
}
