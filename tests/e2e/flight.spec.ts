import { expect, test } from '@playwright/test';
import { distinctColours, hook, openGame, screen, waitForTick, watchForProblems } from './harness';

test('boots with a WebGL2 context and renders a game scene, not a blank page', async ({ page }) => {
  const problems = watchForProblems(page);
  await openGame(page);
  const renderer = await hook(page, (h) => h.renderer());
  expect(renderer.webgl2).toBe(true);
  expect(renderer.drawCalls).toBeGreaterThan(5);
  expect(await screen(page)).toBe('title');
  await expect(page.getByRole('heading', { name: 'INFINITY' })).toBeVisible();

  await hook(page, (h) => h.start({ seed: 7 }));
  expect(await screen(page)).toBe('playing');
  await waitForTick(page, 30);
  const shot = await page.screenshot();
  expect(distinctColours(shot)).toBeGreaterThan(2000);
  expect(problems.errors).toEqual([]);
});

test('holding W with real key presses raises the ship speed', async ({ page }) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await hook(page, (h) => h.start({ seed: 3 }));
  await waitForTick(page, 5);
  const before = await hook(page, (h) => h.state());
  expect(before.player.speed).toBeLessThan(1);

  // Hold W for at least ~1 s of game time (30+ ticks): software rendering can be slow, so
  // wait on the sim's own clock rather than a fixed wall time.
  await page.keyboard.down('KeyW');
  await page.waitForTimeout(1000);
  await expect
    .poll(() => hook(page, (h) => h.state().tick), { timeout: 60_000 })
    .toBeGreaterThan(before.tick + 30);
  await page.keyboard.up('KeyW');

  const after = await hook(page, (h) => h.state());
  expect(after.tick).toBeGreaterThan(before.tick);
  expect(after.player.speed).toBeGreaterThan(10);
  // The ship flies nose-first: it moved along -Z from the spawn point.
  expect(after.player.position[2]).toBeLessThan(before.player.position[2] - 1);
  await expect(page.getByTestId('hud-speed')).not.toHaveText('0');
  expect(problems.errors).toEqual([]);
});

test('Esc pauses the run (the clock stops) and Esc resumes it', async ({ page }) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await hook(page, (h) => h.start({ seed: 4 }));
  await waitForTick(page, 10);

  await page.keyboard.press('Escape');
  await expect.poll(() => screen(page)).toBe('paused');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  const pausedAt = await hook(page, (h) => h.state().tick);
  await page.waitForTimeout(800);
  expect(await hook(page, (h) => h.state().tick)).toBe(pausedAt);

  await page.keyboard.press('Escape');
  await expect.poll(() => screen(page)).toBe('playing');
  await waitForTick(page, pausedAt);
  expect(problems.errors).toEqual([]);
});

test('a hidden tab pauses the run', async ({ page }) => {
  await openGame(page);
  await hook(page, (h) => h.start({ seed: 4 }));
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(() => screen(page)).toBe('paused');
});

test('advance() steps the sim deterministically without waiting for frames', async ({ page }) => {
  await openGame(page);
  // start() and advance() in one evaluate: no rendered frame can tick in between.
  const run = () =>
    hook(page, (h) => {
      h.start({ seed: 12 });
      h.input({ throttle: 1, yaw: 0.5 });
      h.advance(120);
      h.input(null);
      const s = h.state();
      return { tick: s.tick, speed: s.player.speed, hash: s.hash };
    });
  const first = await run();
  expect(first.tick).toBe(120);
  expect(first.speed).toBeGreaterThan(100);
  // The same seed and inputs in a fresh run land on the same hash.
  const second = await run();
  expect(second).toEqual(first);
});

test('sound starts on the first user gesture, not before', async ({ page }) => {
  const problems = watchForProblems(page);
  await openGame(page);
  expect((await hook(page, (h) => h.audio())).started).toBe(false);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => hook(page, (h) => h.audio().started)).toBe(true);
  await expect
    .poll(() => hook(page, (h) => h.audio().loadedSounds), { timeout: 30_000 })
    .toBeGreaterThan(10);
  expect(problems.errors).toEqual([]);
});
