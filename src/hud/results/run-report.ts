import { CATEGORIES, igtTicks, type SimState } from '../../sim';
import { submitFinishedRun } from '../../state/records-compare';
import type { FinishedRun, SeedType } from '../../state/records-schema';
import { useRecords, type RunReport } from '../../state/records-store';

/**
 * In-game time at the run's end: the stopped timer, or, for an ending that does not stop
 * it (destroyed, arena cleared), the time on the outcome's tick; the wreck drifting
 * afterwards is not part of the run.
 */
export function igtAtEnd(sim: SimState): number {
  const clock = sim.speedrun;
  if (clock.endTick !== null || !sim.outcome || clock.startTick === null) return igtTicks(sim);
  return Math.max(0, Math.min(igtTicks(sim), sim.outcome.tick + 1 - clock.startTick));
}

/**
 * The run that just ended, as the records see it. A replay playing back is somebody's
 * recorded run, never a new record: it counts as practice.
 */
export function finishedRunOf(
  sim: SimState,
  realTimeMs: number,
  run: { readonly seedType: SeedType; readonly playback: boolean },
): FinishedRun {
  return {
    category: sim.category,
    seedType: run.seedType,
    seed: sim.seed,
    practice: run.playback || CATEGORIES[sim.category].practice,
    completed: sim.speedrun.endTick !== null,
    igtTicks: igtAtEnd(sim),
    realTimeMs,
    splits: sim.speedrun.splits.map((s) => ({ id: s.id, label: s.label, igtTicks: s.igtTicks })),
    replayText: null,
    outcomeKind: sim.outcome?.kind ?? 'destroyed',
  };
}

function sameRunAs(report: RunReport, run: FinishedRun): boolean {
  const a = report.run;
  return (
    a.category === run.category &&
    a.seed === run.seed &&
    a.outcomeKind === run.outcomeKind &&
    a.splits.length === run.splits.length &&
    a.splits.every((s, i) => s.id === run.splits[i]!.id && s.igtTicks === run.splits[i]!.igtTicks)
  );
}

/**
 * What the results screen shows: the report the runtime filed when the run ended
 * (useRecords.finishRun), or, where none matches this run (a replay playing back), the
 * same comparison worked out here without storing anything.
 */
export function reportFor(
  sim: SimState,
  realTimeMs: number,
  current: { readonly seedType: SeedType; readonly playback: boolean },
  filed: RunReport | null,
): RunReport {
  const run = finishedRunOf(sim, realTimeMs, current);
  if (filed && !current.playback && sameRunAs(filed, run)) return filed;
  const records = useRecords.getState().recordsFor(run.category, run.seedType);
  return {
    ...submitFinishedRun(records, { ...run, practice: run.practice || records === null }),
    run: { ...run, date: new Date().toISOString() },
    saved: false,
    problem: null,
  };
}
