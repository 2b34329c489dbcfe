import { describe, expect, it } from 'vitest';
import { parseUrlOptions } from '../../src/game/url-params';
import { formatMs, formatTicks } from '../../src/hud/format-time';

describe('URL options', () => {
  it('reads ?test and ?seed', () => {
    expect(parseUrlOptions('?test&seed=42')).toEqual({ test: true, seed: 42, problems: [] });
    expect(parseUrlOptions('')).toEqual({ test: false, seed: null, problems: [] });
  });

  it('reports a bad seed instead of guessing', () => {
    for (const bad of ['abc', '-3', '1.5', '99999999999', '']) {
      const options = parseUrlOptions(`?seed=${bad}`);
      expect(options.seed).toBeNull();
      expect(options.problems[0]).toMatch(/Ignored \?seed=/);
    }
  });
});

describe('run clock', () => {
  it('formats ticks as m:ss.mmm from whole ticks', () => {
    expect(formatTicks(0)).toBe('0:00.000');
    expect(formatTicks(1)).toBe('0:00.016');
    expect(formatTicks(60)).toBe('0:01.000');
    expect(formatTicks(60 * 83 + 27)).toBe('1:23.450');
    expect(formatTicks(60 * 3600 + 60)).toBe('1:00:01.000');
  });

  it('formats real milliseconds the same way', () => {
    expect(formatMs(61_234.9)).toBe('1:01.234');
  });
});
