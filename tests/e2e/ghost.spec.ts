import { expect, test } from '@playwright/test';
import { hook, openGame, screen, watchForProblems } from './harness';

// Hook callbacks run inside the page (stringified): they cannot use this file's constants.

test('the PB ghost: a finished Heart run becomes the ghost of the next run on its seed, in lockstep', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const problems = watchForProblems(page);
  await openGame(page);

  // No PB yet: no ghost. The autopilot sets the PB: it takes the controls in the same
  // call as the start, so no real frame flies a tick of other input before it (the next
  // run must replay exactly the same inputs to coincide with its ghost).
  const noGhost = await hook(page, (h) => {
    h.start({ category: 'heart', seed: 1997, seedType: 'set' });
    h.autopilot(true);
    return h.state().ghost;
  });
  expect(noGhost).toBeNull();
  await expect.poll(() => screen(page)).toBe('playing');
  let outcome: { kind: string } | null = null;
  for (let chunk = 0; chunk < 120 && !outcome; chunk++) {
    outcome = await hook(page, (h) => {
      h.advance(120);
      return h.state().outcome;
    });
  }
  expect(outcome?.kind).toBe('run-complete');

  // The same category and seed again: the PB flies beside the run, tick for tick.
  const first = await hook(page, (h) => {
    h.start({ category: 'heart', seed: 1997, seedType: 'set' });
    h.autopilot(true);
    return h.state().ghost;
  });
  expect(first).not.toBeNull();
  expect(first!.done).toBe(false);
  for (let chunk = 0; chunk < 5; chunk++) {
    // The autopilot flies the same inputs as the PB did, so the two ships coincide.
    const s = await hook(page, (h) => {
      h.advance(120);
      const state = h.state();
      return { player: state.player.position, ghost: state.ghost };
    });
    expect(s.ghost).not.toBeNull();
    expect(s.ghost!.position).toEqual(s.player);
  }

  // A run on another seed, or practice, races nobody.
  await hook(page, (h) => h.start({ category: 'heart', seed: 42, seedType: 'random' }));
  expect(await hook(page, (h) => h.state().ghost)).toBeNull();
  await hook(page, (h) => h.start({ category: 'heart', seed: 1997, practice: true }));
  expect(await hook(page, (h) => h.state().ghost)).toBeNull();

  expect(problems.errors).toEqual([]);
});
