import { CATEGORIES, isCategoryId } from '../content/categories';
import { SIM_VERSION } from '../constants';
import { decodeInputStream, MAX_REPLAY_TICKS } from './input-stream';
import {
  checkpointCount,
  MAX_REPLAY_FILE_CHARS,
  REPLAY_FILE_VERSION,
  REPLAY_FORMAT,
  replaySchema,
  type Replay,
} from './replay-format';

/**
 * The exported replay file: JSON text with a format tag and a file version ahead of
 * the replay's own fields.
 *
 *   { "format": "infinity-replay", "fileVersion": 1, "simVersion": 1,
 *     "category": "attack-wave", "seed": 2025, "seedType": "set", "start": null,
 *     "ticks": 1300, "inputs": "<base64>", "checkpointEveryTicks": 600,
 *     "checkpoints": ["<16 hex>", …], "result": { … }, "recordedAt"?: "…" }
 */
export function serializeReplay(replay: Replay): string {
  const file = {
    format: REPLAY_FORMAT,
    fileVersion: REPLAY_FILE_VERSION,
    simVersion: replay.simVersion,
    category: replay.category,
    seed: replay.seed,
    seedType: replay.seedType,
    start: replay.start,
    ticks: replay.ticks,
    checkpointEveryTicks: replay.checkpointEveryTicks,
    checkpoints: replay.checkpoints,
    result: replay.result,
    ...(replay.recordedAt === undefined ? {} : { recordedAt: replay.recordedAt }),
    inputs: replay.inputs,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParseReplayResult =
  { readonly ok: true; readonly replay: Replay } | { readonly ok: false; readonly error: string };

function fail(error: string): ParseReplayResult {
  return { ok: false, error };
}

function describeSize(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

/** One line, at most `max` characters: for quoting data and parser messages in errors. */
function shorten(raw: string, max = 120): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Reads a replay file's text. Every way a file can be wrong comes back as one clear
 * sentence; this never throws.
 */
export function parseReplayFile(text: string): ParseReplayResult {
  try {
    return parseUnchecked(text);
  } catch (error) {
    // Nothing above is expected to throw; if it does, still answer in a sentence.
    return fail(
      `the replay could not be read (${error instanceof Error ? error.message : 'unknown problem'})`,
    );
  }
}

function parseUnchecked(input: string): ParseReplayResult {
  if (typeof input !== 'string') return fail('the replay is not text');
  // Editors on some systems save a byte-order mark; it is not part of the JSON.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_REPLAY_FILE_CHARS) {
    return fail(
      `the file is too large for a replay (${describeSize(text.length)}; at most ${describeSize(MAX_REPLAY_FILE_CHARS)})`,
    );
  }
  if (text.trim() === '') return fail('the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? `: ${shorten(error.message)}` : '';
    return fail(`not a replay file: the text is not valid JSON${detail}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('not a replay file: expected a JSON object');
  }
  const raw = data as Record<string, unknown>;

  if (raw.format !== REPLAY_FORMAT) {
    return fail(
      raw.format === undefined
        ? `not an Infinity replay: the "format" tag is missing (expected "${REPLAY_FORMAT}")`
        : `not an Infinity replay: format is ${shorten(JSON.stringify(raw.format) ?? '?', 60)}, expected "${REPLAY_FORMAT}"`,
    );
  }
  const fileVersion = raw.fileVersion;
  if (typeof fileVersion !== 'number' || !Number.isInteger(fileVersion) || fileVersion < 1) {
    return fail(
      `the replay's file version is missing or invalid (${shorten(String(JSON.stringify(fileVersion)), 40)})`,
    );
  }
  if (fileVersion > REPLAY_FILE_VERSION) {
    return fail(
      `the replay was saved by a newer version of the game (file version ${fileVersion}; this build reads up to ${REPLAY_FILE_VERSION})`,
    );
  }
  const simVersion = raw.simVersion;
  if (typeof simVersion === 'number' && simVersion !== SIM_VERSION) {
    return fail(
      `the replay was recorded with game version ${simVersion}, but this build simulates game version ${SIM_VERSION}: it can only be played back and verified by a version ${simVersion} build`,
    );
  }
  if (!isCategoryId(raw.category)) {
    const known = Object.keys(CATEGORIES).join(', ');
    return fail(
      `unknown category ${shorten(String(JSON.stringify(raw.category)), 60)} (known: ${known})`,
    );
  }
  const seed = raw.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return fail(
      `bad seed ${shorten(String(JSON.stringify(seed)), 40)}: expected an integer from 0 to 4294967295`,
    );
  }
  const ticks = raw.ticks;
  if (typeof ticks === 'number' && ticks > MAX_REPLAY_TICKS) {
    return fail(
      `too many ticks: the replay claims ${ticks} (at most ${MAX_REPLAY_TICKS}, four hours of play)`,
    );
  }
  if (typeof ticks !== 'number' || !Number.isInteger(ticks) || ticks < 0) {
    return fail(
      `bad tick count ${shorten(String(JSON.stringify(ticks)), 40)}: expected a whole number`,
    );
  }

  const parsed = replaySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'replay';
    return fail(`malformed replay: ${where}: ${issue ? issue.message : 'invalid'}`);
  }
  const replay: Replay = parsed.data;

  if (replay.seedType === 'set' && replay.seed !== CATEGORIES[replay.category].defaultSeed) {
    return fail(
      `the replay claims the set seed, but seed ${replay.seed} is not ${CATEGORIES[replay.category].title}'s published seed (${CATEGORIES[replay.category].defaultSeed})`,
    );
  }
  const expectedCheckpoints = checkpointCount(replay.ticks);
  if (replay.checkpoints.length !== expectedCheckpoints) {
    return fail(
      `malformed replay: ${replay.ticks} ticks need ${expectedCheckpoints} checkpoint hashes, the file has ${replay.checkpoints.length}`,
    );
  }
  const decoded = decodeInputStream(replay.inputs);
  if (!decoded.ok) return fail(`corrupt input stream: ${decoded.error}`);
  if (decoded.stream.ticks !== replay.ticks) {
    return fail(
      `corrupt input stream: it holds ${decoded.stream.ticks} ticks, but the replay says ${replay.ticks}`,
    );
  }
  return { ok: true, replay };
}
