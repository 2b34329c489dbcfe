import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/state/settings-schema';
import {
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  type KeyValueStorage,
} from '../../src/state/settings-storage';

function memoryStorage(initial?: string): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(SETTINGS_KEY, initial);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('settings storage', () => {
  it('round-trips saved settings', () => {
    const storage = memoryStorage();
    const settings = { mouseSensitivity: 1.75, invertY: true, masterVolume: 0.3 };
    expect(saveSettings(storage, settings)).toBeNull();
    expect(loadSettings(storage)).toEqual({ settings, problem: null });
    expect(JSON.parse(storage.data.get(SETTINGS_KEY)!).version).toBe(SETTINGS_VERSION);
  });

  it('nothing stored gives the defaults without a message', () => {
    expect(loadSettings(memoryStorage())).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });

  it('corrupt JSON falls back to defaults with a message and is left in storage', () => {
    const storage = memoryStorage('{"version":1,"values":{"invertY":tru');
    const loaded = loadSettings(storage);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/unreadable/);
    expect(storage.data.get(SETTINGS_KEY)).toBe('{"version":1,"values":{"invertY":tru');
  });

  it('one invalid field is reset alone; the valid ones are kept', () => {
    const storage = memoryStorage(
      JSON.stringify({
        version: 1,
        values: { mouseSensitivity: 'fast', invertY: true, masterVolume: 0.4 },
      }),
    );
    const loaded = loadSettings(storage);
    expect(loaded.settings).toEqual({
      mouseSensitivity: DEFAULT_SETTINGS.mouseSensitivity,
      invertY: true,
      masterVolume: 0.4,
    });
    expect(loaded.problem).toMatch(/mouseSensitivity/);
  });

  it('out-of-range numbers are rejected', () => {
    const loaded = loadSettings(
      memoryStorage(JSON.stringify({ version: 1, values: { masterVolume: 7 } })),
    );
    expect(loaded.settings.masterVolume).toBe(DEFAULT_SETTINGS.masterVolume);
    expect(loaded.problem).toMatch(/masterVolume/);
  });

  it('settings from a newer version are not misread', () => {
    const loaded = loadSettings(
      memoryStorage(JSON.stringify({ version: 99, values: { invertY: true } })),
    );
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/newer version/);
  });

  it('a throwing storage is reported, not fatal', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
    };
    expect(loadSettings(broken).problem).toMatch(/unavailable/);
    expect(saveSettings(broken, DEFAULT_SETTINGS)).toMatch(/could not be saved/);
  });
});
