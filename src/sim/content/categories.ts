import type { ChapterName } from '../state';

/** A speedrun category names where a run starts and what ends it. */
export interface CategoryDefinition {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly firstChapter: ChapterName;
  /** The category's published seed for set-seed runs. */
  readonly defaultSeed: number;
}

export const CATEGORIES = {
  any: {
    id: 'any',
    title: 'Any%',
    description: 'The whole campaign: launch to upload complete.',
    firstChapter: 'piracy',
    defaultSeed: 1031,
  },
} as const satisfies Record<string, CategoryDefinition>;

export type CategoryId = keyof typeof CATEGORIES;

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORIES, value);
}
