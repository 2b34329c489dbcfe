import type { ChapterName } from '../state';
import type { UpgradeId } from './upgrades';
import {
  ARENA_SECTOR,
  HEART_SECTOR,
  PARTY_SECTOR,
  PIRACY_SECTOR,
  type SectorDefinition,
} from './sector';

/** The loadout a standalone chapter category starts with: the same for everyone. */
export interface StandardLoadout {
  readonly upgrades: Readonly<Record<UpgradeId, number>>;
  /** Everyone the crew robbed in chapter 1, as the category defines it. */
  readonly grudgeList: 'standard' | 'none';
}

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
  /** The single ticks that start and stop the timer, in words (README, title screen). */
  readonly timing: { readonly start: string; readonly end: string };
  readonly loadout: StandardLoadout;
}

const NO_UPGRADES = { shields: 0, phasers: 0, torpedoes: 0, engines: 0, repair: 0 } as const;

export const CATEGORIES = {
  any: {
    id: 'any',
    title: 'Any%',
    description: 'The whole campaign: launch to upload complete.',
    firstChapter: 'piracy',
    sector: PIRACY_SECTOR,
    defaultSeed: 1031,
    practice: false,
    timing: {
      start: 'the first tick of chapter 1 (launch)',
      end: 'upload complete in the Heart (chapter 3)',
    },
    loadout: { upgrades: NO_UPGRADES, grudgeList: 'none' },
  },
  'attack-wave': {
    id: 'attack-wave',
    title: 'Attack Wave',
    description:
      'Chapter 2 alone: survive the party invitation, or take down its three relays. Standard loadout.',
    firstChapter: 'party',
    sector: PARTY_SECTOR,
    defaultSeed: 2025,
    practice: false,
    timing: {
      start: "the party's first tick",
      end: 'the tick the last relay falls or the party timer runs out',
    },
    // A Callister that raided its way through chapter 1 and spent at the fence.
    loadout: {
      upgrades: { shields: 1, phasers: 1, torpedoes: 1, engines: 0, repair: 0 },
      grudgeList: 'standard',
    },
  },
  heart: {
    id: 'heart',
    title: 'Heart',
    description:
      'Chapter 3 alone: the gauntlet, Bob and his copy beam, the cutlass, and sixty seconds to the uplink. Standard loadout.',
    firstChapter: 'heart',
    sector: HEART_SECTOR,
    defaultSeed: 1997,
    practice: false,
    timing: {
      start: "the Heart's first tick (arrival from the jump)",
      end: 'upload complete at the retro computer',
    },
    // The Callister as a good campaign brings it here: the fence's first tier of everything.
    loadout: {
      upgrades: { shields: 1, phasers: 1, torpedoes: 1, engines: 1, repair: 0 },
      grudgeList: 'none',
    },
  },
  arena: {
    id: 'arena',
    title: 'Combat arena',
    description: 'Practice: five Infinity players in a rock garden. Clear them all.',
    firstChapter: 'arena',
    sector: ARENA_SECTOR,
    defaultSeed: 451,
    practice: true,
    timing: { start: 'the first tick', end: 'the last Infinity ship down' },
    loadout: { upgrades: NO_UPGRADES, grudgeList: 'none' },
  },
} as const satisfies Record<string, CategoryDefinition>;

export type CategoryId = keyof typeof CATEGORIES;

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORIES, value);
}
