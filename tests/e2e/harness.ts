import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type ConsoleMessage, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { InfinityTestHook } from '../../src/game/test-hook';

/** R3F 9.8 with three 0.187 logs this deprecation; it is the one line we tolerate. */
const TOLERATED = [/THREE\.Clock: This module has been deprecated/];

export interface PageProblems {
  readonly errors: string[];
}

/** Collects uncaught page errors and console errors for a final no-errors check. */
export function watchForProblems(page: Page): PageProblems {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (TOLERATED.some((pattern) => pattern.test(text))) return;
    if (message.type() === 'error') errors.push(`console.error: ${text}`);
  });
  return { errors };
}

export async function openGame(page: Page, query = '?test'): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => window.__INFINITY__?.ready === true, null, { timeout: 60_000 });
}

/** Runs a function against the test hook inside the page. */
export function hook<T>(page: Page, fn: (hook: InfinityTestHook) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__INFINITY__)`) as Promise<T>;
}

export async function screen(page: Page): Promise<string> {
  return hook(page, (h) => h.screen());
}

/** Counts distinct colours in a screenshot: a blank or failed render has a handful. */
export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const seen = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) {
    seen.add((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!);
  }
  return seen.size;
}

/** Waits until the sim has advanced past `tick` on its own (real frames). */
export async function waitForTick(page: Page, tick: number): Promise<void> {
  await expect
    .poll(() => hook(page, (h) => h.state().tick), { timeout: 60_000 })
    .toBeGreaterThan(tick);
}

const execFileAsync = promisify(execFile);

/**
 * Writes a replay exported by the browser to a file and runs `npm run verify`'s script on
 * it in Node: the run recorded by Chromium's engine is re-simulated by Node's. Returns
 * the verifier's output (stdout, plus stderr when it exits non-zero).
 */
export async function verifyInNode(replayText: string, name: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'infinity-replay-'));
  const file = join(dir, `${name}.replay.json`);
  writeFileSync(file, replayText);
  const result = await execFileAsync('npx', ['tsx', 'scripts/verify.ts', file], {
    timeout: 240_000,
  }).catch((error: { stdout?: string; stderr?: string }) => ({
    stdout: `${error.stdout ?? ''}\n${error.stderr ?? ''}`,
  }));
  return result.stdout;
}
