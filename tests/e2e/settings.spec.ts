import { expect, test, type Page } from '@playwright/test';
import { hook, openGame, screen, waitForTick, watchForProblems } from './harness';

/** From the title, moves down the menu to Settings with the keyboard and opens it. */
async function openSettingsFromTitle(page: Page): Promise<void> {
  const settingsItem = page.locator('[data-menu-item="settings"]');
  for (
    let i = 0;
    i < 6 && !(await settingsItem.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(settingsItem).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await screen(page)).toBe('settings');
}

/** Resolves after `count` rendered frames (menus and the gamepad poll run once per frame). */
function frames(page: Page, count = 2): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const step = (): void => {
          if (--left <= 0) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    count,
  );
}

/** Keeps something held for `ticks` sim ticks of a live run (software WebGL can be slow). */
async function holdForTicks(
  page: Page,
  press: () => Promise<unknown>,
  release: () => Promise<unknown>,
  ticks = 60,
): Promise<void> {
  const start = await hook(page, (h) => h.state().tick);
  await press();
  await expect
    .poll(() => hook(page, (h) => h.state().tick), { timeout: 60_000 })
    .toBeGreaterThan(start + ticks);
  await release();
}

/** A fresh run; holds `key` for a second of game time and returns the ship's speed. */
async function speedAfterHolding(page: Page, key: string): Promise<number> {
  await hook(page, (h) => h.start({ seed: 1 }));
  await waitForTick(page, 5);
  expect(await hook(page, (h) => h.state().player.speed)).toBeLessThan(1);
  await holdForTicks(
    page,
    () => page.keyboard.down(key),
    () => page.keyboard.up(key),
  );
  return hook(page, (h) => h.state().player.speed);
}

const slot = (page: Page, action: string, index: number) =>
  page.locator(`[data-binding="${action}"] [data-slot="${index}"]`);

test('rebinding Throttle up to I in Settings works and survives a reload', async ({ page }) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await openSettingsFromTitle(page);

  // Controls tab: row 0 mouse sensitivity, row 1 invert Y, row 2 Throttle up.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-binding="throttleUp"]')).toBeFocused();
  await expect(slot(page, 'throttleUp', 0)).toHaveText('W');
  await page.keyboard.press('Enter');
  await expect(slot(page, 'throttleUp', 0)).toHaveText('Press…');
  await expect(page.locator('.settings-message')).toContainText('Press a key or mouse button');
  await page.keyboard.press('KeyI');
  await expect(slot(page, 'throttleUp', 0)).toHaveText('I');
  await expect(page.locator('.settings-message')).toContainText('Primary is now I');
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('infinity.settings') ?? 'null'),
  );
  expect(stored.version).toBe(2);
  expect(stored.values.bindings.throttleUp).toEqual(['KeyI']);
  await page.keyboard.press('Escape');
  expect(await screen(page)).toBe('title');

  await page.reload();
  await page.waitForFunction(() => window.__INFINITY__?.ready === true, null, { timeout: 60_000 });
  await openSettingsFromTitle(page);
  await expect(slot(page, 'throttleUp', 0)).toHaveText('I');
  await expect(slot(page, 'throttleUp', 1)).toHaveText('—');

  // Real key presses: I now raises the throttle, W no longer does.
  expect(await speedAfterHolding(page, 'KeyI')).toBeGreaterThan(10);
  expect(await speedAfterHolding(page, 'KeyW')).toBeLessThan(1);
  expect(problems.errors).toEqual([]);
});

test('conflicts are shown; Delete clears a slot, Esc cancels a capture, reset restores defaults', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await openSettingsFromTitle(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');

  // S is Throttle down's key: binding it to Throttle up too is allowed and marked on both.
  await page.keyboard.press('Enter');
  await page.keyboard.press('KeyS');
  await expect(slot(page, 'throttleUp', 0)).toHaveText('S');
  await expect(slot(page, 'throttleUp', 0)).toHaveClass(/is-conflict/);
  await expect(slot(page, 'throttleDown', 0)).toHaveClass(/is-conflict/);
  await expect(page.locator('[data-tab="controls"] .settings-tab-badge')).toHaveText('1');
  await expect(page.locator('.settings-message')).toContainText('S is also bound to Throttle down');

  // Delete clears the selected slot and with it the conflict.
  await page.keyboard.press('Delete');
  await expect(slot(page, 'throttleUp', 0)).toHaveText('—');
  await expect(page.locator('.binding-chip.is-conflict')).toHaveCount(0);
  await expect(page.locator('.settings-tab-badge')).toHaveCount(0);

  // Right picks the Secondary slot; Esc during a capture cancels it and stays in Settings.
  await page.keyboard.press('ArrowRight');
  await expect(slot(page, 'throttleUp', 1)).toHaveClass(/is-selected/);
  await page.keyboard.press('Enter');
  await expect(slot(page, 'throttleUp', 1)).toHaveText('Press…');
  await page.keyboard.press('Escape');
  await expect(slot(page, 'throttleUp', 1)).toHaveText('—');
  expect(await screen(page)).toBe('settings');

  // Mouse buttons capture as Mouse<n>. Keyboard slots fill from Primary, so with
  // Primary empty the new binding lands there and the selection follows it.
  await page.keyboard.press('Enter');
  await page.mouse.click(320, 180, { button: 'middle' });
  await expect(slot(page, 'throttleUp', 0)).toHaveText('Mouse M');
  await expect(slot(page, 'throttleUp', 0)).toHaveClass(/is-selected/);
  await expect(page.locator('.settings-message')).toContainText('Primary is now Mouse M');
  expect(await screen(page)).toBe('settings');

  // Reset to defaults asks once more before it acts.
  const reset = page.locator('[data-row="reset-bindings"]');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reset).toHaveText(/again/i);
  await expect(slot(page, 'throttleUp', 0)).toHaveText('Mouse M');
  await page.keyboard.press('Enter');
  await expect(slot(page, 'throttleUp', 0)).toHaveText('W');
  await expect(slot(page, 'throttleUp', 1)).toHaveText('—');
  expect(problems.errors).toEqual([]);
});

test('at 640×360 the list scrolls and keeps the active row in view; tabs switch with Q/E', async ({
  page,
}) => {
  await openGame(page);
  await openSettingsFromTitle(page);
  const list = page.locator('.settings-rows');
  const inView = async (selector: string): Promise<boolean> => {
    const box = await page.locator(selector).boundingBox();
    const frame = await list.boundingBox();
    if (!box || !frame) return false;
    return box.y >= frame.y - 1 && box.y + box.height <= frame.y + frame.height + 1;
  };
  await page.keyboard.press('End');
  await expect(page.locator('[data-row="back"]')).toBeFocused();
  expect(await inView('[data-row="back"]')).toBe(true);
  // Up from Back, row by row, to an action far up the list (the list grows with new actions).
  const ability2 = page.locator('[data-binding="ability2"]');
  for (
    let i = 0;
    i < 30 && !(await ability2.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('ArrowUp');
  }
  await expect(ability2).toBeFocused();
  expect(await inView('[data-binding="ability2"]')).toBe(true);
  await page.keyboard.press('Home');
  expect(await inView('[data-setting="mouseSensitivity"]')).toBe(true);

  await page.keyboard.press('KeyE');
  await expect(page.locator('[data-tab="audio"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-setting="masterVolume"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-setting="effectsVolume"] .settings-value')).toHaveText('85%');
  await page.keyboard.press('KeyE');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-setting="graphicsQuality"] .is-selected')).toHaveText('High');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-setting="fov"] .settings-value')).toHaveText('69°');
  await page.keyboard.press('KeyQ');
  await page.keyboard.press('KeyQ');
  await expect(page.locator('[data-tab="controls"]')).toHaveAttribute('aria-selected', 'true');
  const saved = await page.evaluate(
    () => JSON.parse(localStorage.getItem('infinity.settings') ?? 'null').values,
  );
  expect(saved).toMatchObject({ effectsVolume: 0.85, graphicsQuality: 'high', fov: 69 });
});

test('corrupt saved bindings fall back to defaults with a message; other settings are kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'infinity.settings',
      JSON.stringify({ version: 2, values: { invertY: true, fov: 90, bindings: 'oops' } }),
    );
  });
  const problems = watchForProblems(page);
  await openGame(page);
  await expect(page.getByText(/key bindings were unreadable/)).toBeVisible();
  await openSettingsFromTitle(page);
  await expect(page.locator('[data-setting="invertY"] .settings-value')).toHaveText('On');
  await expect(slot(page, 'throttleUp', 0)).toHaveText('W');
  expect(problems.errors).toEqual([]);
});

test('a gamepad navigates menus, rebinds a button, flies, and Start pauses and resumes', async ({
  page,
}) => {
  // A scriptable standard-mapping pad in place of navigator.getGamepads().
  await page.addInitScript(() => {
    const pad = {
      id: 'Test pad (STANDARD GAMEPAD)',
      index: 0,
      connected: true,
      mapping: 'standard',
      timestamp: 0,
      axes: [0, 0, 0, 0],
      buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
    };
    (window as unknown as { __pad: typeof pad }).__pad = pad;
    Object.defineProperty(navigator, 'getGamepads', {
      configurable: true,
      value: () => [pad, null, null, null],
    });
  });
  const problems = watchForProblems(page);
  await openGame(page);
  const setButton = (index: number, down: boolean) =>
    page.evaluate(
      ([i, d]) => {
        const pad = (window as unknown as { __pad: { buttons: unknown[] } }).__pad;
        pad.buttons[i as number] = { pressed: d, touched: d, value: d ? 1 : 0 };
      },
      [index, down] as const,
    );
  /**
   * Press on one rendered frame and release on the next. The game polls the pad once per
   * frame, before this callback runs, so exactly one poll sees the press, however slow
   * the frames are (software WebGL).
   */
  const tap = (index: number): Promise<void> =>
    page.evaluate(
      (i) =>
        new Promise<void>((resolve) => {
          const pad = (window as unknown as { __pad: { buttons: unknown[] } }).__pad;
          const set = (down: boolean): void => {
            pad.buttons[i] = { pressed: down, touched: down, value: down ? 1 : 0 };
          };
          requestAnimationFrame(() => {
            set(true);
            requestAnimationFrame(() => {
              set(false);
              requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
            });
          });
        }),
      index,
    );
  const setAxis = (index: number, value: number) =>
    page.evaluate(
      ([i, v]) => {
        (window as unknown as { __pad: { axes: number[] } }).__pad.axes[i as number] = v as number;
      },
      [index, value] as const,
    );

  // Title: d-pad down to Settings, A opens it.
  const settingsItem = page.locator('[data-menu-item="settings"]');
  for (
    let i = 0;
    i < 6 && !(await settingsItem.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await tap(13);
  }
  await tap(0);
  await expect.poll(() => screen(page)).toBe('settings');

  // Throttle up row, Gamepad slot, A to listen, then A again is captured.
  await tap(13);
  await tap(13);
  await expect(page.locator('[data-binding="throttleUp"]')).toBeFocused();
  await tap(15);
  await tap(15);
  await expect(slot(page, 'throttleUp', 2)).toHaveClass(/is-selected/);
  await tap(0);
  await expect(slot(page, 'throttleUp', 2)).toHaveText('Press…');
  await tap(0);
  await expect(slot(page, 'throttleUp', 2)).toHaveText('A');
  // B backs out to the title.
  await tap(1);
  await expect.poll(() => screen(page)).toBe('title');

  // The rebound A raises the throttle in flight.
  await hook(page, (h) => h.start({ seed: 1 }));
  await waitForTick(page, 5);
  await holdForTicks(
    page,
    () => setButton(0, true),
    () => setButton(0, false),
  );
  expect(await hook(page, (h) => h.state().player.speed)).toBeGreaterThan(10);

  // Start pauses (the clock stops) and resumes.
  await tap(9);
  await expect.poll(() => screen(page)).toBe('paused');
  const pausedAt = await hook(page, (h) => h.state().tick);
  await frames(page, 3);
  expect(await hook(page, (h) => h.state().tick)).toBe(pausedAt);
  await tap(9);
  await expect.poll(() => screen(page)).toBe('playing');

  // The left stick pushed up raises the throttle lever of a fresh run.
  await hook(page, (h) => h.start({ seed: 1 }));
  await waitForTick(page, 5);
  await holdForTicks(
    page,
    () => setAxis(1, -1),
    () => setAxis(1, 0),
  );
  expect(await hook(page, (h) => h.state().player.speed)).toBeGreaterThan(10);
  expect(problems.errors).toEqual([]);
});
