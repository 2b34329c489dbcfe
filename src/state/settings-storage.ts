import {
  DEFAULT_SETTINGS,
  SETTING_FIELDS,
  SETTINGS_VERSION,
  type Settings,
} from './settings-schema';

export const SETTINGS_KEY = 'infinity.settings';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LoadedSettings {
  readonly settings: Settings;
  /** What was wrong with the stored settings, in words for the player; null when all was well. */
  readonly problem: string | null;
}

/**
 * Reads stored settings, keeping every field that is valid and replacing only the
 * bad ones with defaults. A corrupt entry is reported, never silently wiped: it is
 * left in storage until the player saves new settings.
 */
export function loadSettings(storage: KeyValueStorage | null): LoadedSettings {
  if (!storage) return { settings: { ...DEFAULT_SETTINGS }, problem: null };
  let text: string | null;
  try {
    text = storage.getItem(SETTINGS_KEY);
  } catch {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problem: 'Settings storage is unavailable; using defaults.',
    };
  }
  if (text === null) return { settings: { ...DEFAULT_SETTINGS }, problem: null };

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problem: 'Saved settings were unreadable; using defaults.',
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problem: 'Saved settings were not a settings record; using defaults.',
    };
  }
  const record = parsed as Record<string, unknown>;
  if (typeof record.version === 'number' && record.version > SETTINGS_VERSION) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problem: `Saved settings come from a newer version (${record.version}); using defaults for now.`,
    };
  }
  const values = (
    typeof record.values === 'object' && record.values !== null ? record.values : {}
  ) as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const rejected: string[] = [];
  for (const key of Object.keys(SETTING_FIELDS) as (keyof Settings)[]) {
    if (!(key in values)) continue;
    const result = SETTING_FIELDS[key].safeParse(values[key]);
    if (result.success) (settings as unknown as Record<string, unknown>)[key] = result.data;
    else rejected.push(key);
  }
  return {
    settings,
    problem: rejected.length
      ? `Some saved settings were invalid and were reset: ${rejected.join(', ')}.`
      : null,
  };
}

export function saveSettings(storage: KeyValueStorage | null, settings: Settings): string | null {
  if (!storage) return 'Settings cannot be saved in this browser.';
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: SETTINGS_VERSION, values: settings }));
    return null;
  } catch {
    return 'Settings could not be saved (storage full or blocked).';
  }
}

/** localStorage, or null where the browser blocks it (private modes, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
