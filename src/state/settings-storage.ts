import { describeBindingProblem, parseBindings } from '../input/bindings';
import {
  defaultSettings,
  SETTING_FIELDS,
  SETTINGS_VERSION,
  type ScalarSettingKey,
  type Settings,
} from './settings-schema';

export const SETTINGS_KEY = 'infinity.settings';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
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
  if (!storage) return { settings: defaultSettings(), problem: null };
  let text: string | null;
  try {
    text = storage.getItem(SETTINGS_KEY);
  } catch {
    return {
      settings: defaultSettings(),
      problem: 'Settings storage is unavailable; using defaults.',
    };
  }
  if (text === null) return { settings: defaultSettings(), problem: null };

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      settings: defaultSettings(),
      problem: 'Saved settings were unreadable; using defaults.',
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      settings: defaultSettings(),
      problem: 'Saved settings were not a settings record; using defaults.',
    };
  }
  const record = parsed as Record<string, unknown>;
  if (typeof record.version === 'number' && record.version > SETTINGS_VERSION) {
    return {
      settings: defaultSettings(),
      problem: `Saved settings come from a newer version (${record.version}); using defaults for now.`,
    };
  }
  const version = typeof record.version === 'number' ? record.version : SETTINGS_VERSION;
  const stored = (
    typeof record.values === 'object' && record.values !== null && !Array.isArray(record.values)
      ? record.values
      : {}
  ) as Record<string, unknown>;
  const values = migrate(stored, version);
  const settings = defaultSettings();
  const rejected: string[] = [];
  for (const key of Object.keys(SETTING_FIELDS) as ScalarSettingKey[]) {
    if (!(key in values)) continue;
    const result = SETTING_FIELDS[key].safeParse(values[key]);
    if (result.success) (settings as unknown as Record<string, unknown>)[key] = result.data;
    else rejected.push(key);
  }
  const problems: string[] = [];
  if (rejected.length) {
    problems.push(`Some saved settings were invalid and were reset: ${rejected.join(', ')}.`);
  }
  if ('bindings' in values) {
    const bindings = parseBindings(values.bindings);
    settings.bindings = bindings.bindings;
    const problem = describeBindingProblem(bindings);
    if (problem) problems.push(problem);
  }
  return { settings, problem: problems.length ? problems.join(' ') : null };
}

/**
 * Brings stored values from an older version up to the current shape. Each step takes
 * version n to n + 1; fields a version added are simply absent before it and are filled
 * with defaults by the loader, so a step only has to rename or convert.
 */
const MIGRATIONS: Record<number, (values: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: new fields (volumes, video, gameplay, bindings) start at their defaults;
  // nothing stored in version 1 changed meaning.
  1: (values) => ({ ...values }),
};

export function migrate(
  values: Record<string, unknown>,
  fromVersion: number,
): Record<string, unknown> {
  let current = values;
  for (let version = Math.max(1, Math.floor(fromVersion)); version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step) current = step(current);
  }
  return current;
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
