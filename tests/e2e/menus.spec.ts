import { expect, test } from '@playwright/test';
import { hook, openGame, screen, watchForProblems } from './harness';

test('the title menu works with the keyboard alone and settings persist across a reload', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await expect(page.locator('[data-menu-item="new-run"]')).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-menu-item="arena"]')).toBeFocused();
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
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-setting="invertY"] .settings-value')).toHaveText('On');
  await expect(page.locator('[data-setting="mouseSensitivity"] .settings-value')).toHaveText(
    '1.10×',
  );
  await page.keyboard.press('Escape');

  // Back on the title, the menu remembers Settings; two steps up is New run, and Enter starts it.
  await expect(page.locator('[data-menu-item="settings"]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-menu-item="new-run"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => screen(page)).toBe('playing');
  expect(problems.errors).toEqual([]);
});

test('the pause menu works with the mouse: restart and quit to title', async ({ page }) => {
  await openGame(page, '?test&seed=77');
  await page.locator('[data-menu-item="new-run"]').click();
  await expect.poll(() => screen(page)).toBe('playing');
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
