/**
 * Draw calls at the peak of the Attack Wave's final wave, in headless Chromium
 * (SwiftShader WebGL2, 640×360) through the test hook.
 *
 *  1. The production bundle is built (vite build) unless the last build is newer than
 *     every input. It goes to node_modules/.cache/infinity-bench/dist, not dist/: the
 *     end-to-end tests rebuild and serve dist/ and a bench run must not race them.
 *  2. `vite preview` serves it on the first free port from 4191.
 *  3. A replay that reaches wave 5 (final-wave-replay.ts) is recorded IN THE SAME
 *     CHROMIUM, on a blank page (the recorder bundled with vite's library build): Node
 *     20's V8 and Chromium's round a few Math.sin/atan2/pow/... results differently in
 *     the last bit, so a run recorded in Node drifts apart in the page within seconds.
 *     It is cached per sim source and browser version.
 *  4. The page opens `/?test`, plays the replay back through `__INFINITY__.playReplay()`,
 *     and `advance()` steps it in chunks to the tick each wave has fully arrived,
 *     checking the page's state hash against the recording at every 600-tick checkpoint.
 *  5. At each of those points a few real frames render, and the most draw calls any of
 *     them took (`__INFINITY__.renderer().drawCalls`, three's per-frame count) is kept,
 *     with the attackers alive then. drawCallsPeak is the most over all points.
 *
 * No Chromium (or no page): drawCallsPeak is null, with a note saying why.
 * Run alone: `npx tsx bench/draw-calls.ts`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error -- plain ESM helper shared with playwright.config.ts, no types needed
import { findBrowser } from '../scripts/browser-path.mjs';
import type { InfinityTestHook } from '../src/game/test-hook';
import { build } from 'vite';
import { CHECKPOINT_EVERY_TICKS, parseReplayFile, WAVES } from '../src/sim';
import type { FinalWaveReplay } from './final-wave-replay';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'infinity-bench');
const OUT_DIR = join(CACHE_DIR, 'dist');
const STAMP = join(OUT_DIR, '.bench-build-stamp');
/** What the bundle is built from. */
const BUILD_INPUTS = [
  'src',
  'public',
  'models',
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];
/** Not 4190: it is on the Fetch standard's bad-port list (ManageSieve), which Chromium refuses. */
const FIRST_PORT = 4191;
const VIEWPORT = { width: 640, height: 360 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-quic',
  '--disable-component-update',
];
/** Rendered frames read at each measuring point. */
const FRAMES_PER_POINT = 6;
/** Besides each wave's full arrival, measure the final wave this many ticks after its peak. */
const FINAL_WAVE_OFFSETS = [0, 300, 600];
/** Playback in the game gives up (keeping what it measured) after this long. */
const PLAYBACK_BUDGET_MS = 300_000;

export interface DrawCallPoint {
  wave: number;
  tick: number;
  attackersAlive: number;
  /** Draw calls of each rendered frame read there. */
  drawCalls: number[];
  triangles: number;
}

export interface DrawCallResult {
  drawCallsPeak: number | null;
  /** Attackers alive, wave and tick at the point with the most draw calls. */
  attackersAtPeak: number | null;
  waveAtPeak: number | null;
  tickAtPeak: number | null;
  points: DrawCallPoint[];
  /** The recording's own count of the most attackers alive at once. */
  replayPeak: { wave: number; tick: number; attackersAlive: number } | null;
  renderer: string | null;
  note: string | null;
  buildMs: number;
  recordMs: number;
  /**
   * First checkpoint tick at which the page's state hash differed from the recording (the
   * bundle and the recording were made from different source, or the browser's sim
   * computes differently), or null: the page ran the recorded run.
   */
  divergedAt: number | null;
  /** True when the replay came from the cache (same sim source and browser as when recorded). */
  replayCached: boolean;
  /** Wall time of the playback in the game page (load, advance, frames). */
  browserMs: number;
  /** Most draw calls in a frame during the final wave (null if it was not reached). */
  finalWaveMax: number | null;
  /**
   * Wall ms per tick of `advance()` in the page during playback: the game's whole tick
   * (sim, transform history, event listeners), not only the sim. Context, not a target.
   */
  pageMsPerTick: number | null;
  /** How the recording was flown, and what each strategy tried reached. */
  strategy: string | null;
  attempts: FinalWaveReplay['attempts'];
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The recorder (final-wave-replay.ts with the sim it drives) as one script for a page. */
async function bundleRecorder(): Promise<string> {
  const built = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      reportCompressedSize: false,
      lib: {
        entry: join(ROOT, 'bench', 'final-wave-replay.ts'),
        formats: ['iife'],
        name: '__INFINITY_BENCH__',
      },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as unknown as {
    output?: { type: string; code?: string }[];
  }[];
  for (const out of outputs) {
    for (const chunk of out.output ?? [])
      if (chunk.type === 'chunk' && chunk.code) return chunk.code;
  }
  throw new Error('the recorder bundle came out empty');
}

/**
 * The final-wave replay, recorded in `browser` once per version of the sim's source and
 * of the browser: the same code, engine and inputs give the same run, so a cached
 * recording is the same recording. (Recording steps ~14,000 ticks, ~1,300 ships at the end.)
 */
async function finalWaveReplay(
  browser: Browser,
): Promise<{ replay: FinalWaveReplay; cached: boolean }> {
  const hash = createHash('sha256');
  hash.update(`${browser.version()}\0`);
  const simDir = join(ROOT, 'src', 'sim');
  const files = readdirSync(simDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, join(ROOT, 'bench', 'final-wave-replay.ts')]) {
    hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  const path = join(CACHE_DIR, `final-wave-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(path)) {
    try {
      return { replay: JSON.parse(readFileSync(path, 'utf8')) as FinalWaveReplay, cached: true };
    } catch {
      // Unreadable: record it again.
    }
  }
  const code = await bundleRecorder();
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: code });
    const replay = (await page.evaluate(
      'window.__INFINITY_BENCH__.recordFinalWaveReplay()',
    )) as FinalWaveReplay;
    mkdirSync(CACHE_DIR, { recursive: true });
    // One recording is kept: the others were made from older source.
    for (const name of readdirSync(CACHE_DIR)) {
      if (/^final-wave-[0-9a-f]+\.json$/.test(name)) rmSync(join(CACHE_DIR, name));
    }
    writeFileSync(path, JSON.stringify(replay));
    return { replay, cached: false };
  } finally {
    await page.close();
  }
}

/** Builds the bundle unless the last bench build is newer than all its inputs. Returns ms spent. */
function ensureBundle(): number {
  const inputs = Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(ROOT, p))));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs > inputs) return 0;
  const start = performance.now();
  const startedAt = new Date();
  const built = spawnSync(
    process.execPath,
    [VITE, 'build', '--logLevel', 'warn', '--outDir', OUT_DIR, '--emptyOutDir'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) {
    throw new Error(`vite build failed:\n${(built.stderr || built.stdout || '').slice(-2000)}`);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(STAMP, startedAt.toISOString());
  // Dated to the build's start: a file saved while it ran is newer, so the next run rebuilds.
  utimesSync(STAMP, startedAt, startedAt);
  return performance.now() - start;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = FIRST_PORT; port < FIRST_PORT + 20; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${FIRST_PORT}-${FIRST_PORT + 19} for vite preview`);
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function startPreview(): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      OUT_DIR,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  let lastError = '';
  while (performance.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited: ${output.slice(-500)}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, server };
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      // Not listening yet.
      lastError = String((error as Error).cause ?? error);
    }
    await sleep(200);
  }
  server.kill();
  throw new Error(
    `vite preview did not answer on ${url} within 60 s (${lastError}): ${output.slice(-300)}`,
  );
}

interface PageTick {
  tick: number;
  hash: string;
  alive: boolean;
  outcome: string | null;
}

/**
 * Steps the page's run to `target` in chunks that end on the replay's checkpoint ticks,
 * and compares the page's state hash with the recorded one at each: the page must be
 * simulating the very run that was recorded. Returns the first tick that differed, or null.
 * (The hook's state() also hashes and lists every ship: it is called twice a chunk.)
 */
async function advanceTo(
  page: Page,
  target: number,
  checkpoints: readonly string[],
  deadline: number,
): Promise<{ tick: number; divergedAt: number | null; ticks: number; ms: number }> {
  let divergedAt: number | null = null;
  let tick = -1;
  let first = -1;
  const start = performance.now();
  for (;;) {
    if (performance.now() > deadline) throw new Error(`out of time at tick ${tick} of ${target}`);
    const now = (await page.evaluate(`(() => {
      const h = window.__INFINITY__;
      const t = h.state().tick;
      const n = Math.min(${target} - t, ${CHECKPOINT_EVERY_TICKS} - (t % ${CHECKPOINT_EVERY_TICKS}));
      if (n > 0) h.advance(n);
      const s = h.state();
      return {
        tick: s.tick,
        hash: s.hash,
        alive: s.player.alive,
        outcome: s.outcome ? s.outcome.kind + ' at tick ' + s.outcome.tick : null,
      };
    })()`)) as PageTick;
    tick = now.tick;
    if (first < 0) first = tick;
    const expected =
      tick > 0 && tick % CHECKPOINT_EVERY_TICKS === 0
        ? checkpoints[tick / CHECKPOINT_EVERY_TICKS - 1]
        : undefined;
    if (expected !== undefined && expected !== now.hash && divergedAt === null) divergedAt = tick;
    if (tick >= target || now.outcome !== null) {
      return { tick, divergedAt, ticks: tick - first, ms: performance.now() - start };
    }
  }
}

/** Lets a few real frames render and reads three's draw calls after each. */
async function readFrames(page: Page): Promise<Omit<DrawCallPoint, 'wave'> & { wave: number }> {
  // A plain string: a function would be serialised with whatever helpers tsx compiled into it.
  return (await page.evaluate(`new Promise((resolve) => {
    const h = window.__INFINITY__;
    const drawCalls = [];
    let triangles = 0;
    const onFrame = () => {
      const info = h.renderer();
      drawCalls.push(info.drawCalls);
      triangles = Math.max(triangles, info.triangles);
      if (drawCalls.length < ${FRAMES_PER_POINT}) { requestAnimationFrame(onFrame); return; }
      const s = h.state();
      resolve({ wave: s.wave, tick: s.tick, attackersAlive: s.attackersAlive, drawCalls, triangles });
    };
    requestAnimationFrame(onFrame);
  })`)) as DrawCallPoint;
}

function emptyResult(note: string): DrawCallResult {
  return {
    drawCallsPeak: null,
    attackersAtPeak: null,
    waveAtPeak: null,
    tickAtPeak: null,
    points: [],
    replayPeak: null,
    renderer: null,
    note,
    buildMs: 0,
    recordMs: 0,
    replayCached: false,
    divergedAt: null,
    browserMs: 0,
    finalWaveMax: null,
    pageMsPerTick: null,
    strategy: null,
    attempts: [],
  };
}

export async function measureDrawCalls(
  log: (line: string) => void = () => {},
): Promise<DrawCallResult> {
  let browserInfo: { path: string | undefined } | null;
  try {
    browserInfo = (findBrowser as () => { path: string | undefined } | null)();
  } catch (error) {
    return emptyResult(`no Chromium: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!browserInfo) {
    return emptyResult(
      'no Chromium found (set INFINITY_CHROMIUM, or apt-get install chromium): draw calls not measured',
    );
  }
  const result = emptyResult('');
  result.note = null;

  log('  building the bundle (if stale) ...');
  try {
    result.buildMs = ensureBundle();
  } catch (error) {
    result.note = error instanceof Error ? error.message : String(error);
    return result;
  }

  let browserStart = performance.now();
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  const pageErrors: string[] = [];
  try {
    browser = await chromium.launch({
      headless: true,
      ...(browserInfo.path ? { executablePath: browserInfo.path } : {}),
      args: CHROMIUM_ARGS,
    });

    log('  recording the final-wave replay in Chromium (unless cached) ...');
    const recordStart = performance.now();
    const { replay, cached } = await finalWaveReplay(browser);
    result.recordMs = performance.now() - recordStart;
    result.replayCached = cached;
    result.strategy = replay.strategy;
    result.attempts = replay.attempts;
    result.replayPeak = {
      wave: replay.peak.wave,
      tick: replay.peak.arrivedTick,
      attackersAlive: replay.peak.attackersAlive,
    };
    const peak = replay.peak.arrivedTick;
    const targets = [
      ...replay.waves.map((w) => w.arrivedTick),
      ...FINAL_WAVE_OFFSETS.map((offset) => peak + offset),
    ]
      .filter((tick, i, all) => all.indexOf(tick) === i && tick < replay.ticks)
      .sort((a, b) => a - b);
    const parsed = parseReplayFile(replay.text);
    if (!parsed.ok) throw new Error(`the final-wave replay does not parse: ${parsed.error}`);
    const checkpoints = parsed.replay.checkpoints;
    if (replay.peak.wave < WAVES.length) {
      result.note = `the replay never reached wave 5 (outcome: ${replay.outcome ?? 'none'}); measured up to wave ${replay.peak.wave}`;
    }

    log('  playing it back in the game ...');
    browserStart = performance.now();
    const deadline = browserStart + PLAYBACK_BUDGET_MS;
    const preview = await startPreview();
    server = preview.server;
    const stopServer = (): void => void preview.server.kill();
    process.once('exit', stopServer);
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${preview.url}/?test`);
    await page.waitForFunction('window.__INFINITY__ && window.__INFINITY__.ready === true', null, {
      timeout: 90_000,
    });
    result.renderer = (await page.evaluate('window.__INFINITY__.renderer().renderer')) as string;
    const refused = await page.evaluate(
      (text) =>
        (window as unknown as { __INFINITY__: InfinityTestHook }).__INFINITY__.playReplay(text),
      replay.text,
    );
    if (refused !== null) throw new Error(`the page refused the replay: ${refused}`);
    let advancedTicks = 0;
    let advanceMs = 0;
    for (const target of targets) {
      const reached = await advanceTo(page, target, checkpoints, deadline);
      advancedTicks += reached.ticks;
      advanceMs += reached.ms;
      if (reached.divergedAt !== null && result.divergedAt === null) {
        result.divergedAt = reached.divergedAt;
      }
      const point = await readFrames(page);
      result.points.push(point);
      log(
        `  tick ${point.tick}  wave ${point.wave}  attackers ${point.attackersAlive}  draw calls ${point.drawCalls.join(' ')}`,
      );
    }
    result.pageMsPerTick = advancedTicks > 0 ? advanceMs / advancedTicks : null;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    result.note = [result.note, `browser: ${message}`].filter(Boolean).join('; ');
  } finally {
    await browser?.close().catch(() => {});
    server?.kill();
  }
  if (result.divergedAt !== null) {
    result.note = [
      result.note,
      `the page's run diverged from the recording at tick ${result.divergedAt} (was src/sim edited between the bundle build and the recording?)`,
    ]
      .filter(Boolean)
      .join('; ');
  }
  if (pageErrors.length > 0) {
    result.note = [result.note, `page errors: ${pageErrors.slice(0, 3).join(' | ')}`]
      .filter(Boolean)
      .join('; ');
  }
  result.browserMs = performance.now() - browserStart;
  for (const point of result.points) {
    const most = Math.max(...point.drawCalls);
    if (point.wave === WAVES.length) {
      result.finalWaveMax = Math.max(result.finalWaveMax ?? 0, most);
    }
    if (result.drawCallsPeak === null || most > result.drawCallsPeak) {
      result.drawCallsPeak = most;
      result.attackersAtPeak = point.attackersAlive;
      result.waveAtPeak = point.wave;
      result.tickAtPeak = point.tick;
    }
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await measureDrawCalls((line) => console.log(line));
  console.log(JSON.stringify(result));
}
