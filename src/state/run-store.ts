import { create } from 'zustand';

/**
 * UI-rate facts about the current run. `generation` changes when a new sim replaces
 * the old one, which is when views must rebuild what they built from the sim.
 */
interface RunStore {
  generation: number;
  seed: number;
  category: string;
  seedType: 'set' | 'random';
  /** The run on screen is an imported replay playing back. */
  playback: boolean;
  /**
   * The chapter on screen. Changes mid-run when the campaign moves on (the party after
   * Walton's broadcast, the Heart after the jump): scenes that belong to one chapter
   * mount and unmount on it.
   */
  chapter: string;
  /** Chapter-select practice (or a Continue): it never sets a personal best. */
  practice: boolean;
}

export const useRun = create<RunStore>(() => ({
  generation: 0,
  seed: 0,
  category: 'any',
  seedType: 'set',
  playback: false,
  practice: false,
  chapter: 'piracy',
}));
