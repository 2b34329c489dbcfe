import { expect, test } from '@playwright/test';
import { hook, openGame, screen, watchForProblems } from './harness';
import { fly } from './pilot';

test('a scripted raid through the test hook steals credits and puts the tag on the grudge list', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const problems = watchForProblems(page);
  await openGame(page);
  await hook(page, (h) => h.start({ seed: 1031 }));
  // The test flies by advance(); keep real frames from adding ticks of their own.
  await page.keyboard.press('Escape');
  await expect.poll(() => screen(page)).toBe('paused');

  const start = await hook(page, (h) => h.state());
  expect(start.chapter).toBe('piracy');
  expect(start.enemies.length).toBeGreaterThanOrEqual(20);
  expect(start.objective).toMatch(/Steal 3,000 credits/);
  const p = start.player.position;
  const mark = start.enemies
    .filter((e) => e.class === 'hauler')
    .sort(
      (a, b) =>
        Math.hypot(a.position[0] - p[0], a.position[2] - p[2]) -
        Math.hypot(b.position[0] - p[0], b.position[2] - p[2]),
    )[0]!;
  const find = (s: typeof start) => s.enemies.find((e) => e.id === mark.id);

  // 1. Close in and knock its shields out: it is disabled, drifting.
  let s = await fly(
    page,
    (st) => find(st)?.position ?? null,
    (st, b) => ({
      throttle: b.distance > 500 ? 1 : b.distance > 200 ? 0.2 : -1,
      fire: b.ahead > 0.995 && b.distance < 500,
      targetAhead: st.target === null && st.tick % 2 === 0,
    }),
    (st) => find(st)?.state === 'disabled',
  );
  expect(find(s)?.state).toBe('disabled');

  // 2. Hold Siphon within 300 m until the credits transfer.
  s = await fly(
    page,
    (st) => find(st)?.position ?? null,
    (st, b) => ({
      throttle: b.distance > 400 ? 1 : b.distance > 180 ? 0.25 : -0.6,
      siphon: b.distance < 280,
      targetAhead: st.target !== mark.id && st.tick % 2 === 0,
    }),
    (st) => st.grudgeList.length > 0 || find(st)?.state !== 'disabled',
    400,
  );
  expect(s.credits).toBeGreaterThan(0);
  expect(s.credits).toBe(mark.credits);
  expect(s.grudgeList).toEqual([mark.tag]);
  expect(s.wanted).toBeGreaterThan(0.9);
  expect(problems.errors).toEqual([]);
});

test('Continue after a reload resumes chapter 1 from its autosave', async ({ page }) => {
  await openGame(page, '?test&seed=4242');
  await page.locator('[data-menu-item="new-run"]').click();
  // With ?seed the random-seed row uses the link's seed.
  await page.locator('[data-menu-item="run-any-random"]').click();
  await expect.poll(() => screen(page)).toBe('playing');
  const first = await hook(page, (h) => {
    h.advance(5);
    return h.state();
  });
  await page.reload();
  await page.waitForFunction(() => window.__INFINITY__?.ready === true);
  const resume = page.locator('[data-menu-item="continue"]');
  await expect(resume).toBeVisible();
  await expect(resume).toContainText('seed 4242');
  await resume.click();
  await expect.poll(() => screen(page)).toBe('playing');
  const resumed = await hook(page, (h) => h.state());
  expect(resumed.chapter).toBe('piracy');
  // The same sector: the same players in the same order.
  expect(resumed.enemies.slice(0, 10).map((e) => e.tag)).toEqual(
    first.enemies.slice(0, 10).map((e) => e.tag),
  );
  expect(resumed.crew.every((c) => c.alive)).toBe(true);
});

test('a corrupt campaign autosave is reported and ignored; the title still works', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('infinity.campaign', '{"version":1,"seed":"x'),
  );
  const problems = watchForProblems(page);
  await openGame(page);
  await expect(page.getByText(/campaign autosave is corrupt/)).toBeVisible();
  await expect(page.locator('[data-menu-item="continue"]')).toHaveCount(0);
  await page.locator('[data-menu-item="new-run"]').click();
  await page.locator('[data-menu-item="run-any-set"]').click();
  await expect.poll(() => screen(page)).toBe('playing');
  expect(problems.errors).toEqual([]);
});

test('Continue from a chapter 2 autosave starts the party with what chapter 1 carried', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'infinity.campaign',
      JSON.stringify({
        version: 1,
        category: 'any',
        seed: 808,
        chapter: 'party',
        carry: {
          credits: 3150,
          hull: 72,
          crew: [{ name: 'Karl', health: 0, alive: false }],
          grudgeList: ['xX_N0vaSlayer_Xx', 'Karen', 'DrBlaze'],
          upgrades: { shields: 1, phasers: 0, torpedoes: 0, engines: 0, repair: 0 },
        },
      }),
    ),
  );
  const problems = watchForProblems(page);
  await openGame(page);
  const resume = page.locator('[data-menu-item="continue"]');
  await expect(resume).toContainText('Chapter 2');
  await resume.click();
  await expect.poll(() => screen(page)).toBe('playing');
  const s = await hook(page, (h) => {
    h.advance(2);
    return h.state();
  });
  expect(s.chapter).toBe('party');
  expect(s.relaysLeft).toBe(3);
  expect(s.credits).toBe(3150);
  expect(s.player.hull).toBe(72);
  expect(s.grudgeList).toEqual(['xX_N0vaSlayer_Xx', 'Karen', 'DrBlaze']);
  expect(s.crew.find((c) => c.name === 'Karl')?.alive).toBe(false);
  expect(problems.errors).toEqual([]);
});
