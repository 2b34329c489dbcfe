import type { EpilogueLine } from '../../sim/content/epilogue';
import { CREW } from '../../sim';

/** One epilogue card as the screen shows it: a speaker's chip (or narration) and the words. */
export interface EpilogueCard {
  /** "Nate", "Nanette (the copy, the captain)"; null for narration. */
  readonly speaker: string | null;
  /** The speaker's station ("Helm"), for the chip. */
  readonly role: string | null;
  readonly text: string;
}

/**
 * Splits a spoken line ('Nate: "Helm to captain..."') into the speaker's label and the
 * words, so the screen can set the name as a chip above the quote. Narration, and any
 * line that does not start with its speaker's name, is left whole.
 */
export function epilogueCard(line: EpilogueLine): EpilogueCard {
  const role = CREW.find((member) => member.name === line.speaker)?.role ?? null;
  if (line.speaker === null || !line.text.startsWith(line.speaker)) {
    return { speaker: line.speaker, role, text: line.text };
  }
  const colon = line.text.indexOf(': ');
  if (colon < 0) return { speaker: line.speaker, role, text: line.text };
  return { speaker: line.text.slice(0, colon), role, text: line.text.slice(colon + 2) };
}

/** Characters the typewriter reveals per second. */
export const TYPE_CHARS_PER_S = 48;

/** How many characters of a card are showing `elapsedMs` after it appeared. */
export function typedLength(text: string, elapsedMs: number): number {
  return Math.max(0, Math.min(text.length, Math.floor((elapsedMs / 1000) * TYPE_CHARS_PER_S)));
}
