import { expect, test, type Page } from '@playwright/test';
import { leadPoint, PHASERS } from '../../src/sim';
import { hook, openGame, screen, watchForProblems } from './harness';

type V = [number, number, number];
const dot = (a: V, b: V): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V, b: V): V => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/** Holds keys for a few ticks: the sim reads them through the real keyboard sampler. */
async function holdFor(page: Page, keys: string[], ticks: number): Promise<void> {
  for (const key of keys) await page.keyboard.down(key);
  await hook(page, (h) => h.advance(1));
  if (ticks > 1) await page.evaluate((n) => window.__INFINITY__!.advance(n), ticks - 1);
  for (const key of keys) await page.keyboard.up(key);
}

test('in the arena, real key presses target an Infinity ship and destroy it', async ({ page }) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await hook(page, (h) => h.start({ category: 'arena', seed: 451 }));
  // The run stays live (a pause menu would take the keys); the test also steps ticks itself
  // with advance() while keys are held, so it does not wait on slow software-rendered frames.
  let destroyedId: number | null = null;
  let trackedId: number | null = null;
  for (let step = 0; step < 400 && destroyedId === null; step++) {
    const s = await hook(page, (h) => h.state());
    expect(s.player.alive).toBe(true);
    // The sim drops a target the moment it dies, so watch the one we were shooting at.
    if (trackedId !== null && !s.enemies.some((e) => e.id === trackedId)) {
      destroyedId = trackedId;
      break;
    }
    trackedId = s.target;
    if (s.target === null) {
      await holdFor(page, ['KeyT'], 2);
      continue;
    }
    const target = s.enemies.find((e) => e.id === s.target);
    if (!target) continue;
    // Lead the target like a pilot would (the HUD's lead pip shows the same point).
    const targetVelocity = target.velocity;
    const p = s.player.position;
    const aim = { x: 0, y: 0, z: 0 };
    leadPoint(
      { x: p[0], y: p[1], z: p[2] },
      { x: s.player.velocity[0], y: s.player.velocity[1], z: s.player.velocity[2] },
      { x: target.position[0], y: target.position[1], z: target.position[2] },
      { x: targetVelocity[0], y: targetVelocity[1], z: targetVelocity[2] },
      PHASERS.speedMps,
      aim,
    );
    const toAim: V = [aim.x - p[0], aim.y - p[1], aim.z - p[2]];
    const distance = Math.hypot(...toAim);
    const dir = toAim.map((c) => c / distance) as V;
    const right = cross(s.player.forward, s.player.up);
    const x = dot(dir, right);
    const y = dot(dir, s.player.up);
    const ahead = dot(dir, s.player.forward);
    const keys: string[] = [];
    if (x > 0.015) keys.push('ArrowRight');
    if (x < -0.015) keys.push('ArrowLeft');
    if (y > 0.015) keys.push('ArrowUp');
    if (y < -0.015) keys.push('ArrowDown');
    if (ahead > 0.996 && distance < 1200) keys.push('Space');
    if (s.player.locked && step % 2 === 0) keys.push('KeyF');
    const fine = Math.abs(x) < 0.08 && Math.abs(y) < 0.08 && ahead > 0;
    await holdFor(page, keys, fine ? 1 : 3);
  }
  expect(destroyedId).not.toBeNull();
  const after = await hook(page, (h) => h.state());
  expect(after.enemies.map((e) => e.id)).not.toContain(destroyedId);
  expect(problems.errors).toEqual([]);
});

test('an Infinity ship attacking an idle Callister takes its shields down', async ({ page }) => {
  await openGame(page);
  await hook(page, (h) => h.start({ category: 'arena', seed: 451 }));
  await page.keyboard.press('Escape');
  await expect.poll(() => screen(page)).toBe('paused');
  const before = await hook(page, (h) => h.state().player.shields);
  const after = await hook(page, (h) => {
    h.advance(60 * 20);
    return h.state();
  });
  expect(before).toBe(100);
  expect(after.player.shields).toBeLessThan(60);
  expect(after.enemies.some((e) => e.state === 'attack' || e.state === 'evade')).toBe(true);
});

test('the combat arena starts from the title screen and reports its draw calls', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await openGame(page);
  await page.locator('[data-menu-item="new-run"]').click();
  await page.locator('[data-menu-item="arena"]').click();
  await expect.poll(() => screen(page)).toBe('playing');
  const state = await hook(page, (h) => h.state());
  expect(state.chapter).toBe('arena');
  expect(state.enemies).toHaveLength(5);
  await page.waitForTimeout(1500);
  const renderer = await hook(page, (h) => h.renderer());
  console.log(`arena draw calls: ${renderer.drawCalls}, triangles: ${renderer.triangles}`);
  expect(renderer.drawCalls).toBeGreaterThan(10);
  expect(problems.errors).toEqual([]);
});
