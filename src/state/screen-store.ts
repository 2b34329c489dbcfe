import { create } from 'zustand';

/**
 * 'shop': the fence's black market, open while docked (the run is paused behind it).
 * 'epilogue': after upload complete, Nanette wakes in hospital; then 'results'.
 */
export type Screen = 'title' | 'settings' | 'playing' | 'paused' | 'shop' | 'epilogue' | 'results';

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
