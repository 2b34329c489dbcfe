import { create } from 'zustand';
import type { CategoryId } from '../sim';
import { submitFinishedRun, sumOfBest, type RunSubmission } from './records-compare';
import {
  RECORD_CATEGORIES,
  SEED_TYPES,
  type CategoryRecords,
  type FinishedRun,
  type PersonalBest,
  type SeedType,
} from './records-schema';
import { loadPbReplay, loadSlot, writeSlot, type LoadedSlot } from './records-storage';
import { browserStorage, type KeyValueStorage } from './settings-storage';

export type SlotId = `${CategoryId}/${SeedType}`;

export function slotId(category: CategoryId, seedType: SeedType): SlotId {
  return `${category}/${seedType}`;
}

/** A finished run as the results screen shows it: the run, what it did to the records. */
export interface RunReport extends RunSubmission {
  readonly run: FinishedRun & { readonly date: string };
  /** Whether the records' change (if any) reached storage. */
  readonly saved: boolean;
  /** A storage problem to show with the results; null when all went well. */
  readonly problem: string | null;
}

export interface RecordsState {
  /** Every category × seed type that can hold records (practice categories have none). */
  readonly slots: Readonly<Partial<Record<SlotId, LoadedSlot>>>;
  /** What was wrong with stored records, for the title screen; null when nothing. */
  readonly notice: string | null;
  /** The run that ended last (set by finishRun), for the results screen. */
  readonly lastRun: RunReport | null;
  /**
   * Called once when a run ends: compares it with the records, updates the PB and best
   * segments (practice and unfinished runs never change the PB), stores them, and sets
   * `lastRun`. Calling it again with the same run returns the same report.
   */
  finishRun(run: FinishedRun): RunReport;
  pbFor(category: CategoryId, seedType: SeedType): PersonalBest | null;
  /** A slot's records (null for practice categories). */
  recordsFor(category: CategoryId, seedType: SeedType): CategoryRecords | null;
  sumOfBestFor(category: CategoryId, seedType: SeedType): number | null;
  /** The PB's replay file text, read from storage on demand (it can be large). */
  pbReplay(category: CategoryId, seedType: SeedType): string | null;
  dismissNotice(): void;
}

function loadAll(storage: KeyValueStorage | null): Partial<Record<SlotId, LoadedSlot>> {
  const slots: Partial<Record<SlotId, LoadedSlot>> = {};
  for (const category of RECORD_CATEGORIES) {
    for (const seedType of SEED_TYPES) {
      slots[slotId(category, seedType)] = loadSlot(storage, category, seedType);
    }
  }
  return slots;
}

function problemsOf(slots: Partial<Record<SlotId, LoadedSlot>>): string | null {
  const problems = Object.values(slots)
    .map((slot) => slot?.problem)
    .filter((problem): problem is string => !!problem);
  return problems.length ? problems.join(' ') : null;
}

function sameRun(a: FinishedRun, b: FinishedRun): boolean {
  return (
    a.category === b.category &&
    a.seedType === b.seedType &&
    a.seed === b.seed &&
    a.completed === b.completed &&
    a.igtTicks === b.igtTicks &&
    a.realTimeMs === b.realTimeMs &&
    a.outcomeKind === b.outcomeKind &&
    a.splits.length === b.splits.length &&
    a.splits.every((s, i) => s.id === b.splits[i]!.id && s.igtTicks === b.splits[i]!.igtTicks)
  );
}

/** The records store over a given storage (tests pass an in-memory one). */
export function createRecordsStore(storage: () => KeyValueStorage | null) {
  const initial = loadAll(storage());
  return create<RecordsState>((set, get) => ({
    slots: initial,
    notice: problemsOf(initial),
    lastRun: null,
    finishRun(run) {
      const previous = get().lastRun;
      if (previous && sameRun(previous.run, run)) return previous;
      const stamped = { ...run, date: run.date ?? new Date().toISOString() };
      const id = slotId(run.category, run.seedType);
      const slot = run.practice ? undefined : get().slots[id];
      // A category without a records slot (practice) never counts, whatever the caller said.
      const submission = submitFinishedRun(slot?.records ?? null, {
        ...stamped,
        practice: run.practice || slot === undefined,
      });
      let saved = true;
      let problem: string | null = null;
      if (slot && submission.changed) {
        const written = writeSlot(
          storage(),
          slot,
          submission.records,
          submission.newPersonalBest ? { text: run.replayText } : undefined,
        );
        saved = written.saved;
        problem = written.problem;
        set({ slots: { ...get().slots, [id]: written.slot } });
      } else if (slot && slot.status !== 'ok' && slot.status !== 'empty') {
        problem = slot.problem;
      }
      const report: RunReport = { ...submission, run: stamped, saved, problem };
      set({ lastRun: report });
      return report;
    },
    pbFor(category, seedType) {
      return get().slots[slotId(category, seedType)]?.records.pb ?? null;
    },
    recordsFor(category, seedType) {
      return get().slots[slotId(category, seedType)]?.records ?? null;
    },
    sumOfBestFor(category, seedType) {
      return sumOfBest(get().recordsFor(category, seedType));
    },
    pbReplay(category, seedType) {
      return loadPbReplay(storage(), category, seedType, get().pbFor(category, seedType));
    },
    dismissNotice() {
      set({ notice: null });
    },
  }));
}

export const useRecords = createRecordsStore(browserStorage);
