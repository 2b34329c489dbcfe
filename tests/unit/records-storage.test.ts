import { describe, expect, it } from 'vitest';
import { RECORDS_VERSION, type FinishedRun, type SplitTime } from '../../src/state/records-schema';
import { loadPbReplay, loadSlot, recordsKey, replayKey } from '../../src/state/records-storage';
import { createRecordsStore } from '../../src/state/records-store';
import type { KeyValueStorage } from '../../src/state/settings-storage';

type MemoryStorage = KeyValueStorage & {
  data: Map<string, string>;
  /** Keys whose writes throw, as a full localStorage does. */
  full: Set<string>;
};

function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const data = new Map(Object.entries(initial));
  const full = new Set<string>();
  return {
    data,
    full,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (full.has(key) || full.has('*')) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

function splits(...pairs: [string, number][]): SplitTime[] {
  return pairs.map(([id, igtTicks]) => ({ id, label: id, igtTicks }));
}

function run(end: number, overrides: Partial<FinishedRun> = {}): FinishedRun {
  return {
    category: 'attack-wave',
    seedType: 'set',
    seed: 2025,
    practice: false,
    completed: true,
    igtTicks: end,
    realTimeMs: end * 17,
    splits: splits(['wave-1', Math.floor(end / 2)], ['party-end', end]),
    replayText: `{"replay":${end}}`,
    outcomeKind: 'run-complete',
    date: `2026-01-01T00:00:${String(end % 60).padStart(2, '0')}.000Z`,
    ...overrides,
  };
}

const SET_KEY = recordsKey('attack-wave', 'set');

describe('records storage', () => {
  it('a PB round-trips through storage with its replay under its own key', () => {
    const storage = memoryStorage();
    const store = createRecordsStore(() => storage);
    const report = store.getState().finishRun(run(1800));
    expect(report.newPersonalBest).toBe(true);
    expect(report.saved).toBe(true);
    expect(report.problem).toBeNull();
    expect(store.getState().lastRun).toBe(report);

    const stored = JSON.parse(storage.data.get(SET_KEY)!);
    expect(stored.version).toBe(RECORDS_VERSION);
    expect(stored.pb.igtTicks).toBe(1800);
    expect(storage.data.get(replayKey('attack-wave', 'set'))).toContain('{"replay":1800}');

    // A fresh store (a reload) reads the same records and the replay text back exactly.
    const reloaded = createRecordsStore(() => storage);
    expect(reloaded.getState().pbFor('attack-wave', 'set')!.igtTicks).toBe(1800);
    expect(reloaded.getState().pbFor('attack-wave', 'random')).toBeNull();
    expect(reloaded.getState().sumOfBestFor('attack-wave', 'set')).toBe(1800);
    expect(reloaded.getState().pbReplay('attack-wave', 'set')).toBe('{"replay":1800}');
    expect(reloaded.getState().notice).toBeNull();
  });

  it('set and random seeds keep separate records', () => {
    const storage = memoryStorage();
    const store = createRecordsStore(() => storage);
    store.getState().finishRun(run(1800));
    store.getState().finishRun(run(2400, { seedType: 'random', seed: 77 }));
    expect(store.getState().pbFor('attack-wave', 'set')!.igtTicks).toBe(1800);
    expect(store.getState().pbFor('attack-wave', 'random')!.seed).toBe(77);
  });

  it('a slower run keeps the PB and its replay; a faster one replaces both', () => {
    const storage = memoryStorage();
    const store = createRecordsStore(() => storage);
    store.getState().finishRun(run(1800));
    expect(store.getState().finishRun(run(1900)).newPersonalBest).toBe(false);
    expect(store.getState().pbReplay('attack-wave', 'set')).toBe('{"replay":1800}');
    expect(store.getState().finishRun(run(1700)).newPersonalBest).toBe(true);
    expect(store.getState().pbReplay('attack-wave', 'set')).toBe('{"replay":1700}');
  });

  it('the same run reported twice is folded in once', () => {
    const store = createRecordsStore(() => memoryStorage());
    const first = store.getState().finishRun(run(1800));
    expect(store.getState().finishRun(run(1800))).toBe(first);
    expect(first.newPersonalBest).toBe(true);
  });

  it('practice and unfinished runs never write a PB', () => {
    const storage = memoryStorage();
    const store = createRecordsStore(() => storage);
    store.getState().finishRun(run(1000, { category: 'arena', practice: true }));
    store.getState().finishRun(run(900, { practice: true }));
    expect(storage.data.size).toBe(0);
    const died = store
      .getState()
      .finishRun(run(700, { completed: false, outcomeKind: 'destroyed' }));
    expect(died.newPersonalBest).toBe(false);
    expect(store.getState().pbFor('attack-wave', 'set')).toBeNull();
    // Its segments still count as best segments.
    expect(JSON.parse(storage.data.get(SET_KEY)!).bestSegments).toEqual({
      '(start)>wave-1': 350,
      'wave-1>party-end': 350,
    });
  });

  it('a replay too big for storage costs only the replay', () => {
    const storage = memoryStorage();
    storage.full.add(replayKey('attack-wave', 'set'));
    const store = createRecordsStore(() => storage);
    const report = store.getState().finishRun(run(1800));
    expect(report.saved).toBe(true);
    expect(report.problem).toMatch(/replay is too large/);
    expect(store.getState().pbFor('attack-wave', 'set')!.igtTicks).toBe(1800);
    expect(store.getState().pbReplay('attack-wave', 'set')).toBeNull();
  });

  it('full storage is reported; the session still compares against the new PB', () => {
    const storage = memoryStorage();
    storage.full.add('*');
    const store = createRecordsStore(() => storage);
    const report = store.getState().finishRun(run(1800));
    expect(report.saved).toBe(false);
    expect(report.problem).toMatch(/could not be saved/);
    expect(report.newPersonalBest).toBe(true);
    expect(store.getState().pbFor('attack-wave', 'set')!.igtTicks).toBe(1800);
    expect(storage.data.size).toBe(0);
  });

  it('a replay stored for another PB is never offered as this one', () => {
    const storage = memoryStorage();
    const store = createRecordsStore(() => storage);
    store.getState().finishRun(run(1800));
    const pb = store.getState().pbFor('attack-wave', 'set')!;
    storage.data.set(replayKey('attack-wave', 'set'), 'infinity-pb-replay 1 2020-01-01 5\n{}');
    expect(loadPbReplay(storage, 'attack-wave', 'set', pb)).toBeNull();
    storage.data.set(replayKey('attack-wave', 'set'), 'garbage');
    expect(loadPbReplay(storage, 'attack-wave', 'set', pb)).toBeNull();
  });
});

describe('bad stored records', () => {
  it('corrupt JSON is reported and left untouched', () => {
    const storage = memoryStorage({ [SET_KEY]: '{"version":1,"pb":{' });
    const slot = loadSlot(storage, 'attack-wave', 'set');
    expect(slot.status).toBe('unreadable');
    expect(slot.records.pb).toBeNull();
    expect(slot.problem).toMatch(/Attack Wave \(set seed\) records are unreadable/);

    const store = createRecordsStore(() => storage);
    expect(store.getState().notice).toMatch(/unreadable/);
    expect(storage.data.get(SET_KEY)).toBe('{"version":1,"pb":{');
    // Other slots load normally.
    expect(store.getState().slots['attack-wave/random']!.status).toBe('empty');
  });

  it('invalid records (wrong shape) are unreadable too', () => {
    const bad = JSON.stringify({
      version: 1,
      category: 'attack-wave',
      seedType: 'set',
      pb: { seed: 2025, igtTicks: -5, realTimeMs: 0, date: 'yesterday', splits: [] },
      bestSegments: {},
    });
    expect(loadSlot(memoryStorage({ [SET_KEY]: bad }), 'attack-wave', 'set').status).toBe(
      'unreadable',
    );
    // Records filed under the wrong slot are not trusted either.
    const misfiled = JSON.stringify({
      version: 1,
      category: 'any',
      seedType: 'set',
      pb: null,
      bestSegments: {},
    });
    expect(loadSlot(memoryStorage({ [SET_KEY]: misfiled }), 'attack-wave', 'set').status).toBe(
      'unreadable',
    );
  });

  it('a new run copies unreadable records aside before replacing them', () => {
    const storage = memoryStorage({ [SET_KEY]: 'not json at all' });
    const store = createRecordsStore(() => storage);
    const report = store.getState().finishRun(run(1800));
    expect(report.saved).toBe(true);
    const backups = [...storage.data.entries()].filter(([key]) =>
      key.startsWith(`${SET_KEY}.unreadable-`),
    );
    expect(backups.map(([, value]) => value)).toEqual(['not json at all']);
    expect(JSON.parse(storage.data.get(SET_KEY)!).pb.igtTicks).toBe(1800);
  });

  it('when the copy cannot be made, the unreadable records stay and the run is not stored', () => {
    const storage = memoryStorage({ [SET_KEY]: 'not json at all' });
    const store = createRecordsStore(() => storage);
    storage.full.add('*');
    const report = store.getState().finishRun(run(1800));
    expect(report.saved).toBe(false);
    expect(report.problem).toMatch(/left untouched/);
    expect(storage.data.get(SET_KEY)).toBe('not json at all');
  });

  it('records from a newer version are reported, kept, and never overwritten', () => {
    const newer = JSON.stringify({ version: RECORDS_VERSION + 1, anything: true });
    const storage = memoryStorage({ [SET_KEY]: newer });
    const store = createRecordsStore(() => storage);
    expect(store.getState().slots['attack-wave/set']!.status).toBe('newer');
    expect(store.getState().notice).toMatch(/newer version/);
    const report = store.getState().finishRun(run(1800));
    expect(report.saved).toBe(false);
    expect(report.problem).toMatch(/newer version/);
    expect(storage.data.get(SET_KEY)).toBe(newer);
  });

  it('an older or missing version is not accepted as version 1', () => {
    const old = JSON.stringify({
      version: 0,
      category: 'attack-wave',
      seedType: 'set',
      pb: null,
      bestSegments: {},
    });
    expect(loadSlot(memoryStorage({ [SET_KEY]: old }), 'attack-wave', 'set').status).toBe(
      'unreadable',
    );
  });

  it('storage that refuses to be read is reported; nothing is written over it', () => {
    const storage = memoryStorage();
    storage.getItem = () => {
      throw new Error('SecurityError');
    };
    const store = createRecordsStore(() => storage);
    expect(store.getState().notice).toMatch(/could not be read/);
    const report = store.getState().finishRun(run(1800));
    expect(report.saved).toBe(false);
    expect(storage.data.size).toBe(0);
  });

  it('no storage at all: records live for the session, with a message', () => {
    const store = createRecordsStore(() => null);
    expect(store.getState().notice).toBeNull();
    const report = store.getState().finishRun(run(1800));
    expect(report.problem).toMatch(/cannot be saved/);
    expect(store.getState().pbFor('attack-wave', 'set')!.igtTicks).toBe(1800);
  });
});
