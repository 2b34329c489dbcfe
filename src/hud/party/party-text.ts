import { PARTY, TICK_RATE, WAVES, type PartyState } from '../../sim';

/**
 * Pure text and numbers for chapter 2's HUD (the party invitation): no DOM, no runtime,
 * so it runs and is tested in Node.
 */

/** Waves in the party. */
export const WAVE_COUNT = WAVES.length;

/** "WAVE 3/5"'s number part; "—/5" before the first wave. */
export function waveText(wave: number): string {
  return `${wave > 0 ? wave : '—'}/${WAVE_COUNT}`;
}

/** Ticks until the party ends by itself (0 once it is over). */
export function partyTicksLeft(party: PartyState, tick: number): number {
  const end = party.startTick + PARTY.durationTicks;
  const now = party.endedTick ?? tick;
  return Math.max(0, end - now);
}

/** A countdown as m:ss, rounded up so it reads 0:00 only when the time is out. */
export function clockText(ticks: number): string {
  const seconds = Math.max(0, Math.ceil(ticks / TICK_RATE));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Party ships still flying (the relays' guards included). */
export function attackersAlive(party: PartyState): number {
  let total = 0;
  for (const count of party.aliveByWave) total += count;
  return total;
}

/**
 * The panel's status line as a number key: positive while a wave is still warping in
 * (ships to come), negative for the hostiles flying (-1 - count), so a frame where it
 * has not changed builds no string.
 */
export function statusKey(party: PartyState): number {
  if (party.endedTick !== null) return 0;
  if (party.toArrive > 0) return party.toArrive;
  return -1 - attackersAlive(party);
}

export function statusText(key: number): string {
  if (key > 0) return `${key} INCOMING`;
  if (key === 0) return 'PARTY OVER';
  const hostiles = -1 - key;
  return `${hostiles} HOSTILE${hostiles === 1 ? '' : 'S'}`;
}

export type BannerKind = 'intro' | 'wave' | 'relay' | 'end' | 'jump';

export interface BannerText {
  kind: BannerKind;
  kicker: string;
  title: string;
  detail: string;
}

const RELAY_WORDS = ['NONE', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'] as const;

/** The card at the party's start. */
export function introBanner(out: BannerText): BannerText {
  out.kind = 'intro';
  out.kicker = 'CHAPTER 2 — THE PARTY INVITATION';
  out.title = "YOU'RE INVITED";
  out.detail = `Survive ${clockText(PARTY.durationTicks)} — or destroy the ${PARTY.relays.length} invitation relays`;
  return out;
}

/** "WAVE 4 — 282 INCOMING"; the last wave says so. */
export function waveBanner(wave: number, size: number, out: BannerText): BannerText {
  out.kind = 'wave';
  out.kicker = wave === WAVE_COUNT ? 'FINAL WAVE' : 'INCOMING';
  out.title = `WAVE ${wave}`;
  out.detail = `${size} INCOMING`;
  return out;
}

/** "RELAY DOWN — TWO LEFT". */
export function relayBanner(left: number, out: BannerText): BannerText {
  out.kind = 'relay';
  out.kicker = 'INVITATION RELAY DESTROYED';
  out.title = left > 0 ? 'RELAY DOWN' : 'ALL RELAYS DOWN';
  out.detail =
    left > 0
      ? `${RELAY_WORDS[left] ?? left} LEFT — THE INVITATION IS BREAKING UP`
      : 'THE INVITATION IS REVOKED';
  return out;
}

export function endBanner(by: 'relays' | 'timer', out: BannerText): BannerText {
  out.kind = 'end';
  out.kicker = by === 'relays' ? 'INVITATION REVOKED' : 'THEY ARE LOGGING OFF';
  out.title = 'PARTY OVER';
  out.detail =
    by === 'relays' ? 'Every relay down. Set a course for the Heart.' : 'You survived the party.';
  return out;
}

/**
 * In the campaign the party's end is the jump to the Heart (HeartJump, the same tick):
 * "PARTY OVER" becomes "JUMP TO THE HEART", with the seconds until the Callister arrives.
 */
export function jumpBanner(
  by: 'relays' | 'timer' | null,
  seconds: number,
  out: BannerText,
): BannerText {
  out.kind = 'jump';
  out.kicker =
    by === 'relays'
      ? 'PARTY OVER · INVITATION REVOKED'
      : by === 'timer'
        ? 'PARTY OVER · THEY ARE LOGGING OFF'
        : 'PARTY OVER';
  out.title = 'JUMP TO THE HEART';
  out.detail = `Course laid in for the Heart of Infinity — jumping in ${Math.max(0, Math.round(seconds))} s`;
  return out;
}

/** How long each banner holds before it fades, seconds (sim time: pause freezes it). */
export const BANNER_HOLD_S: Readonly<Record<BannerKind, number>> = {
  intro: 3.6,
  wave: 2.6,
  relay: 2.8,
  end: 5,
  // Until the Callister arrives: then the Heart's own intro takes over.
  jump: 3,
};
export const BANNER_FADE_S = 0.7;
/** The banner pops in over this long. */
export const BANNER_POP_S = 0.22;

/** Opacity and scale of a banner `ageS` seconds after it appeared. */
export function bannerLook(
  kind: BannerKind,
  ageS: number,
  out: { opacity: number; scale: number },
): { opacity: number; scale: number } {
  return bannerLookFor(BANNER_HOLD_S[kind], ageS, out);
}

/** The same for any banner that holds `holdS` seconds (the Heart's banners use it too). */
export function bannerLookFor(
  holdS: number,
  ageS: number,
  out: { opacity: number; scale: number },
): { opacity: number; scale: number } {
  if (ageS < 0 || ageS >= holdS + BANNER_FADE_S) {
    out.opacity = 0;
    out.scale = 1;
    return out;
  }
  const pop = Math.min(1, ageS / BANNER_POP_S);
  const fade = ageS > holdS ? 1 - (ageS - holdS) / BANNER_FADE_S : 1;
  out.opacity = Math.min(pop * 1.5, 1) * fade;
  // Overshoots a little, then settles.
  out.scale = pop < 1 ? 1.35 - 0.35 * (1 - (1 - pop) * (1 - pop)) : 1;
  return out;
}
