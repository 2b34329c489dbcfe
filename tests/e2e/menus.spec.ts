import { expect, test } from '@playwright/test';
import { hook, openGame, screen, watchForProblems } from './harness';

test('the title menu works with the keyboard alone and settings persist across a reload', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await expect(page.locator('[data-menu-item="new-run"]')).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-menu-item="chapters"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-menu-item="records"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-menu-item="load-replay"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-menu-item="settings"]')).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await screen(page)).toBe('settings');

  // Row 1 is mouse sensitivity: raise it twice. Row 2 is invert Y: toggle it.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-setting="invertY"] .settings-value')).toHaveText('On');
  await expect(page.locator('[data-setting="mouseSensitivity"] .settings-value')).toHaveText(
    '1.10×',
  );
  await page.keyboard.press('Escape');
  expect(await screen(page)).toBe('title');

  await page.reload();
  await page.waitForFunction(() => window.__INFINITY__?.ready === true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-setting="invertY"] .settings-value')).toHaveText('On');
  await expect(page.locator('[data-setting="mouseSensitivity"] .settings-value')).toHaveText(
    '1.10×',
  );
  await page.keyboard.press('Escape');

  // Back on the title, the menu remembers Settings; four steps up is New run. Enter opens
  // the category select on Any% (set seed), and Enter again starts it.
  await expect(page.locator('[data-menu-item="settings"]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-menu-item="new-run"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-menu-item="run-any-set"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => screen(page)).toBe('playing');
  expect(problems.errors).toEqual([]);
});

test('the pause menu works with the mouse: restart and quit to title', async ({ page }) => {
  await openGame(page, '?test&seed=77');
  await page.locator('[data-menu-item="new-run"]').click();
  await page.locator('[data-menu-item="run-any-random"]').click();
  await expect.poll(() => screen(page)).toBe('playing');
  await expect(page.getByTestId('speedrun-title')).toHaveText('Any% · Random seed 77');
  await hook(page, (h) => h.advance(90));
  await page.keyboard.press('KeyP');
  await expect.poll(() => screen(page)).toBe('paused');

  await page.locator('[data-menu-item="restart"]').click();
  await expect.poll(() => screen(page)).toBe('playing');
  const restarted = await hook(page, (h) => h.state().tick);
  expect(restarted).toBeLessThan(90);

  await page.keyboard.press('KeyP');
  await page.locator('[data-menu-item="quit"]').click();
  expect(await screen(page)).toBe('title');
});

test('a corrupt save and a bad URL seed are explained on screen and the game still starts', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('infinity.settings', '{not json'));
  const problems = watchForProblems(page);
  await openGame(page, '?test&seed=banana');
  await expect(page.getByText(/Ignored \?seed=banana/)).toBeVisible();
  await expect(page.getByText(/Saved settings were unreadable/)).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(() => screen(page)).toBe('playing');
  // The unreadable entry is kept until the player saves new settings.
  expect(await page.evaluate(() => localStorage.getItem('infinity.settings'))).toBe('{not json');
  expect(problems.errors).toEqual([]);
});

test('start() from the test hook works from any screen', async ({ page }) => {
  await openGame(page);
  await page.locator('[data-menu-item="settings"]').click();
  expect(await screen(page)).toBe('settings');
  await hook(page, (h) => h.start({ seed: 5 }));
  expect(await screen(page)).toBe('playing');
  await page.keyboard.press('Escape');
  await hook(page, (h) => h.start({ seed: 6 }));
  expect(await screen(page)).toBe('playing');
  const error = await page.evaluate(() => {
    try {
      window.__INFINITY__!.start({ category: 'speedrun-of-doom' });
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  });
  expect(error).toMatch(/Unknown category "speedrun-of-doom"/);
});

test('New run opens the category select: set and random seeds, keyboard only', async ({ page }) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-menu-item="run-any-set"]')).toBeFocused();
  await expect(page.getByTestId('category-card')).toContainText('Set seed 1031');

  // Esc goes back to the title, on New run.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-menu-item="new-run"]')).toBeFocused();
  await page.keyboard.press('Enter');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const setItem = page.locator('[data-menu-item="run-attack-wave-set"]');
  await expect(setItem).toBeFocused();
  await expect(page.getByTestId('category-card')).toContainText('Attack Wave');
  await expect(page.getByTestId('category-card')).toContainText('Set seed 2025');
  await expect(page.getByTestId('category-card')).toContainText("the party's first tick");
  await page.keyboard.press('Enter');
  await expect.poll(() => screen(page)).toBe('playing');
  expect(await hook(page, (h) => h.state().chapter)).toBe('party');
  await expect(page.getByTestId('speedrun-title')).toHaveText('Attack Wave · Set seed 2025');
  await hook(page, (h) => h.advance(120));
  await expect(page.getByTestId('hud-clock')).not.toHaveText('0:00.000');

  // The random seed is rolled in the menu and shown before the run starts.
  await page.keyboard.press('KeyP');
  await expect.poll(() => screen(page)).toBe('paused');
  await page.locator('[data-menu-item="quit"]').click();
  await page.locator('[data-menu-item="new-run"]').click();
  const randomItem = page.locator('[data-menu-item="run-attack-wave-random"]');
  const hint = await randomItem.locator('.menu-item-hint').textContent();
  const seed = /random seed (\d+)/.exec(hint ?? '')?.[1];
  expect(seed).toBeDefined();
  await randomItem.click();
  await expect.poll(() => screen(page)).toBe('playing');
  await expect(page.getByTestId('speedrun-title')).toHaveText(`Attack Wave · Random seed ${seed}`);
  expect(problems.errors).toEqual([]);
});

test('unreadable records are reported and kept; a bad replay file is explained', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('infinity.records.attack-wave.set', '{"version":1,"pb":{'),
  );
  const problems = watchForProblems(page);
  await openGame(page);
  await expect(page.getByTestId('records-notice')).toContainText('Attack Wave (set seed)');

  await page.locator('[data-menu-item="records"]').click();
  const panel = page.getByTestId('records-panel');
  await expect(panel.locator('[data-records-slot="attack-wave/set"]')).toContainText('unreadable');
  await expect(panel.getByRole('alert')).toContainText('records are unreadable');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-menu-item="records"]')).toBeFocused();

  await page.getByTestId('replay-file').setInputFiles({
    name: 'not-a-replay.replay.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":"world"}'),
  });
  const problem = page.getByTestId('replay-problem');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('not-a-replay.replay.json');
  await expect(page.getByTestId('replay-problem-message')).not.toBeEmpty();
  await page.keyboard.press('Enter');
  await expect(problem).toHaveCount(0);
  expect(await screen(page)).toBe('title');

  expect(await page.evaluate(() => localStorage.getItem('infinity.records.attack-wave.set'))).toBe(
    '{"version":1,"pb":{',
  );
  expect(problems.errors).toEqual([]);
});

test('Chapter select starts a chapter as practice on its set seed, keyboard only', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-menu-item="chapters"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-menu-item="chapter-1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-menu-item="chapter-3"]')).toBeFocused();
  await expect(page.getByTestId('chapter-card')).toContainText('Set seed 1997', {
    ignoreCase: true,
  });
  await page.keyboard.press('Enter');
  await expect.poll(() => screen(page)).toBe('playing');
  expect(await hook(page, (h) => h.state().chapter)).toBe('heart');
  await expect(page.getByTestId('speedrun-title')).toHaveText('Heart · Set seed 1997');
  await expect(page.getByTestId('speedrun-practice')).toBeVisible();
  await hook(page, (h) => h.advance(30));
  await expect(page.getByTestId('hud-heart-stage')).toHaveText('THE GAUNTLET');
  expect(problems.errors).toEqual([]);
});
