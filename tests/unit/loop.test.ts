import { describe, expect, it } from 'vitest';
import { FixedStepLoop } from '../../src/game/loop';
import { FIXED_DT } from '../../src/sim';

describe('FixedStepLoop', () => {
  it('runs one tick per 1/60 s regardless of frame rate', () => {
    for (const fps of [30, 60, 144, 240]) {
      const loop = new FixedStepLoop();
      let ticks = 0;
      for (let frame = 0; frame < fps * 2; frame++) loop.advance(1 / fps, () => ticks++);
      // Two seconds of frames: 120 ticks, give or take the partial tick still accumulating.
      expect(ticks).toBeGreaterThanOrEqual(119);
      expect(ticks).toBeLessThanOrEqual(120);
    }
  });

  it('returns alpha as the fraction of a tick left over', () => {
    const loop = new FixedStepLoop();
    const alpha = loop.advance(FIXED_DT * 2.5, () => undefined);
    expect(alpha).toBeCloseTo(0.5, 6);
  });

  it('clamps a long stall and drops the backlog past 5 ticks, counting it', () => {
    const loop = new FixedStepLoop();
    let ticks = 0;
    loop.advance(3, () => ticks++);
    expect(ticks).toBe(5);
    // 0.25 s clamp = 15 ticks due; 5 ran, the other 10 dropped.
    expect(loop.droppedTicks).toBe(10);
  });

  it('ignores negative and non-finite frame times', () => {
    const loop = new FixedStepLoop();
    let ticks = 0;
    loop.advance(-1, () => ticks++);
    loop.advance(Number.NaN, () => ticks++);
    expect(ticks).toBe(0);
  });

  it('reset drops partial time so resuming from pause does not burst', () => {
    const loop = new FixedStepLoop();
    let ticks = 0;
    loop.advance(FIXED_DT * 0.9, () => ticks++);
    loop.reset();
    loop.advance(FIXED_DT * 0.2, () => ticks++);
    expect(ticks).toBe(0);
  });
});
