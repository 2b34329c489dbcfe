import { runtime } from '../../game/runtime';
import { MAX_SEED } from '../../game/url-params';
import type { CategoryId } from '../../sim';
import type { SeedType } from '../../state/records-schema';

/** The replay file text of the run that just ended, or null when none was recorded. */
export function lastReplayText(): string | null {
  return runtime.lastReplay();
}

/** Plays a replay file back; returns why it cannot (for the player), or null once it plays. */
export function playReplayText(text: string): string | null {
  try {
    return runtime.playReplay(text);
  } catch (error) {
    return `The replay could not be played: ${(error as Error).message}`;
  }
}

/** Starts a run in a category with a set or random seed (the replay records which). */
export function startRun(category: CategoryId, seed: number, seedType: SeedType): void {
  runtime.start({ category, seed, seedType });
}

/** A fresh random seed, from the browser's cryptographic generator (never the sim's). */
export function rollSeed(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return words[0]! % (MAX_SEED + 1);
}

/** Saves text as a file through the browser's download. */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
