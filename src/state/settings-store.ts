import { create } from 'zustand';
import type { Settings } from './settings-schema';
import { browserStorage, loadSettings, saveSettings } from './settings-storage';

interface SettingsStore {
  settings: Settings;
  /** A message for the player about stored settings that could not be used or saved. */
  notice: string | null;
  update(patch: Partial<Settings>): void;
  dismissNotice(): void;
}

const initial = loadSettings(browserStorage());

export const useSettings = create<SettingsStore>((set, get) => ({
  settings: initial.settings,
  notice: initial.problem,
  update(patch) {
    const settings = { ...get().settings, ...patch };
    const problem = saveSettings(browserStorage(), settings);
    set({ settings, notice: problem ?? get().notice });
  },
  dismissNotice() {
    set({ notice: null });
  },
}));
