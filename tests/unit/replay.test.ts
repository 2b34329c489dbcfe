import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_BUTTONS,
  AXIS_MAX,
  Button,
  CATEGORIES,
  CHECKPOINT_EVERY_TICKS,
  EMPTY_INPUT,
  InputCursor,
  InputStreamEncoder,
  MAX_REPLAY_FILE_CHARS,
  MAX_REPLAY_TICKS,
  REPLAY_FILE_VERSION,
  ReplayPlayer,
  ReplayRecorder,
  SIM_VERSION,
  createSim,
  decodeInputStream,
  drainEvents,
  encodeInputFrames,
  hashSim,
  inputFrames,
  parseReplayFile,
  quantizeAxis,
  serializeReplay,
  stepSim,
  timeVerification,
  verifyReplay,
  type CategoryId,
  type InputFrame,
  type Replay,
} from '../../src/sim';
import { scriptedInput } from './scripted-input';

/** A small deterministic generator for test data (tests may not share the sim's RNG). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

function randomFrame(next: () => number): InputFrame {
  const axis = (): number => Math.floor(next() * (2 * AXIS_MAX + 1)) - AXIS_MAX;
  return {
    throttle: axis(),
    pitch: axis(),
    yaw: axis(),
    roll: axis(),
    strafe: axis(),
    buttons: Math.floor(next() * (ALL_BUTTONS + 1)),
    ability: Math.floor(next() * 6),
    purchase: Math.floor(next() * 6),
  };
}

function decodeFrames(text: string): InputFrame[] {
  const decoded = decodeInputStream(text);
  if (!decoded.ok) throw new Error(decoded.error);
  return inputFrames(decoded.stream);
}

/** Records a run the way the game does: step, then record the same frame. */
function recordRun(
  category: CategoryId,
  ticks: number,
  input: (tick: number) => InputFrame,
): Replay {
  const options = { seed: CATEGORIES[category].defaultSeed, category };
  const sim = createSim(options);
  const recorder = new ReplayRecorder({ ...options, seedType: 'set' });
  for (let t = 0; t < ticks; t++) {
    const frame = input(t);
    stepSim(sim, frame);
    recorder.record(frame, sim);
    drainEvents(sim);
  }
  return recorder.finish(sim);
}

/** Gentle flying that keeps the Callister alive past tick 700 in the attack wave. */
function calmInput(tick: number): InputFrame {
  return {
    ...EMPTY_INPUT,
    pitch: quantizeAxis(Math.sin(tick / 53) * 0.3),
    yaw: quantizeAxis(Math.cos(tick / 71) * 0.3),
    buttons: tick % 240 === 100 ? Button.TargetAhead : 0,
  };
}

function withInputs(replay: Replay, frames: readonly InputFrame[]): Replay {
  return { ...replay, inputs: encodeInputFrames(frames) };
}

function fileWith(replay: Replay, patch: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeReplay(replay)) as Record<string, unknown>;
  patch(file);
  return JSON.stringify(file);
}

function parseError(text: string): string {
  const parsed = parseReplayFile(text);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.error;
}

describe('input stream', () => {
  it('round-trips random frames, extreme values included', () => {
    const next = lcg(7);
    const frames: InputFrame[] = [];
    for (let i = 0; i < 2000; i++) {
      // Mix repeats in so that runs of every length appear.
      const repeat = next() < 0.3 ? 1 + Math.floor(next() * 200) : 1;
      const frame = randomFrame(next);
      for (let r = 0; r < repeat; r++) frames.push(frame);
    }
    const extremes: InputFrame[] = [
      {
        throttle: 127,
        pitch: -127,
        yaw: 127,
        roll: -127,
        strafe: 127,
        buttons: 255,
        ability: 5,
        purchase: 5,
      },
      {
        throttle: -127,
        pitch: 127,
        yaw: -127,
        roll: 127,
        strafe: -127,
        buttons: 0,
        ability: 0,
        purchase: 0,
      },
      { ...EMPTY_INPUT, pitch: -1 },
      { ...EMPTY_INPUT, buttons: Button.Skip },
    ];
    frames.push(...extremes, ...extremes);
    expect(decodeFrames(encodeInputFrames(frames))).toEqual(frames);
  });

  it('round-trips the scripted flight and an empty stream', () => {
    const frames = Array.from({ length: 3000 }, (_, t) => scriptedInput(t));
    // quantizeAxis can give -0; the stream stores integers, so it comes back as 0.
    const canonical = frames.map((f) => ({
      ...f,
      throttle: f.throttle + 0,
      pitch: f.pitch + 0,
      yaw: f.yaw + 0,
      roll: f.roll + 0,
      strafe: f.strafe + 0,
    }));
    expect(decodeFrames(encodeInputFrames(frames))).toEqual(canonical);
    expect(encodeInputFrames([])).toBe('');
    expect(decodeFrames('')).toEqual([]);
  });

  it('stores an hour of held input in a few bytes per run', () => {
    const encoder = new InputStreamEncoder();
    const hour = 216_000;
    const held = { ...EMPTY_INPUT, throttle: 127, buttons: Button.Boost };
    for (let t = 0; t < hour; t++) encoder.push(t === 100_000 ? { ...held, yaw: 5 } : held);
    const text = encoder.encode();
    expect(text.length).toBeLessThan(40);
    const decoded = decodeInputStream(text);
    expect(decoded.ok && decoded.stream.ticks).toBe(hour);
    expect(decoded.ok && decoded.stream.runs).toBe(3);
  });

  it('handles an hour of input that changes every tick, well under the file cap', () => {
    const next = lcg(99);
    const encoder = new InputStreamEncoder();
    const hour = 216_000;
    for (let t = 0; t < hour; t++) encoder.push(randomFrame(next));
    const text = encoder.encode();
    expect(text.length).toBeLessThan(MAX_REPLAY_FILE_CHARS / 2);
    const decoded = decodeInputStream(text);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.stream.ticks).toBe(hour);
    // Same frames back, in order: compare against a regenerated sequence.
    const again = lcg(99);
    const cursor = new InputCursor(decoded.stream);
    for (let t = 0; t < hour; t++) {
      const expected = randomFrame(again);
      const got = cursor.next();
      if (!got || got.yaw !== expected.yaw || got.buttons !== expected.buttons) {
        throw new Error(`tick ${t} differs`);
      }
    }
    expect(cursor.next()).toBeNull();
    expect(cursor.done).toBe(true);
  });

  it('the cursor rewrites one frame object in place', () => {
    const decoded = decodeInputStream(encodeInputFrames([scriptedInput(0), scriptedInput(1)]));
    if (!decoded.ok) throw new Error(decoded.error);
    const cursor = new InputCursor(decoded.stream);
    const first = cursor.next();
    const second = cursor.next();
    expect(second).toBe(first);
  });

  it('encoding keeps recording after a snapshot', () => {
    const encoder = new InputStreamEncoder();
    const frames = Array.from({ length: 50 }, (_, t) => scriptedInput(t));
    for (const f of frames.slice(0, 20)) encoder.push(f);
    expect(decodeFrames(encoder.encode())).toEqual(frames.slice(0, 20));
    for (const f of frames.slice(20)) encoder.push(f);
    expect(decodeFrames(encoder.encode())).toEqual(frames);
  });

  it('refuses to record a frame outside the InputFrame ranges', () => {
    const encoder = new InputStreamEncoder();
    expect(() => encoder.push({ ...EMPTY_INPUT, pitch: 128 })).toThrow(/pitch.*-127\.\.127/);
    expect(() => encoder.push({ ...EMPTY_INPUT, yaw: 0.5 })).toThrow(RangeError);
    expect(() => encoder.push({ ...EMPTY_INPUT, ability: 6 })).toThrow(/ability/);
    expect(() => encoder.push({ ...EMPTY_INPUT, buttons: ALL_BUTTONS + 1 })).toThrow(/buttons/);
  });

  it('reports corrupt streams as messages', () => {
    const good = encodeInputFrames(Array.from({ length: 30 }, (_, t) => scriptedInput(t)));
    const bad = (text: string): string => {
      const decoded = decodeInputStream(text);
      expect(decoded.ok).toBe(false);
      return decoded.ok ? '' : decoded.error;
    };
    expect(bad(good.slice(0, -1))).toMatch(/truncated/);
    expect(bad(`${good.slice(0, -4)}!!!!`)).toMatch(/invalid character "!"/);
    // A run announcing a pitch with no byte left for it.
    expect(bad(btoa(String.fromCharCode(0b10, 0)))).toMatch(/ends inside run 1/);
    // An axis of -128.
    expect(bad(btoa(String.fromCharCode(0b10, 0, 0x80)))).toMatch(/pitch -128 is outside/);
    // Ability 9.
    expect(bad(btoa(String.fromCharCode(0b1000000, 0, 9)))).toMatch(/ability 9 is outside 0\.\.5/);
    // A run of 2^28 ticks.
    expect(bad(btoa(String.fromCharCode(0, 0xff, 0xff, 0xff, 0x7f)))).toMatch(/more than/);
    // A varint that never ends.
    expect(bad(btoa(String.fromCharCode(0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)))).toMatch(
      /overlong/,
    );
  });
});

describe('replay files', () => {
  let arena: Replay;
  beforeAll(() => {
    arena = recordRun('arena', 400, scriptedInput);
  });

  it('a recorded arena run verifies', () => {
    expect(arena.ticks).toBe(400);
    expect(arena.checkpoints).toHaveLength(0);
    expect(arena.seed).toBe(451);
    expect(arena.simVersion).toBe(SIM_VERSION);
    const result = verifyReplay(arena);
    expect(result.verified).toBe(true);
    if (!result.verified) return;
    expect(result.summary.igtTicks).toBe(arena.result.igtTicks);
    expect(result.summary.finalHash).toBe(arena.result.finalHash);
  });

  it('round-trips through the file text', () => {
    const text = serializeReplay({ ...arena, recordedAt: '2025-01-02T03:04:05.000Z' });
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file.format).toBe('infinity-replay');
    expect(file.fileVersion).toBe(REPLAY_FILE_VERSION);
    const parsed = parseReplayFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.replay).toEqual({ ...arena, recordedAt: '2025-01-02T03:04:05.000Z' });
    expect(verifyReplay(parsed.replay).verified).toBe(true);
  });

  it('keeps a continued run’s starting chapter and carry', () => {
    const start = {
      chapter: 'party' as const,
      carry: {
        credits: 1200,
        hull: 80,
        crew: [{ name: 'Nate', health: 50, alive: true }],
        grudgeList: ['xX_N0vaSlayer_Xx'],
        upgrades: { shields: 2 },
      },
    };
    const options = { seed: 77, category: 'any' as const, start };
    const sim = createSim(options);
    const recorder = new ReplayRecorder({ ...options, seedType: 'random' });
    for (let t = 0; t < 30; t++) {
      stepSim(sim, scriptedInput(t));
      recorder.record(scriptedInput(t), sim);
    }
    const parsed = parseReplayFile(serializeReplay(recorder.finish(sim)));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.replay.start).toEqual(start);
    expect(verifyReplay(parsed.replay).verified).toBe(true);
  });

  it('rejects malformed files with clear messages', () => {
    expect(parseError('')).toMatch(/empty/);
    expect(parseError('garbage{')).toMatch(/^not a replay file: the text is not valid JSON/);
    expect(parseError('[1,2]')).toMatch(/expected a JSON object/);
    expect(parseError(serializeReplay(arena).slice(0, 500))).toMatch(/not valid JSON/);
    expect(parseError(fileWith(arena, (f) => (f.format = 'other-game')))).toMatch(
      /not an Infinity replay: format is "other-game"/,
    );
    expect(parseError(fileWith(arena, (f) => delete f.format))).toMatch(/"format" tag is missing/);
    expect(parseError(fileWith(arena, (f) => (f.fileVersion = 2)))).toMatch(
      /newer version of the game \(file version 2; this build reads up to 1\)/,
    );
    expect(parseError(fileWith(arena, (f) => (f.category = 'chapter-4')))).toMatch(
      /unknown category "chapter-4" \(known: any, attack-wave, heart, arena\)/,
    );
    expect(parseError(fileWith(arena, (f) => (f.seed = -3)))).toMatch(/bad seed -3/);
    expect(parseError(fileWith(arena, (f) => (f.seed = 'abc')))).toMatch(/bad seed "abc"/);
    expect(parseError(fileWith(arena, (f) => (f.seed = 452)))).toMatch(
      /claims the set seed, but seed 452 is not Combat arena's published seed \(451\)/,
    );
    expect(parseError(fileWith(arena, (f) => (f.ticks = 1e12)))).toMatch(/too many ticks/);
    expect(parseError(fileWith(arena, (f) => (f.ticks = MAX_REPLAY_TICKS + 1)))).toMatch(
      /too many ticks/,
    );
    expect(parseError(fileWith(arena, (f) => (f.ticks = 401)))).toMatch(
      /corrupt input stream: it holds 400 ticks, but the replay says 401/,
    );
    expect(
      parseError(fileWith(arena, (f) => (f.inputs = (f.inputs as string).slice(0, -3)))),
    ).toMatch(/^corrupt input stream: base64 text is truncated/);
    expect(parseError(fileWith(arena, (f) => (f.inputs = 'AAAA####')))).toMatch(
      /^corrupt input stream: base64 text has an invalid character/,
    );
    expect(parseError(fileWith(arena, (f) => (f.checkpoints = ['0123456789abcdef'])))).toMatch(
      /need 0 checkpoint hashes, the file has 1/,
    );
    expect(parseError(fileWith(arena, (f) => (f.result = 'fast')))).toMatch(
      /^malformed replay: result: /,
    );
    expect(parseError('x'.repeat(MAX_REPLAY_FILE_CHARS + 1))).toMatch(/too large for a replay/);
  });

  it('rejects a replay from another game version, naming both versions', () => {
    const error = parseError(fileWith(arena, (f) => (f.simVersion = SIM_VERSION + 1)));
    expect(error).toContain(`game version ${SIM_VERSION + 1}`);
    expect(error).toContain(`this build simulates game version ${SIM_VERSION}`);
    const result = verifyReplay({ ...arena, simVersion: SIM_VERSION + 1 });
    expect(result.verified).toBe(false);
    expect(!result.verified && result.reason).toBe('invalid');
  });

  it('a tampered result fails even when every hash matches', () => {
    const result = verifyReplay({
      ...arena,
      result: { ...arena.result, igtTicks: arena.result.igtTicks - 60 },
    });
    expect(result.verified).toBe(false);
    if (result.verified) return;
    expect(result.reason).toBe('result-mismatch');
    expect(result.message).toMatch(/in-game time/);
  });

  it('a corrupt stream given straight to the verifier is an error result, not a throw', () => {
    const result = verifyReplay({ ...arena, inputs: '@@@@' });
    expect(!result.verified && result.reason).toBe('invalid');
  });

  it('the player feeds the recorded frames back, reaching the same state', () => {
    const created = ReplayPlayer.create(arena);
    if (!created.ok) throw new Error(created.error);
    const player = created.player;
    const sim = createSim(player.simOptions);
    while (!player.done) stepSim(sim, player.next());
    expect(player.tick).toBe(arena.ticks);
    expect(player.next()).toEqual(EMPTY_INPUT);
    expect(hashSim(sim)).toBe(arena.result.finalHash);
    expect(player.expectedHash(arena.ticks)).toBe(arena.result.finalHash);
    expect(player.expectedHash(17)).toBeNull();
  });
});

describe('attack-wave replay with checkpoints', () => {
  const TICKS = 1300;
  let replay: Replay;
  beforeAll(() => {
    replay = recordRun('attack-wave', TICKS, calmInput);
  });

  it('records a checkpoint hash after every 600 ticks stepped', () => {
    expect(replay.ticks).toBe(TICKS);
    expect(replay.checkpointEveryTicks).toBe(CHECKPOINT_EVERY_TICKS);
    expect(replay.checkpoints).toHaveLength(2);
    // The first checkpoint is the state after exactly 600 ticks.
    const sim = createSim({ seed: 2025, category: 'attack-wave' });
    for (let t = 0; t < 600; t++) stepSim(sim, calmInput(t));
    expect(hashSim(sim)).toBe(replay.checkpoints[0]);
  });

  it('verifies, checking both checkpoints and reporting progress', () => {
    const progress: number[] = [];
    const parsed = parseReplayFile(serializeReplay(replay));
    if (!parsed.ok) throw new Error(parsed.error);
    const timed = timeVerification(parsed.replay, () => performance.now(), {
      onProgress: (tick, total) => {
        expect(total).toBe(TICKS);
        progress.push(tick);
      },
    });
    expect(timed.result.verified).toBe(true);
    if (!timed.result.verified) return;
    expect(timed.result.summary.checkpointsChecked).toBe(2);
    expect(timed.result.summary.category).toBe('attack-wave');
    expect(timed.result.summary.igtTicks).toBe(replay.result.igtTicks);
    expect(progress).toEqual([600, 1200, 1300]);
    expect(timed.speed).toBeGreaterThan(0);
  });

  it('one changed tick (fire pressed at tick 700) fails at checkpoint 1,200', () => {
    const decoded = decodeInputStream(replay.inputs);
    if (!decoded.ok) throw new Error(decoded.error);
    const frames = inputFrames(decoded.stream);
    frames[700] = { ...frames[700]!, buttons: frames[700]!.buttons | Button.Fire };
    const result = verifyReplay(withInputs(replay, frames));
    expect(result.verified).toBe(false);
    if (result.verified || result.reason !== 'diverged') throw new Error('expected divergence');
    expect(result.tick).toBe(1200);
    expect(result.final).toBe(false);
    expect(result.checkpointsChecked).toBe(1);
    expect(result.expected).toBe(replay.checkpoints[1]);
    expect(result.actual).not.toBe(result.expected);
    expect(result.message).toMatch(/^diverged at checkpoint tick 1200 \(expected state hash/);
  });
});

describe('npm run verify (CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'infinity-verify-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  interface CliRun {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
  }

  /** Runs the CLI as `npx tsx scripts/verify.ts …` from the repository root. */
  function runCli(...args: string[]): Promise<CliRun> {
    return new Promise((resolve) => {
      const child = spawn('npx', ['tsx', 'scripts/verify.ts', ...args], {
        cwd: join(import.meta.dirname, '../..'),
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }

  it('verifies a valid replay file and prints the report', async () => {
    const path = join(dir, 'arena.replay.json');
    writeFileSync(path, serializeReplay(recordRun('arena', 300, scriptedInput)));
    const { status, stdout } = await runCli(path);
    expect(status).toBe(0);
    expect(stdout).toContain('Combat arena');
    expect(stdout).toContain('451 (set seed)');
    expect(stdout).toMatch(/In-game time\s+0:05\.000/);
    expect(stdout).toMatch(/x real time/);
    expect(stdout.trim().split('\n').at(-1)).toBe('verified');
  });

  it('rejects garbage, a missing file and a missing argument with exit 2 and one line', async () => {
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '\u0000\u0001not a replay at all');
    const cases = [
      [[garbage], /verify: .*: not a replay file: the text is not valid JSON/],
      [[join(dir, 'missing.json')], /verify: no such file/],
      [[dir], /verify: .* is a directory, not a replay file/],
      [[], /verify: usage: npm run verify -- <replay-file>/],
    ] as const;
    // In parallel: each run pays a few seconds of npx and tsx start-up.
    const runs = await Promise.all(cases.map(([args]) => runCli(...args)));
    runs.forEach(({ status, stdout, stderr }, i) => {
      expect(status).toBe(2);
      expect(stderr).toMatch(cases[i]![1]);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).toBe('');
    });
  });
});
