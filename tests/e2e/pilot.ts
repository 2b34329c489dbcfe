import type { Page } from '@playwright/test';
import type { InfinityTestHook } from '../../src/game/test-hook';
import { hook } from './harness';

type V = [number, number, number];
type State = ReturnType<InfinityTestHook['state']>;

const dot = (a: V, b: V): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V, b: V): V => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/** Where `point` lies from the Callister's cockpit: right, up, ahead (unit vector) and distance. */
export function bearing(
  s: State,
  point: V,
): { x: number; y: number; ahead: number; distance: number } {
  const p = s.player.position;
  const d: V = [point[0] - p[0], point[1] - p[1], point[2] - p[2]];
  const distance = Math.hypot(...d);
  const u = d.map((c) => c / (distance || 1)) as V;
  const right = cross(s.player.forward, s.player.up);
  return { x: dot(u, right), y: dot(u, s.player.up), ahead: dot(u, s.player.forward), distance };
}

export interface Steer {
  throttle?: number;
  fire?: boolean;
  siphon?: boolean;
  targetAhead?: boolean;
}

/**
 * Flies through the test hook (the same quantised inputs the keyboard would give):
 * each step reads state, turns the nose toward `aim(state)`, and steps a few ticks.
 * Stops when `done(state)` or after `maxSteps`.
 */
export async function fly(
  page: Page,
  aim: (s: State) => V | null,
  extra: (s: State, b: ReturnType<typeof bearing>) => Steer,
  done: (s: State) => boolean,
  maxSteps = 1500,
): Promise<State> {
  let s = await hook(page, (h) => h.state());
  for (let step = 0; step < maxSteps && !done(s); step++) {
    const point = aim(s);
    const b = point ? bearing(s, point) : { x: 0, y: 0, ahead: 1, distance: 0 };
    const turn = (v: number): number => Math.max(-1, Math.min(1, v * 4));
    const yaw = b.ahead < 0 ? Math.sign(b.x || 1) : turn(b.x);
    const pitch = b.ahead < 0 ? 0 : turn(b.y);
    const actions = { yaw, pitch, ...extra(s, b) };
    s = await page.evaluate((a) => {
      const h = window.__INFINITY__!;
      h.input(a);
      h.advance(3);
      return h.state();
    }, actions);
  }
  await hook(page, (h) => h.input(null));
  return s;
}
