import { describe, expect, it } from 'vitest';
import {
  formatDelta,
  formatIgt,
  igtMs,
  replayFileName,
  runTitle,
} from '../../src/hud/speedrun/speedrun-format';

describe('in-game time formatting', () => {
  it('ticks become milliseconds exactly, rounded down', () => {
    expect(igtMs(0)).toBe(0);
    expect(igtMs(1)).toBe(16); // 16.67 ms
    expect(igtMs(2)).toBe(33); // 33.33 ms
    expect(igtMs(3)).toBe(50);
    expect(igtMs(60)).toBe(1000);
    expect(igtMs(3601)).toBe(60_016); // 60016.67 ms
  });

  it('m:ss.mmm under an hour', () => {
    expect(formatIgt(0)).toBe('0:00.000');
    expect(formatIgt(1)).toBe('0:00.016');
    expect(formatIgt(59)).toBe('0:00.983');
    expect(formatIgt(3599)).toBe('0:59.983');
    expect(formatIgt(3600)).toBe('1:00.000');
    expect(formatIgt(3601)).toBe('1:00.016');
    expect(formatIgt(5003)).toBe('1:23.383');
    expect(formatIgt(215_999)).toBe('59:59.983');
  });

  it('h:mm:ss.mmm from an hour on', () => {
    expect(formatIgt(216_000)).toBe('1:00:00.000');
    expect(formatIgt(216_000 + 3600 * 2 + 61)).toBe('1:02:01.016');
    expect(formatIgt(216_000 * 12)).toBe('12:00:00.000');
  });

  it('deltas carry a sign; the size rounds toward zero', () => {
    expect(formatDelta(75)).toBe('+1.250');
    expect(formatDelta(-20)).toBe('\u22120.333');
    expect(formatDelta(-1)).toBe('\u22120.016');
    expect(formatDelta(1)).toBe('+0.016');
    expect(formatDelta(0)).toBe('0.000');
    expect(formatDelta(3599)).toBe('+59.983');
    expect(formatDelta(3750)).toBe('+1:02.500');
    expect(formatDelta(-216_001)).toBe('\u22121:00:00.016');
  });

  it('replay file names carry category, seed type, seed and time', () => {
    expect(replayFileName('attack-wave', 'set', 2025, 5003)).toBe(
      'infinity-attack-wave-set-2025-1m23s383.replay.json',
    );
    expect(replayFileName('any', 'random', 7, 216_000 + 183)).toBe(
      'infinity-any-random-7-1h00m03s050.replay.json',
    );
  });

  it('run titles', () => {
    expect(runTitle('attack-wave', 'set', 2025)).toBe('Attack Wave · Set seed 2025');
    expect(runTitle('any', 'random', 99)).toBe('Any% · Random seed 99');
    expect(runTitle('arena', 'set', 451)).toBe('Combat arena · practice');
  });
});
