import { z } from 'zod';
import { CATEGORIES, type CategoryId } from '../content/categories';
import type {
  ChapterCarry,
  ChapterName,
  CreateSimOptions,
  RunOutcome,
  SplitRecord,
} from '../state';
import { MAX_REPLAY_TICKS } from './input-stream';

/**
 * What a replay is: everything needed to re-simulate a run and check it.
 *
 * A run is `createSim(replaySimOptions(replay))` followed by one `stepSim` per frame of
 * the input stream. Tick numbers in a replay count those stepSim calls ("after N ticks
 * stepped"), not `sim.tick`: skipping a scene jumps `sim.tick` ahead in a single step.
 */
export interface Replay {
  /** SIM_VERSION of the build that recorded it: the rules it was played under. */
  readonly simVersion: number;
  readonly category: CategoryId;
  /** The seed as the sim uses it (an unsigned 32-bit integer). */
  readonly seed: number;
  /** 'set': the category's published seed; 'random': rolled for this run. */
  readonly seedType: SeedType;
  /** A run that began later in the campaign (Continue), with what it carried; else null. */
  readonly start: ReplayStart | null;
  /** Ticks stepped: the number of frames in the input stream. */
  readonly ticks: number;
  /** The per-tick InputFrame stream, encoded by input-stream.ts. */
  readonly inputs: string;
  readonly checkpointEveryTicks: typeof CHECKPOINT_EVERY_TICKS;
  /**
   * hashSim of the state after (i + 1) × checkpointEveryTicks ticks stepped:
   * checkpoints[0] after 600, checkpoints[1] after 1,200, … (one per whole interval).
   */
  readonly checkpoints: readonly string[];
  readonly result: ReplayResult;
  /** When the run was recorded (ISO 8601), if the recorder was told; display only. */
  readonly recordedAt?: string;
}

export type SeedType = 'set' | 'random';

export interface ReplayStart {
  readonly chapter: ChapterName;
  readonly carry: ChapterCarry | null;
}

/** How the recorded run ended, as the sim saw it after the last tick. */
export interface ReplayResult {
  readonly igtTicks: number;
  readonly outcome: RunOutcome | null;
  /** `sim.tick` after the last step. */
  readonly finalTick: number;
  readonly splits: readonly SplitRecord[];
  /** hashSim after the last tick. */
  readonly finalHash: string;
}

export const CHECKPOINT_EVERY_TICKS = 600;
export const REPLAY_FORMAT = 'infinity-replay';
/** Bumped when the file layout changes; older files stay readable where possible. */
export const REPLAY_FILE_VERSION = 1;
/** The largest replay file accepted, in characters (the text is ASCII, so also bytes). */
export const MAX_REPLAY_FILE_CHARS = 8 * 1024 * 1024;

/** The CreateSimOptions that start a replay's run. */
export function replaySimOptions(replay: Replay): CreateSimOptions {
  return replay.start
    ? { seed: replay.seed, category: replay.category, start: replay.start }
    : { seed: replay.seed, category: replay.category };
}

/** How many checkpoints a stream of `ticks` ticks carries. */
export function checkpointCount(ticks: number): number {
  return Math.floor(ticks / CHECKPOINT_EVERY_TICKS);
}

const hashSchema = z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-digit hex state hash');
const tickCount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const carrySchema = z.object({
  credits: z.number().finite(),
  hull: z.number().finite(),
  crew: z
    .array(z.object({ name: z.string().max(40), health: z.number().finite(), alive: z.boolean() }))
    .max(16),
  grudgeList: z.array(z.string().max(64)).max(5000),
  upgrades: z.partialRecord(
    z.enum(['shields', 'phasers', 'torpedoes', 'engines', 'repair']),
    z.number().int().min(0).max(100),
  ),
});

const categoryIds = Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]];

/**
 * The replay as it sits in a file, after the format tag and version have been checked
 * (replay-file.ts checks those first so that their errors read clearly).
 */
export const replaySchema = z.object({
  simVersion: z.number().int().min(0),
  category: z.enum(categoryIds),
  seed: z.number().int().min(0).max(0xffffffff),
  seedType: z.enum(['set', 'random']),
  start: z
    .object({
      chapter: z.enum(['piracy', 'party', 'heart', 'arena']),
      carry: carrySchema.nullable(),
    })
    .nullable()
    .default(null),
  ticks: z.number().int().min(0).max(MAX_REPLAY_TICKS),
  inputs: z.string(),
  checkpointEveryTicks: z.literal(CHECKPOINT_EVERY_TICKS),
  checkpoints: z.array(hashSchema).max(checkpointCount(MAX_REPLAY_TICKS)),
  result: z.object({
    igtTicks: tickCount,
    outcome: z
      .object({
        kind: z.enum(['destroyed', 'arena-cleared', 'chapter-complete', 'run-complete']),
        tick: tickCount,
      })
      .nullable(),
    finalTick: tickCount,
    splits: z
      .array(z.object({ id: z.string().max(64), label: z.string().max(200), igtTicks: tickCount }))
      .max(1000),
    finalHash: hashSchema,
  }),
  recordedAt: z.string().max(64).optional(),
});

// The schema and the interface describe the same thing.
type SchemaOutput = z.infer<typeof replaySchema>;
const _schemaMatchesInterface: (parsed: SchemaOutput) => Replay = (parsed) => parsed;
void _schemaMatchesInterface;
