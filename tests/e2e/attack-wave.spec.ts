import { expect, test } from '@playwright/test';
import { hook, openGame, screen, verifyInNode, watchForProblems } from './harness';

test('Attack Wave from the category select: the autopilot survives, the results show time and splits, and the replay verifies', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const problems = watchForProblems(page);
  await openGame(page);

  // Title → New run → Attack Wave (set seed), all with the keyboard.
  await page.keyboard.press('Enter');
  const setSeed = page.locator('[data-menu-item="run-attack-wave-set"]');
  await expect(setSeed).toBeVisible();
  await setSeed.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => screen(page)).toBe('playing');
  const start = await hook(page, (h) => {
    const s = h.state();
    return { chapter: s.chapter, relays: s.relaysLeft, igt: s.igtTicks };
  });
  expect(start.chapter).toBe('party');
  expect(start.relays).toBe(3);

  await hook(page, (h) => h.autopilot(true));
  let outcome: { kind: string } | null = null;
  let peakWave = 0;
  // Chunks keep each evaluate short; the autopilot takes the relay route in a few minutes of game time.
  for (let chunk = 0; chunk < 200 && !outcome; chunk++) {
    const s = await hook(page, (h) => {
      h.advance(120);
      const state = h.state();
      return { outcome: state.outcome, wave: state.wave, alive: state.player.alive };
    });
    outcome = s.outcome;
    peakWave = Math.max(peakWave, s.wave);
  }
  expect(outcome?.kind).toBe('run-complete');
  expect(peakWave).toBeGreaterThanOrEqual(1);
  const end = await hook(page, (h) => {
    const s = h.state();
    return { igt: s.igtTicks, splits: s.splits, relays: s.relaysLeft, alive: s.player.alive };
  });
  expect(end.alive).toBe(true);
  expect(end.splits.at(-1)?.id).toBe('party-end');
  expect(end.igt).toBeGreaterThan(600);

  // The wreckage settles, then the results: a time and a split table.
  await hook(page, (h) => h.advance(200));
  await expect.poll(() => screen(page)).toBe('results');
  const results = page.locator('.results-screen');
  await expect(results).toContainText('Party over');
  await expect(results).toContainText(/\d+:\d{2}\.\d{3}/);
  expect(await page.locator('[data-testid="results-splits"] tbody tr').count()).toBe(
    end.splits.length,
  );

  const replay = await hook(page, (h) => h.lastReplay());
  expect(replay).not.toBeNull();
  const verified = await verifyInNode(replay!, 'attack-wave');
  expect(verified).toContain('Attack Wave');
  expect(verified).toMatch(/^verified\s*$/m);
  expect(problems.errors).toEqual([]);
});
