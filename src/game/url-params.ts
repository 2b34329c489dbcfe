/** What the page URL asks for, validated: bad values are reported, never thrown. */
export interface UrlOptions {
  readonly test: boolean;
  readonly seed: number | null;
  readonly problems: readonly string[];
}

export const MAX_SEED = 0xffffffff;

export function parseSeed(text: string): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= MAX_SEED ? value : null;
}

export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  let seed: number | null = null;
  const seedText = params.get('seed');
  if (seedText !== null) {
    seed = parseSeed(seedText);
    if (seed === null) {
      problems.push(
        `Ignored ?seed=${seedText.slice(0, 24)}: a seed is a whole number from 0 to ${MAX_SEED}.`,
      );
    }
  }
  return { test: params.has('test'), seed, problems };
}
