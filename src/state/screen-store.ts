import { create } from 'zustand';

export type Screen = 'title' | 'settings' | 'playing' | 'paused' | 'results';

interface ScreenStore {
  screen: Screen;
  /** Where Settings returns to: the title or the pause menu. */
  settingsReturn: 'title' | 'paused';
  go(screen: Screen): void;
  openSettings(from: 'title' | 'paused'): void;
}

export const useScreen = create<ScreenStore>((set) => ({
  screen: 'title',
  settingsReturn: 'title',
  go(screen) {
    set({ screen });
  },
  openSettings(from) {
    set({ screen: 'settings', settingsReturn: from });
  },
}));
