import { expect, test } from '@playwright/test';
import { hook, openGame, screen, verifyInNode, watchForProblems } from './harness';

test('Heart on its published seed: the autopilot uploads, the epilogue plays, the results show the splits, the replay verifies', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const problems = watchForProblems(page);
  await openGame(page);
  await hook(page, (h) => h.start({ category: 'heart', seed: 1997, seedType: 'set' }));
  await expect.poll(() => screen(page)).toBe('playing');
  const start = await hook(page, (h) => {
    const s = h.state();
    return {
      chapter: s.chapter,
      stage: s.stage,
      pylons: s.pylonsLeft,
      countdown: s.countdownTicks,
    };
  });
  expect(start).toEqual({ chapter: 'heart', stage: 'gauntlet', pylons: 4, countdown: null });

  await hook(page, (h) => h.autopilot(true));
  const stages = new Set<string>();
  let lowestCountdown = Infinity;
  let outcome: { kind: string } | null = null;
  for (let chunk = 0; chunk < 120 && !outcome; chunk++) {
    const s = await hook(page, (h) => {
      h.advance(120);
      const state = h.state();
      return { outcome: state.outcome, stage: state.stage, countdown: state.countdownTicks };
    });
    outcome = s.outcome;
    stages.add(s.stage);
    if (s.countdown !== null) lowestCountdown = Math.min(lowestCountdown, s.countdown);
  }
  expect(outcome?.kind).toBe('run-complete');
  expect(stages).toContain('bob');
  expect(stages).toContain('deletion');
  // Uploaded inside the minute.
  expect(lowestCountdown).toBeGreaterThan(0);
  const end = await hook(page, (h) => {
    const s = h.state();
    return { ending: s.ending, stage: s.stage, pylons: s.pylonsLeft, splits: s.splits };
  });
  expect(end.ending).toBe('uploaded');
  expect(end.stage).toBe('done');
  expect(end.pylons).toBe(0);
  expect(end.splits.map((s) => s.id)).toEqual([
    'core',
    'pylon-1',
    'pylon-2',
    'pylon-3',
    'pylon-4',
    'bob',
    'upload',
  ]);

  // The win lingers, then Nanette wakes in hospital; the crew speak; then the results.
  await hook(page, (h) => h.advance(200));
  await expect.poll(() => screen(page)).toBe('epilogue');
  const epilogue = page.locator('[data-testid="epilogue"]');
  await expect(epilogue).toBeVisible();
  await expect(epilogue).toContainText(/hospital/i);
  await page.keyboard.press('Escape');
  await expect.poll(() => screen(page)).toBe('results');
  const results = page.locator('.results-screen');
  await expect(results).toContainText('Upload complete');
  await expect(results).toContainText(/\d+:\d{2}\.\d{3}/);
  expect(await page.locator('[data-testid="results-splits"] tbody tr').count()).toBe(
    end.splits.length,
  );

  const replay = await hook(page, (h) => h.lastReplay());
  expect(replay).not.toBeNull();
  const verified = await verifyInNode(replay!, 'heart');
  expect(verified).toContain('Heart');
  expect(verified).toMatch(/^verified\s*$/m);
  expect(problems.errors).toEqual([]);
});

test('Any% from the title screen starts chapter 1 with the timer running', async ({ page }) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await page.keyboard.press('Enter');
  const anySet = page.locator('[data-menu-item="run-any-set"]');
  await expect(anySet).toBeVisible();
  await anySet.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => screen(page)).toBe('playing');
  const first = await hook(page, (h) => {
    const s = h.state();
    return { chapter: s.chapter, category: s.category, igt: s.igtTicks, stage: s.stage };
  });
  expect(first.chapter).toBe('piracy');
  expect(first.category).toBe('any');
  expect(first.stage).toBe('none');
  // The timer runs on real frames, not just on the hook's advance.
  await expect
    .poll(() => hook(page, (h) => h.state().igtTicks), { timeout: 20_000 })
    .toBeGreaterThan(first.igt + 10);
  const splits = await hook(page, (h) => h.state().splits);
  expect(splits).toEqual([]);
  expect(problems.errors).toEqual([]);
});

test('Continue from a Heart autosave starts chapter 3 as practice with what the crew carried', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'infinity.campaign',
      JSON.stringify({
        version: 1,
        category: 'any',
        seed: 909,
        chapter: 'heart',
        carry: {
          credits: 4100,
          hull: 58,
          crew: [{ name: 'Kabir', health: 0, alive: false }],
          grudgeList: ['xX_N0vaSlayer_Xx'],
          upgrades: { shields: 2, phasers: 1, torpedoes: 0, engines: 0, repair: 0 },
        },
      }),
    ),
  );
  const problems = watchForProblems(page);
  await openGame(page);
  const resume = page.locator('[data-menu-item="continue"]');
  await expect(resume).toContainText('Chapter 3');
  await resume.click();
  await expect.poll(() => screen(page)).toBe('playing');
  const s = await hook(page, (h) => {
    h.advance(2);
    return h.state();
  });
  expect(s.chapter).toBe('heart');
  expect(s.stage).toBe('gauntlet');
  expect(s.pylonsLeft).toBe(4);
  expect(s.credits).toBe(4100);
  expect(s.player.hull).toBe(58);
  expect(s.crew.find((c) => c.name === 'Kabir')?.alive).toBe(false);
  // A run that starts at chapter 3 is not a full Any% run: the HUD says practice.
  await expect(page.locator('[data-testid="speedrun-practice"]')).toBeVisible();
  expect(problems.errors).toEqual([]);
});
