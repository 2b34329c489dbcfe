import type { CategoryRecords, FinishedRun, PersonalBest, SplitTime } from './records-schema';
import { emptyRecords } from './records-schema';

/**
 * Comparing runs with the records, and folding a finished run into them. Pure: no
 * storage, no clock (except stamping a run that arrives without a date), no React.
 *
 * A segment is a split's in-game time minus the previous split's in the same run (the
 * first split's segment starts at the timer's start). Best segments are kept per
 * *segment key*, the pair (previous split id → split id), rather than per split id alone:
 * in Attack Wave the relays fall whenever the player takes them, so "relay-1" can follow
 * wave 1 in one run and wave 4 in the next, and comparing those two segments would make a
 * "best" (and a sum of best) no run could ever reach. In a category whose splits always
 * come in the same order the pair is the split id with its fixed predecessor, so the two
 * rules agree.
 */

/** The previous-split id of a run's first segment. */
export const RUN_START = '(start)';

export function segmentKey(previousId: string | null, id: string): string {
  return `${previousId ?? RUN_START}>${id}`;
}

export interface Segment {
  readonly key: string;
  readonly id: string;
  readonly label: string;
  /** In-game time at the split. */
  readonly igtTicks: number;
  /** This split's time minus the previous split's (or the start). */
  readonly segmentTicks: number;
}

export function segmentsOf(splits: readonly SplitTime[]): Segment[] {
  const segments: Segment[] = [];
  let previous: SplitTime | null = null;
  for (const split of splits) {
    segments.push({
      key: segmentKey(previous?.id ?? null, split.id),
      id: split.id,
      label: split.label,
      igtTicks: split.igtTicks,
      segmentTicks: split.igtTicks - (previous?.igtTicks ?? 0),
    });
    previous = split;
  }
  return segments;
}

/**
 * Sum of best: the best segment at each step of the personal best's split sequence (the
 * PB's own segment where it is the best, or the only one known); null with no PB.
 */
export function sumOfBest(records: CategoryRecords | null): number | null {
  if (!records?.pb) return null;
  let total = 0;
  for (const segment of segmentsOf(records.pb.splits)) {
    const best = records.bestSegments[segment.key];
    total += best === undefined ? segment.segmentTicks : Math.min(best, segment.segmentTicks);
  }
  return total;
}

/** One split of a run, set against the personal best and the best segments. */
export interface SplitComparison extends Segment {
  /** The PB's in-game time at the same split id; null when the PB never reached it. */
  readonly pbIgtTicks: number | null;
  /** igtTicks − pbIgtTicks: negative is ahead of the PB. */
  readonly deltaTicks: number | null;
  /** The best segment known for this segment key before this run; null when none. */
  readonly bestSegmentTicks: number | null;
  /** This segment beat the best one known (a "gold" split). */
  readonly gold: boolean;
}

export function compareSplits(
  splits: readonly SplitTime[],
  comparison: { readonly pb: PersonalBest | null; readonly bestSegments: Record<string, number> },
): SplitComparison[] {
  const pbTimes = new Map<string, number>();
  for (const split of comparison.pb?.splits ?? []) pbTimes.set(split.id, split.igtTicks);
  return segmentsOf(splits).map((segment) => {
    const pbIgtTicks = pbTimes.get(segment.id) ?? null;
    const best = comparison.bestSegments[segment.key];
    return {
      ...segment,
      pbIgtTicks,
      deltaTicks: pbIgtTicks === null ? null : segment.igtTicks - pbIgtTicks,
      bestSegmentTicks: best ?? null,
      gold: best !== undefined && segment.segmentTicks < best,
    };
  });
}

/** The PB's first split that the run has not reached yet: what the live delta is against. */
export function nextPbSplit(
  pb: PersonalBest | null,
  reachedIds: ReadonlySet<string>,
): SplitTime | null {
  if (!pb) return null;
  for (const split of pb.splits) if (!reachedIds.has(split.id)) return split;
  return null;
}

/** What folding one finished run into a category's records did. */
export interface RunSubmission {
  /** The records after this run (the same object when nothing changed). */
  readonly records: CategoryRecords;
  /** Whether anything in the records changed (so storage needs a write). */
  readonly changed: boolean;
  /** Whether the run could count at all: practice runs never do. */
  readonly counted: boolean;
  readonly newPersonalBest: boolean;
  /** The PB this run was compared with (the one before it). */
  readonly previousPb: PersonalBest | null;
  /** Final time − previous PB's final time, for a completed run with a PB to beat. */
  readonly pbDeltaTicks: number | null;
  /** Split ids whose segment beat the best one known before (gold splits). */
  readonly goldSplitIds: readonly string[];
  /** Segment keys recorded for the first time or improved (golds included). */
  readonly updatedSegmentKeys: readonly string[];
  /** The run split by split, against the records as they were before it. */
  readonly comparison: readonly SplitComparison[];
  readonly sumOfBest: number | null;
  readonly previousSumOfBest: number | null;
}

/**
 * Folds a finished run into its category's records (`records` null = none yet).
 *
 * - Practice runs change nothing.
 * - Every other run's segments update the best segments (a segment is real whether or not
 *   the run went on to finish, as in LiveSplit).
 * - Only a completed run (its timer stopped) can be a personal best, and only when strictly
 *   faster than the PB it is compared with.
 */
export function submitFinishedRun(
  records: CategoryRecords | null,
  run: FinishedRun,
): RunSubmission {
  const before = records ?? emptyRecords(run.category, run.seedType);
  const comparison = compareSplits(run.splits, before);
  const previousSumOfBest = sumOfBest(before);
  const unchanged = {
    records: before,
    changed: false,
    counted: !run.practice,
    newPersonalBest: false,
    previousPb: before.pb,
    pbDeltaTicks: run.completed && before.pb ? run.igtTicks - before.pb.igtTicks : null,
    goldSplitIds: [],
    updatedSegmentKeys: [],
    comparison,
    sumOfBest: previousSumOfBest,
    previousSumOfBest,
  } satisfies RunSubmission;
  if (run.practice) return { ...unchanged, counted: false, pbDeltaTicks: null };

  const bestSegments = { ...before.bestSegments };
  const updatedSegmentKeys: string[] = [];
  for (const segment of comparison) {
    const best = bestSegments[segment.key];
    if (best === undefined || segment.segmentTicks < best) {
      bestSegments[segment.key] = segment.segmentTicks;
      updatedSegmentKeys.push(segment.key);
    }
  }
  const newPersonalBest =
    run.completed && (before.pb === null || run.igtTicks < before.pb.igtTicks);
  const pb: PersonalBest | null = newPersonalBest
    ? {
        seed: run.seed,
        igtTicks: run.igtTicks,
        realTimeMs: run.realTimeMs,
        date: run.date ?? new Date().toISOString(),
        splits: run.splits.map((s) => ({ id: s.id, label: s.label, igtTicks: s.igtTicks })),
      }
    : before.pb;
  if (!newPersonalBest && updatedSegmentKeys.length === 0) return unchanged;

  const next: CategoryRecords = { ...before, pb, bestSegments };
  return {
    ...unchanged,
    records: next,
    changed: true,
    newPersonalBest,
    goldSplitIds: comparison.filter((s) => s.gold).map((s) => s.id),
    updatedSegmentKeys,
    sumOfBest: sumOfBest(next),
  };
}
