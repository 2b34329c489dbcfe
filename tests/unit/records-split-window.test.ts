import { describe, expect, it } from 'vitest';
import { splitWindow } from '../../src/hud/speedrun/split-window';
import { compareSplits, submitFinishedRun } from '../../src/state/records-compare';
import type { SplitTime } from '../../src/state/records-schema';

function splits(...pairs: [string, number][]): SplitTime[] {
  return pairs.map(([id, igtTicks]) => ({ id, label: id, igtTicks }));
}

const PB = splits(['w1', 100], ['w2', 200], ['w3', 300], ['w4', 400], ['w5', 500], ['end', 600]);
const records = submitFinishedRun(null, {
  category: 'attack-wave',
  seedType: 'set',
  seed: 2025,
  practice: false,
  completed: true,
  igtTicks: 600,
  realTimeMs: 10_000,
  splits: PB,
  replayText: null,
  outcomeKind: 'run-complete',
  date: '2026-01-01T00:00:00.000Z',
}).records;

describe("the timer's split list", () => {
  it('before any split: the PB splits ahead, the first one current', () => {
    const lines = splitWindow([], records.pb, 5);
    expect(lines.map((l) => [l.id, l.reached, l.current, l.igtTicks])).toEqual([
      ['w1', false, true, 100],
      ['w2', false, false, 200],
      ['w3', false, false, 300],
      ['w4', false, false, 400],
      ['w5', false, false, 500],
    ]);
  });

  it('scrolls to keep three reached splits above the current one', () => {
    const reached = compareSplits(
      splits(['w1', 90], ['w2', 210], ['w3', 290], ['w4', 420]),
      records,
    );
    const lines = splitWindow(reached, records.pb, 5);
    expect(lines.map((l) => l.id)).toEqual(['w2', 'w3', 'w4', 'w5', 'end']);
    expect(lines.map((l) => l.deltaTicks)).toEqual([10, -10, 20, null, null]);
    expect(lines.find((l) => l.current)!.id).toBe('w5');
  });

  it('at the end: the last splits, none current', () => {
    const reached = compareSplits(PB, records);
    const lines = splitWindow(reached, records.pb, 3, 1);
    expect(lines.map((l) => l.id)).toEqual(['w4', 'w5', 'end']);
    expect(lines.some((l) => l.current)).toBe(false);
  });

  it('without a PB only the reached splits show', () => {
    const reached = compareSplits(splits(['relay-1', 50]), { pb: null, bestSegments: {} });
    expect(splitWindow(reached, null, 5).map((l) => [l.id, l.deltaTicks])).toEqual([
      ['relay-1', null],
    ]);
  });
});
