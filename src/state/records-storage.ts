import type { CategoryId } from '../sim';
import {
  categoryRecordsSchema,
  emptyRecords,
  RECORDS_VERSION,
  slotName,
  type CategoryRecords,
  type PersonalBest,
  type SeedType,
} from './records-schema';
import type { KeyValueStorage } from './settings-storage';

/**
 * Records in localStorage: `infinity.records.<category>.<seedType>` holds one category's
 * records (JSON, versioned), and `….replay` beside it the personal best's replay file.
 *
 * Bad data is reported, never silently wiped: an unreadable entry is left exactly where
 * it is while the game runs with no records for that slot. If a run then changes that
 * slot's records, the unreadable text is first copied to `….unreadable-<time>` and only
 * then replaced, so the bytes survive for whoever wants to rescue them (and a failed copy
 * means no write). Records written by a newer version of the game are never overwritten.
 */
export const RECORDS_KEY_PREFIX = 'infinity.records';

export function recordsKey(category: CategoryId, seedType: SeedType): string {
  return `${RECORDS_KEY_PREFIX}.${category}.${seedType}`;
}

export function replayKey(category: CategoryId, seedType: SeedType): string {
  return `${recordsKey(category, seedType)}.replay`;
}

/**
 * ok / empty: usable. unreadable: corrupt JSON or not valid records (kept, backed up
 * before any write). newer: from a newer game version (kept, never written). blocked:
 * storage refused to be read.
 */
export type SlotStatus = 'ok' | 'empty' | 'unreadable' | 'newer' | 'blocked';

export interface LoadedSlot {
  readonly records: CategoryRecords;
  readonly status: SlotStatus;
  /** For the player, in words; null when all is well. */
  readonly problem: string | null;
  /** The stored text when it could not be used, kept so a write can back it up first. */
  readonly unreadableText: string | null;
}

export function loadSlot(
  storage: KeyValueStorage | null,
  category: CategoryId,
  seedType: SeedType,
): LoadedSlot {
  const empty = emptyRecords(category, seedType);
  const name = slotName(category, seedType);
  const fail = (status: SlotStatus, problem: string, text: string | null): LoadedSlot => ({
    records: empty,
    status,
    problem,
    unreadableText: text,
  });
  if (!storage) return { records: empty, status: 'empty', problem: null, unreadableText: null };
  let text: string | null;
  try {
    text = storage.getItem(recordsKey(category, seedType));
  } catch {
    return fail('blocked', `Your ${name} records could not be read (storage blocked).`, null);
  }
  if (text === null)
    return { records: empty, status: 'empty', problem: null, unreadableText: null };
  const unreadable = `Your stored ${name} records are unreadable and were not used. They are kept in storage (key ${recordsKey(category, seedType)}) and copied aside before new records replace them.`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('unreadable', unreadable, text);
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > RECORDS_VERSION) {
    return fail(
      'newer',
      `Your ${name} records come from a newer version of the game: they are kept as they are, and runs here will not change them.`,
      text,
    );
  }
  const result = categoryRecordsSchema.safeParse(parsed);
  if (!result.success || result.data.category !== category || result.data.seedType !== seedType) {
    return fail('unreadable', unreadable, text);
  }
  return { records: result.data, status: 'ok', problem: null, unreadableText: null };
}

export interface WriteResult {
  /** The slot for the session: the new records, with its stored status where they were not saved. */
  readonly slot: LoadedSlot;
  /** Whether the records were stored. */
  readonly saved: boolean;
  /** What went wrong, for the player; null when everything was stored. */
  readonly problem: string | null;
}

/**
 * Stores a slot's new records, and with a new personal best its replay (`replay` is the
 * replay text of `records.pb`; leave it out when the PB did not change). The records go
 * first: a replay that does not fit costs only the replay.
 */
export function writeSlot(
  storage: KeyValueStorage | null,
  current: LoadedSlot,
  records: CategoryRecords,
  replay?: { readonly text: string | null },
): WriteResult {
  const category = records.category as CategoryId;
  const seedType = records.seedType;
  const name = slotName(category, seedType);
  const key = recordsKey(category, seedType);
  // Where storage fails, the session still has the new records; the slot keeps its
  // status (and unreadable text), so a later write still backs that text up first.
  const keptInMemory: LoadedSlot = { ...current, records };
  if (!storage) {
    return {
      slot: keptInMemory,
      saved: false,
      problem: 'Records cannot be saved in this browser.',
    };
  }
  if (current.status === 'blocked') {
    return {
      slot: keptInMemory,
      saved: false,
      problem: `This run's records are not saved: your ${name} records could not be read, so they were left untouched.`,
    };
  }
  if (current.status === 'newer') {
    return {
      slot: keptInMemory,
      saved: false,
      problem: `This run's records are not saved: your ${name} records come from a newer version of the game.`,
    };
  }
  if (current.unreadableText !== null) {
    const backupKey = `${key}.unreadable-${Date.now()}`;
    try {
      storage.setItem(backupKey, current.unreadableText);
    } catch {
      return {
        slot: keptInMemory,
        saved: false,
        problem: `This run's records are not saved: your unreadable ${name} records could not be copied aside first (storage full or blocked), so they were left untouched.`,
      };
    }
  }
  try {
    storage.setItem(key, JSON.stringify(records));
  } catch {
    return {
      slot: keptInMemory,
      saved: false,
      problem: `Your ${name} records could not be saved (storage full or blocked).`,
    };
  }
  const slot: LoadedSlot = { records, status: 'ok', problem: null, unreadableText: null };
  if (!replay || !records.pb) return { slot, saved: true, problem: null };
  try {
    storage.removeItem?.(replayKey(category, seedType));
  } catch {
    /* the old PB's replay no longer matches its record, so it is never offered again */
  }
  if (replay.text === null) {
    return { slot, saved: true, problem: 'The new personal best has no replay to keep.' };
  }
  try {
    storage.setItem(replayKey(category, seedType), replayEntry(records.pb, replay.text));
  } catch {
    return {
      slot,
      saved: true,
      problem:
        'The new personal best is saved, but its replay is too large for browser storage: export it from the results screen to keep it.',
    };
  }
  return { slot, saved: true, problem: null };
}

/**
 * A stored PB replay: a header line naming the PB it belongs to (date and final time),
 * then the replay file's text exactly as it was (no re-encoding, no escaping).
 */
const REPLAY_HEADER = 'infinity-pb-replay 1';

function replayEntry(pb: PersonalBest, text: string): string {
  return `${REPLAY_HEADER} ${pb.date} ${pb.igtTicks}\n${text}`;
}

/** The PB's replay text, or null when none is stored or what is stored belongs elsewhere. */
export function loadPbReplay(
  storage: KeyValueStorage | null,
  category: CategoryId,
  seedType: SeedType,
  pb: PersonalBest | null,
): string | null {
  if (!storage || !pb) return null;
  let entry: string | null;
  try {
    entry = storage.getItem(replayKey(category, seedType));
  } catch {
    return null;
  }
  if (entry === null) return null;
  const newline = entry.indexOf('\n');
  if (newline < 0) return null;
  if (entry.slice(0, newline) !== `${REPLAY_HEADER} ${pb.date} ${pb.igtTicks}`) return null;
  return entry.slice(newline + 1);
}
