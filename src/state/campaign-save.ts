import { z } from 'zod';
import type { KeyValueStorage } from './settings-storage';

export const CAMPAIGN_KEY = 'infinity.campaign';
export const CAMPAIGN_VERSION = 1;

/** What carries from one chapter into the next (credits, crew as they were, grudges). */
const carrySchema = z.object({
  credits: z.number().int().min(0),
  hull: z.number().min(0),
  crew: z
    .array(z.object({ name: z.string(), health: z.number().min(0).max(100), alive: z.boolean() }))
    .max(5),
  grudgeList: z.array(z.string().max(40)).max(5000),
  upgrades: z.record(z.string(), z.number().int().min(0).max(10)),
});

const saveSchema = z.object({
  version: z.literal(CAMPAIGN_VERSION),
  category: z.literal('any'),
  seed: z.number().int().min(0).max(0xffffffff),
  chapter: z.enum(['piracy', 'party', 'heart']),
  /** null at the campaign's start; the carried state for later chapters. */
  carry: carrySchema.nullable(),
});

export type CampaignSave = z.infer<typeof saveSchema>;
export type ChapterCarry = z.infer<typeof carrySchema>;

export interface LoadedCampaign {
  readonly save: CampaignSave | null;
  readonly problem: string | null;
}

/**
 * The autosave made at each chapter start. A save that cannot be read is reported and
 * left in storage untouched (never silently wiped); the title simply offers no Continue.
 */
export function loadCampaign(storage: KeyValueStorage | null): LoadedCampaign {
  if (!storage) return { save: null, problem: null };
  let text: string | null;
  try {
    text = storage.getItem(CAMPAIGN_KEY);
  } catch {
    return { save: null, problem: 'The campaign autosave could not be read (storage blocked).' };
  }
  if (text === null) return { save: null, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      save: null,
      problem: 'The campaign autosave is corrupt and was ignored. Start a new run to replace it.',
    };
  }
  const result = saveSchema.safeParse(parsed);
  if (!result.success) {
    const version = (parsed as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > CAMPAIGN_VERSION) {
      return {
        save: null,
        problem: 'The campaign autosave comes from a newer version of the game and was ignored.',
      };
    }
    return {
      save: null,
      problem: 'The campaign autosave is not valid and was ignored. Start a new run to replace it.',
    };
  }
  return { save: result.data, problem: null };
}

export function writeCampaign(storage: KeyValueStorage | null, save: CampaignSave): string | null {
  if (!storage) return 'The campaign cannot be autosaved in this browser.';
  try {
    storage.setItem(CAMPAIGN_KEY, JSON.stringify(save));
    return null;
  } catch {
    return 'The campaign could not be autosaved (storage full or blocked).';
  }
}

/** Permadeath: a lost run's autosave goes with it. */
export function clearCampaign(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem?.(CAMPAIGN_KEY);
  } catch {
    /* nothing to clear, or storage blocked: either way there is no save to resume */
  }
}
