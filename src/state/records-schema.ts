import { z } from 'zod';
import { CATEGORIES, type CategoryId, type RunOutcome } from '../sim';

/**
 * Speedrun records: one entry per category × seed type (the category's published seed,
 * or a random one), each stored under its own key so that one bad entry cannot take the
 * others down. The personal best's replay file sits under a key of its own as well
 * (records-storage.ts): a replay too big for storage, or corrupt, costs only the replay.
 *
 * Version 1: { version, category, seedType, pb, bestSegments }.
 */
export const RECORDS_VERSION = 1;

export const SEED_TYPES = ['set', 'random'] as const;
export type SeedType = (typeof SEED_TYPES)[number];

/** The categories a personal best can exist in (practice categories never count). */
export const RECORD_CATEGORIES = (Object.keys(CATEGORIES) as CategoryId[]).filter(
  (id) => !CATEGORIES[id].practice,
);

/** A seed is a 'set' seed when it is the category's published seed, whoever rolled it. */
export function seedTypeFor(category: CategoryId, seed: number): SeedType {
  return seed === CATEGORIES[category].defaultSeed ? 'set' : 'random';
}

const ticks = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const splitTimeSchema = z.object({
  id: z.string().min(1).max(64),
  label: z.string().max(200),
  /** In-game time at the split, in ticks since the category's start. */
  igtTicks: ticks,
});
export type SplitTime = z.infer<typeof splitTimeSchema>;

export const personalBestSchema = z.object({
  seed: z.number().int().min(0).max(0xffffffff),
  /** Final in-game time (the category's end event), in ticks. */
  igtTicks: ticks,
  realTimeMs: z.number().finite().min(0),
  /** When the run finished, ISO 8601. Also ties the stored replay to this PB. */
  date: z.iso.datetime(),
  splits: z.array(splitTimeSchema).max(1000),
});
export type PersonalBest = z.infer<typeof personalBestSchema>;

/**
 * The fastest segment seen for each segment key (see segmentKey in records-compare.ts),
 * in ticks: a segment is a split's in-game time minus the previous split's in the same run.
 */
const bestSegmentsSchema = z.record(z.string().min(1).max(140), ticks);

export const categoryRecordsSchema = z.object({
  version: z.literal(RECORDS_VERSION),
  category: z.string(),
  seedType: z.enum(SEED_TYPES),
  pb: personalBestSchema.nullable(),
  bestSegments: bestSegmentsSchema,
});
export type CategoryRecords = z.infer<typeof categoryRecordsSchema>;

export function emptyRecords(category: CategoryId, seedType: SeedType): CategoryRecords {
  return { version: RECORDS_VERSION, category, seedType, pb: null, bestSegments: {} };
}

/** Everything the game knows about a run when it ends; what the records are built from. */
export interface FinishedRun {
  readonly category: CategoryId;
  readonly seedType: SeedType;
  readonly seed: number;
  /** Practice runs (the arena, a Continue from a later chapter) never count. */
  readonly practice: boolean;
  /** The category's end event happened: the timer stopped and the time is final. */
  readonly completed: boolean;
  readonly igtTicks: number;
  readonly realTimeMs: number;
  readonly splits: readonly SplitTime[];
  /** The run's replay file text (null when no replay was recorded). */
  readonly replayText: string | null;
  readonly outcomeKind: RunOutcome['kind'];
  /** When the run finished (ISO 8601); the store stamps it when left out. */
  readonly date?: string;
}

/** A category × seed type as words, for messages and the records panel. */
export function slotName(category: CategoryId, seedType: SeedType): string {
  return `${CATEGORIES[category].title} (${seedType === 'set' ? 'set seed' : 'random seed'})`;
}
