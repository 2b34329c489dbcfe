import type { ChapterName } from '../state';
import { ARENA_SECTOR, PIRACY_SECTOR, type SectorDefinition } from './sector';

/** A speedrun category names where a run starts and what ends it. */
export interface CategoryDefinition {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly firstChapter: ChapterName;
  readonly sector: SectorDefinition;
  /** The category's published seed for set-seed runs. */
  readonly defaultSeed: number;
  /** Practice categories never count as personal bests. */
  readonly practice: boolean;
}

export const CATEGORIES = {
  any: {
    id: 'any',
    title: 'Any%',
    description: 'The whole campaign: launch to upload complete.',
    firstChapter: 'piracy',
    sector: PIRACY_SECTOR,
    defaultSeed: 1031,
    practice: false,
  },
  arena: {
    id: 'arena',
    title: 'Combat arena',
    description: 'Practice: five Infinity players in a rock garden. Clear them all.',
    firstChapter: 'arena',
    sector: ARENA_SECTOR,
    defaultSeed: 451,
    practice: true,
  },
} as const satisfies Record<string, CategoryDefinition>;

export type CategoryId = keyof typeof CATEGORIES;

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORIES, value);
}
