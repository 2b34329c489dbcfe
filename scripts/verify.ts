/**
 * npm run verify -- <replay-file>
 *
 * Re-simulates a replay headless and checks every state-hash checkpoint and the
 * recorded result. Prints a short report, then "verified" (exit 0) or
 * "NOT verified: …" (exit 1). A file that cannot be read or is not a valid replay
 * exits 2 with a one-line reason. Never prints a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  CATEGORIES,
  MAX_REPLAY_FILE_CHARS,
  parseReplayFile,
  timeVerification,
  type Replay,
  type TimedVerification,
} from '../src/sim';
import { formatTicks } from '../src/hud/format-time';

const EXIT_VERIFIED = 0;
const EXIT_NOT_VERIFIED = 1;
const EXIT_BAD_INPUT = 2;

class CliError extends Error {}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

function describeFsError(path: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `no such file: ${path}`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${path}: permission denied`;
    case 'EISDIR':
      return `${path} is a directory, not a replay file`;
    default:
      return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Reads the replay file's text, or throws a CliError with a one-line reason. */
function readReplayText(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path} is a directory, not a replay file`);
    if (!stat.isFile()) throw new CliError(`${path} is not a regular file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(path, error));
  }
  if (size > MAX_REPLAY_FILE_CHARS) {
    const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    throw new CliError(
      `${path} is too large for a replay (${mb(size)}; at most ${mb(MAX_REPLAY_FILE_CHARS)})`,
    );
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(describeFsError(path, error));
  }
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function printReport(path: string, replay: Replay, timed: TimedVerification): void {
  const category = CATEGORIES[replay.category];
  const result = timed.result;
  const summary = result.verified || result.reason === 'result-mismatch' ? result.summary : null;
  const lines: string[] = [];
  lines.push(`Replay        ${path}`);
  lines.push(`Category      ${category.title} (${replay.category})`);
  lines.push(
    `Seed          ${replay.seed} (${replay.seedType === 'set' ? 'set seed' : 'random seed'})`,
  );
  lines.push(`Game version  ${replay.simVersion}`);
  if (replay.start) lines.push(`Started at    chapter ${replay.start.chapter} (continued run)`);
  lines.push(`Ticks         ${replay.ticks} (${formatTicks(replay.ticks)} of play)`);
  const igt = summary ? summary.igtTicks : replay.result.igtTicks;
  const outcome = summary ? summary.outcome : replay.result.outcome;
  lines.push(`In-game time  ${formatTicks(igt)}${summary ? '' : ' (as recorded)'}`);
  lines.push(
    `Outcome       ${outcome ? `${outcome.kind} at tick ${outcome.tick}` : 'none (unfinished)'}`,
  );
  const splits = summary ? summary.splits : replay.result.splits;
  if (splits.length > 0) {
    lines.push('Splits');
    const width = Math.max(...splits.map((s) => s.label.length));
    for (const s of splits) lines.push(`  ${pad(s.label, width)}  ${formatTicks(s.igtTicks)}`);
  }
  const checkpoints = replay.checkpoints.length;
  lines.push(`Checkpoints   ${checkpoints} (every ${replay.checkpointEveryTicks} ticks)`);
  lines.push(
    `Simulated in  ${(timed.wallMs / 1000).toFixed(2)} s (${timed.speed.toFixed(1)}x real time)`,
  );
  console.log(lines.join('\n'));
}

function main(args: readonly string[]): number {
  const files = args.filter((a) => a !== '--');
  if (files.length === 0 || files[0] === '--help' || files[0] === '-h') {
    throw new CliError('usage: npm run verify -- <replay-file>');
  }
  if (files.length > 1) throw new CliError('give one replay file at a time');
  const path = files[0]!;
  const parsed = parseReplayFile(readReplayText(path));
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.error}`);
  const replay = parsed.replay;
  // Long replays take a while: show progress where a person is watching.
  const showProgress = process.stderr.isTTY === true;
  const timed = timeVerification(replay, () => performance.now(), {
    onProgress: showProgress
      ? (tick, total) => process.stderr.write(`\rsimulating… ${Math.floor((tick * 100) / total)}%`)
      : undefined,
  });
  if (showProgress) process.stderr.write('\r\x1b[K');
  const result = timed.result;
  if (!result.verified && result.reason === 'invalid') {
    throw new CliError(`${path}: ${result.message}`);
  }
  printReport(path, replay, timed);
  if (result.verified) {
    console.log('verified');
    return EXIT_VERIFIED;
  }
  console.log(`NOT verified: ${result.message}`);
  return EXIT_NOT_VERIFIED;
}

function reportFailure(error: unknown): number {
  const message =
    error instanceof CliError
      ? error.message
      : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`verify: ${message}`);
  return EXIT_BAD_INPUT;
}

process.on('uncaughtException', (error) => {
  process.exitCode = reportFailure(error);
  process.exit();
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportFailure(error);
}
