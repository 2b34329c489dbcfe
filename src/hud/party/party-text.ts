import { PARTY, TICK_RATE, WAVES, type PartyState } from '../../sim';
import { fillBanner, type BannerCard } from '../banner/banner-card';

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

export type BannerText = BannerCard<BannerKind>;

const RELAY_WORDS = ['NONE', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'] as const;
const RELAY_KICKER = 'INVITATION RELAY DESTROYED';

/** The card at the party's start. */
export function introBanner(out: BannerText): BannerText {
  return fillBanner(
    out,
    'intro',
    'CHAPTER 2 — THE PARTY INVITATION',
    "YOU'RE INVITED",
    `Survive ${clockText(PARTY.durationTicks)} — or destroy the ${PARTY.relays.length} invitation relays`,
  );
}

/** "WAVE 4 — 282 INCOMING"; the last wave says so. */
export function waveBanner(wave: number, size: number, out: BannerText): BannerText {
  const kicker = wave === WAVE_COUNT ? 'FINAL WAVE' : 'INCOMING';
  return fillBanner(out, 'wave', kicker, `WAVE ${wave}`, `${size} INCOMING`);
}

/** "RELAY DOWN — TWO LEFT". */
export function relayBanner(left: number, out: BannerText): BannerText {
  if (left <= 0) {
    return fillBanner(out, 'relay', RELAY_KICKER, 'ALL RELAYS DOWN', 'THE INVITATION IS REVOKED');
  }
  const detail = `${RELAY_WORDS[left] ?? left} LEFT — THE INVITATION IS BREAKING UP`;
  return fillBanner(out, 'relay', RELAY_KICKER, 'RELAY DOWN', detail);
}

export function endBanner(by: 'relays' | 'timer', out: BannerText): BannerText {
  return by === 'relays'
    ? fillBanner(
        out,
        'end',
        'INVITATION REVOKED',
        'PARTY OVER',
        'Every relay down. Set a course for the Heart.',
      )
    : fillBanner(out, 'end', 'THEY ARE LOGGING OFF', 'PARTY OVER', 'You survived the party.');
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
  const kicker =
    by === 'relays'
      ? 'PARTY OVER · INVITATION REVOKED'
      : by === 'timer'
        ? 'PARTY OVER · THEY ARE LOGGING OFF'
        : 'PARTY OVER';
  const detail = `Course laid in for the Heart of Infinity — jumping in ${Math.max(0, Math.round(seconds))} s`;
  return fillBanner(out, 'jump', kicker, 'JUMP TO THE HEART', detail);
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

/** A later banner replaces an earlier one unless the earlier one matters more. */
export const BANNER_RANK: Readonly<Record<BannerKind, number>> = {
  intro: 0,
  wave: 1,
  relay: 2,
  end: 3,
  jump: 4,
};
