import { describe, expect, it } from 'vitest';
import {
  ACQUIRE_DUTY,
  ACQUIRE_PERIOD_S,
  LOCKED_HZ,
  ACQUIRE_HZ,
  gateCurve,
} from '../../src/audio/lock-tone';

/** What the gate outputs for a sawtooth LFO (0 → 1, −1 → 0 over one period) at phase p. */
function gateAt(curve: Float32Array, p: number): number {
  const saw = p < 0.5 ? 2 * p : 2 * p - 2;
  const position = ((saw + 1) / 2) * (curve.length - 1);
  const i = Math.floor(position);
  const frac = position - i;
  return (curve[i] ?? 0) * (1 - frac) + (curve[Math.min(i + 1, curve.length - 1)] ?? 0) * frac;
}

describe('torpedo lock tone', () => {
  it('keys a beep at the start of every period for the duty fraction', () => {
    const curve = gateCurve(ACQUIRE_DUTY);
    let on = 0;
    const samples = 1000;
    for (let k = 0; k < samples; k++) if (gateAt(curve, k / samples) > 0.5) on++;
    expect(on / samples).toBeCloseTo(ACQUIRE_DUTY, 1);
    expect(gateAt(curve, 0.05)).toBe(1);
    expect(gateAt(curve, 0.6)).toBe(0);
    expect(gateAt(curve, 0.95)).toBe(0);
  });

  it('has soft edges of a few milliseconds, not clicks', () => {
    const curve = gateCurve(ACQUIRE_DUTY);
    const edgeS = ACQUIRE_PERIOD_S / (curve.length - 1);
    expect(edgeS).toBeGreaterThan(0.002);
    expect(edgeS).toBeLessThan(0.01);
  });

  it('locks on a higher pitch than it acquires', () => {
    expect(LOCKED_HZ).toBeGreaterThan(ACQUIRE_HZ);
  });
});
