import { describe, expect, it } from 'vitest';
import * as det from '../../src/sim/math/det-math';

/** Arguments across the ranges the sim uses, plus the awkward ones. */
function samples(): number[] {
  const out = [0, 1e-9, 0.5, 1, Math.PI / 4, Math.PI / 2, Math.PI, 3, 10, 100, 1234.5];
  for (let i = 0; i < 4000; i++) out.push(Math.sin(i * 12.9898) * 50);
  return [...out, ...out.map((x) => -x)];
}

describe('deterministic math for the sim', () => {
  it('sin and cos agree with Math to within a few ulp', () => {
    for (const x of samples()) {
      expect(Math.abs(det.sin(x) - Math.sin(x))).toBeLessThan(4e-16 * Math.max(1, Math.abs(x)));
      expect(Math.abs(det.cos(x) - Math.cos(x))).toBeLessThan(4e-16 * Math.max(1, Math.abs(x)));
    }
  });

  it('atan, atan2, asin and acos agree with Math to within a few ulp, in every quadrant', () => {
    for (const x of samples()) {
      expect(det.atan(x)).toBeCloseTo(Math.atan(x), 14);
      for (const y of [-3, -1, -0.2, 0, 0.7, 2]) {
        // (atan2 of a signed zero over a signed zero is not a game question.)
        if (x === 0 && y === 0) continue;
        expect(det.atan2(y, x)).toBeCloseTo(Math.atan2(y, x), 14);
      }
    }
    for (let i = -1000; i <= 1000; i++) {
      const x = i / 1000;
      expect(det.asin(x)).toBeCloseTo(Math.asin(x), 13);
      expect(det.acos(x)).toBeCloseTo(Math.acos(x), 13);
    }
    expect(det.atan2(0, -1)).toBeCloseTo(Math.PI, 15);
    expect(det.atan2(1, 0)).toBe(Math.PI / 2);
    expect(Number.isNaN(det.asin(1.5))).toBe(true);
  });

  it('hypot is the length of a 2- or 3-vector', () => {
    expect(det.hypot(3, 4)).toBe(5);
    expect(det.hypot(2, 3, 6)).toBe(7);
  });
});
