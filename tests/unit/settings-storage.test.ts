import { describe, expect, it } from 'vitest';
import { DEFAULT_BINDINGS } from '../../src/input/actions';
import { bindSlot } from '../../src/input/bindings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/state/settings-schema';
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
  it('round-trips saved settings, bindings included', () => {
    const storage = memoryStorage();
    const settings: Settings = {
      mouseSensitivity: 1.75,
      invertY: true,
      masterVolume: 0.3,
      effectsVolume: 0.45,
      musicVolume: 0.1,
      graphicsQuality: 'low',
      fov: 90,
      screenShake: 0,
      hudScale: 1.25,
      ghost: false,
      liveSplit: true,
      bindings: bindSlot(DEFAULT_BINDINGS, 'throttleUp', 0, 'KeyI'),
    };
    expect(saveSettings(storage, settings)).toBeNull();
    expect(loadSettings(storage)).toEqual({ settings, problem: null });
    expect(JSON.parse(storage.data.get(SETTINGS_KEY)!).version).toBe(SETTINGS_VERSION);
  });

  it('saves from before the ghost and LiveSplit toggles load them at their defaults', () => {
    const loaded = loadSettings(
      memoryStorage(
        JSON.stringify({ version: 2, values: { invertY: true, fov: 80, hudScale: 1.25 } }),
      ),
    );
    expect(loaded.problem).toBeNull();
    expect(loaded.settings).toEqual({
      ...DEFAULT_SETTINGS,
      invertY: true,
      fov: 80,
      hudScale: 1.25,
    });
    expect(loaded.settings.ghost).toBe(true);
    expect(loaded.settings.liveSplit).toBe(false);
    const invalid = loadSettings(
      memoryStorage(JSON.stringify({ version: 2, values: { ghost: 'yes', liveSplit: 1 } })),
    );
    expect(invalid.settings.ghost).toBe(true);
    expect(invalid.settings.liveSplit).toBe(false);
    expect(invalid.problem).toMatch(/ghost, liveSplit/);
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
      ...DEFAULT_SETTINGS,
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

  it('out-of-range and unknown values of the new fields are rejected one by one', () => {
    const loaded = loadSettings(
      memoryStorage(
        JSON.stringify({
          version: 2,
          values: { fov: 130, graphicsQuality: 'ultra', hudScale: 1.5, screenShake: -1 },
        }),
      ),
    );
    expect(loaded.settings.fov).toBe(DEFAULT_SETTINGS.fov);
    expect(loaded.settings.graphicsQuality).toBe(DEFAULT_SETTINGS.graphicsQuality);
    expect(loaded.settings.screenShake).toBe(DEFAULT_SETTINGS.screenShake);
    expect(loaded.settings.hudScale).toBe(1.5);
    expect(loaded.problem).toMatch(/graphicsQuality, fov, screenShake/);
  });
});

describe('settings migration and bindings', () => {
  it('the current version is 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('a version 1 record loads with its values kept, new fields and bindings at defaults, no message', () => {
    const v1 = JSON.stringify({
      version: 1,
      values: { mouseSensitivity: 2.5, invertY: true, masterVolume: 0.35 },
    });
    const loaded = loadSettings(memoryStorage(v1));
    expect(loaded.problem).toBeNull();
    expect(loaded.settings).toEqual({
      ...DEFAULT_SETTINGS,
      mouseSensitivity: 2.5,
      invertY: true,
      masterVolume: 0.35,
      bindings: DEFAULT_BINDINGS,
    });
  });

  it('a migrated record saves as version 2 and reloads the same', () => {
    const storage = memoryStorage(
      JSON.stringify({
        version: 1,
        values: { mouseSensitivity: 0.5, invertY: false, masterVolume: 1 },
      }),
    );
    const loaded = loadSettings(storage);
    expect(saveSettings(storage, loaded.settings)).toBeNull();
    const saved = JSON.parse(storage.data.get(SETTINGS_KEY)!);
    expect(saved.version).toBe(2);
    expect(saved.values.bindings.throttleUp).toEqual(['KeyW']);
    expect(loadSettings(storage)).toEqual(loaded);
  });

  it('corrupt bindings fall back to default bindings with a message; other settings are kept', () => {
    const loaded = loadSettings(
      memoryStorage(
        JSON.stringify({
          version: 2,
          values: { mouseSensitivity: 3, invertY: true, fov: 80, bindings: 'WASD please' },
        }),
      ),
    );
    expect(loaded.settings).toEqual({
      ...DEFAULT_SETTINGS,
      mouseSensitivity: 3,
      invertY: true,
      fov: 80,
      bindings: DEFAULT_BINDINGS,
    });
    expect(loaded.problem).toMatch(/key bindings were unreadable/);
  });

  it('one corrupt action resets alone; unknown actions are ignored, missing ones get defaults', () => {
    const loaded = loadSettings(
      memoryStorage(
        JSON.stringify({
          version: 2,
          values: {
            musicVolume: 0.2,
            bindings: { throttleUp: ['KeyI'], fire: { primary: 'Mouse0' }, hyperspace: ['KeyH'] },
          },
        }),
      ),
    );
    expect(loaded.settings.musicVolume).toBe(0.2);
    expect(loaded.settings.bindings.throttleUp).toEqual(['KeyI']);
    expect(loaded.settings.bindings.fire).toEqual(DEFAULT_BINDINGS.fire);
    expect(loaded.settings.bindings.torpedo).toEqual(DEFAULT_BINDINGS.torpedo);
    expect(Object.keys(loaded.settings.bindings)).not.toContain('hyperspace');
    expect(loaded.problem).toMatch(/reset to defaults: Phasers\./);
  });

  it('bindings saved before the cutlass was added load with its defaults, quietly, and save with it', () => {
    const { cutlass: _added, ...older } = DEFAULT_BINDINGS;
    const storage = memoryStorage(
      JSON.stringify({
        version: 2,
        values: { invertY: true, bindings: { ...older, throttleUp: ['KeyI'] } },
      }),
    );
    const loaded = loadSettings(storage);
    expect(loaded.problem).toBeNull();
    expect(loaded.settings.invertY).toBe(true);
    expect(loaded.settings.bindings.throttleUp).toEqual(['KeyI']);
    expect(loaded.settings.bindings.cutlass).toEqual(['KeyC', 'Mouse1', 'Pad2']);
    expect(saveSettings(storage, loaded.settings)).toBeNull();
    expect(JSON.parse(storage.data.get(SETTINGS_KEY)!).values.bindings.cutlass).toEqual([
      'KeyC',
      'Mouse1',
      'Pad2',
    ]);
  });

  it('a bad field and bad bindings are both reported', () => {
    const loaded = loadSettings(
      memoryStorage(
        JSON.stringify({ version: 2, values: { invertY: 'yes', bindings: { pause: [null] } } }),
      ),
    );
    expect(loaded.problem).toMatch(/invertY/);
    expect(loaded.problem).toMatch(/Pause/);
    expect(loaded.settings.bindings.pause).toEqual(DEFAULT_BINDINGS.pause);
  });
});
