import { describe, expect, it } from 'vitest';
import {
  compareSplits,
  nextPbSplit,
  segmentKey,
  segmentsOf,
  submitFinishedRun,
  sumOfBest,
} from '../../src/state/records-compare';
import type { CategoryRecords, FinishedRun, SplitTime } from '../../src/state/records-schema';

/** Splits from [id, igtTicks] pairs. */
function splits(...pairs: [string, number][]): SplitTime[] {
  return pairs.map(([id, igtTicks]) => ({ id, label: id, igtTicks }));
}

function run(overrides: Partial<FinishedRun> & { splits: SplitTime[] }): FinishedRun {
  const last = overrides.splits.at(-1)?.igtTicks ?? 0;
  return {
    category: 'attack-wave',
    seedType: 'set',
    seed: 2025,
    practice: false,
    completed: true,
    igtTicks: last,
    realTimeMs: 1000,
    replayText: '{"replay":1}',
    outcomeKind: 'run-complete',
    date: '2026-01-02T03:04:05.000Z',
    ...overrides,
  };
}

// A clean three-split run: segments 600, 900, 300 (total 1800 ticks = 30 s).
const FIRST = splits(['wave-1', 600], ['wave-2', 1500], ['party-end', 1800]);

describe('segments and sum of best', () => {
  it('a segment is the split time minus the previous split, keyed by (previous → split)', () => {
    expect(segmentsOf(FIRST).map((s) => [s.key, s.segmentTicks])).toEqual([
      ['(start)>wave-1', 600],
      ['wave-1>wave-2', 900],
      ['wave-2>party-end', 300],
    ]);
  });

  it('sum of best picks the best segment at each step of the PB', () => {
    const first = submitFinishedRun(null, run({ splits: FIRST }));
    expect(first.newPersonalBest).toBe(true);
    expect(first.sumOfBest).toBe(1800);
    // Slower overall (1850 > 1800), but a faster wave 2 segment (700 < 900): a gold.
    const second = submitFinishedRun(
      first.records,
      run({ splits: splits(['wave-1', 800], ['wave-2', 1500], ['party-end', 1850]) }),
    );
    expect(second.newPersonalBest).toBe(false);
    expect(second.goldSplitIds).toEqual(['wave-2']);
    expect(second.records.pb!.igtTicks).toBe(1800);
    expect(second.records.bestSegments).toEqual({
      '(start)>wave-1': 600,
      'wave-1>wave-2': 700,
      'wave-2>party-end': 300,
    });
    // 600 + 700 + 300.
    expect(second.sumOfBest).toBe(1600);
    expect(second.previousSumOfBest).toBe(1800);
  });

  it('a split reached in another order is a different segment', () => {
    const records = submitFinishedRun(
      null,
      run({ splits: splits(['wave-1', 600], ['relay-1', 700], ['party-end', 1000]) }),
    ).records;
    const other = submitFinishedRun(
      records,
      run({ splits: splits(['relay-1', 650], ['wave-1', 900], ['party-end', 1200]) }),
    );
    // relay-1 after the start is not relay-1 after wave 1: no false gold.
    expect(other.goldSplitIds).toEqual([]);
    expect(other.records.bestSegments['(start)>relay-1']).toBe(650);
    expect(other.records.bestSegments['wave-1>relay-1']).toBe(100);
    expect(sumOfBest(other.records)).toBe(1000);
  });

  it('no PB, no sum of best', () => {
    expect(sumOfBest(null)).toBeNull();
    const incomplete = submitFinishedRun(
      null,
      run({ splits: splits(['wave-1', 600]), completed: false, outcomeKind: 'destroyed' }),
    );
    expect(incomplete.records.pb).toBeNull();
    expect(incomplete.sumOfBest).toBeNull();
  });
});

describe('personal bests', () => {
  const pbRecords = submitFinishedRun(null, run({ splits: FIRST })).records;

  it('a faster completed run replaces the PB', () => {
    const faster = submitFinishedRun(
      pbRecords,
      run({
        splits: splits(['wave-1', 590], ['wave-2', 1480], ['party-end', 1790]),
        realTimeMs: 31_000,
        date: '2026-02-01T00:00:00.000Z',
      }),
    );
    expect(faster.newPersonalBest).toBe(true);
    expect(faster.changed).toBe(true);
    expect(faster.pbDeltaTicks).toBe(-10);
    expect(faster.previousPb!.igtTicks).toBe(1800);
    expect(faster.records.pb).toEqual({
      seed: 2025,
      igtTicks: 1790,
      realTimeMs: 31_000,
      date: '2026-02-01T00:00:00.000Z',
      splits: splits(['wave-1', 590], ['wave-2', 1480], ['party-end', 1790]),
    });
    expect(faster.goldSplitIds).toEqual(['wave-1', 'wave-2']);
    expect(faster.comparison.map((s) => s.deltaTicks)).toEqual([-10, -20, -10]);
  });

  it('a slower run, or a tie, does not', () => {
    for (const end of [1800, 1801]) {
      const slower = submitFinishedRun(
        pbRecords,
        run({ splits: splits(['wave-1', 600], ['wave-2', 1500], ['party-end', end]) }),
      );
      expect(slower.newPersonalBest).toBe(false);
      expect(slower.records.pb!.igtTicks).toBe(1800);
      expect(slower.changed).toBe(false);
      expect(slower.pbDeltaTicks).toBe(end - 1800);
    }
  });

  it('an incomplete run never takes the PB, even with a small time', () => {
    const died = submitFinishedRun(
      pbRecords,
      run({
        splits: splits(['wave-1', 500]),
        igtTicks: 700,
        completed: false,
        outcomeKind: 'destroyed',
      }),
    );
    expect(died.newPersonalBest).toBe(false);
    expect(died.records.pb!.igtTicks).toBe(1800);
    // Its first segment was real, though: a gold.
    expect(died.goldSplitIds).toEqual(['wave-1']);
    expect(died.records.bestSegments['(start)>wave-1']).toBe(500);
    expect(died.pbDeltaTicks).toBeNull();
  });

  it('a practice run changes nothing at all', () => {
    const practice = submitFinishedRun(
      pbRecords,
      run({ splits: splits(['wave-1', 1], ['wave-2', 2], ['party-end', 3]), practice: true }),
    );
    expect(practice.counted).toBe(false);
    expect(practice.changed).toBe(false);
    expect(practice.newPersonalBest).toBe(false);
    expect(practice.records).toBe(pbRecords);
    // Still compared, so the results can show it.
    expect(practice.comparison.map((s) => s.deltaTicks)).toEqual([-599, -1498, -1797]);
  });

  it('the first completed run is a PB without golds', () => {
    const first = submitFinishedRun(null, run({ splits: FIRST }));
    expect(first.newPersonalBest).toBe(true);
    expect(first.previousPb).toBeNull();
    expect(first.goldSplitIds).toEqual([]);
    expect(first.updatedSegmentKeys).toHaveLength(3);
    expect(first.comparison.every((s) => s.deltaTicks === null)).toBe(true);
  });
});

describe('comparing a run in progress', () => {
  const records: CategoryRecords = submitFinishedRun(null, run({ splits: FIRST })).records;

  it('deltas by split id; a split the PB never had has none', () => {
    const rows = compareSplits(splits(['wave-1', 620], ['relay-1', 700]), records);
    expect(rows.map((r) => [r.id, r.pbIgtTicks, r.deltaTicks, r.gold])).toEqual([
      ['wave-1', 600, 20, false],
      ['relay-1', null, null, false],
    ]);
  });

  it('the live delta measures against the PB split not reached yet', () => {
    expect(nextPbSplit(records.pb, new Set())!.id).toBe('wave-1');
    expect(nextPbSplit(records.pb, new Set(['wave-1']))!.igtTicks).toBe(1500);
    expect(nextPbSplit(records.pb, new Set(['wave-1', 'wave-2', 'party-end']))).toBeNull();
    expect(nextPbSplit(null, new Set())).toBeNull();
  });

  it('segment keys name both ends', () => {
    expect(segmentKey(null, 'wave-1')).toBe('(start)>wave-1');
    expect(segmentKey('wave-4', 'relay-2')).toBe('wave-4>relay-2');
  });
});
