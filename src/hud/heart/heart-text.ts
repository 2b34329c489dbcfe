import { TICK_RATE, type HeartEnding, type HeartStage, type HeartState } from '../../sim';
import { HEART } from '../../sim/content/heart';
import { fillBanner, type BannerCard } from '../banner/banner-card';

/**
 * Pure text and numbers for chapter 3's HUD (the Heart of Infinity): no DOM, no runtime,
 * so it runs and is tested in Node.
 */

export const PYLON_COUNT = HEART.pylons.length;
export const BOB_STRIKES = HEART.bob.strikes;
/** The copy beam's hold that ends the run, and the upload's hold that wins it, in seconds. */
export const BEAM_HOLD_S = HEART.beam.holdTicks / TICK_RATE;
export const UPLINK_HOLD_S = HEART.uplink.holdTicks / TICK_RATE;
/** From the Callister's centre to Bob's core: the cutlass reaches him inside this. */
export const CUTLASS_REACH_BOB_M = HEART.cutlass.rangeM + HEART.bob.hitRadiusM;
/** The countdown turns red (and pulses) in its last seconds. */
export const COUNTDOWN_CRITICAL_TICKS = 10 * TICK_RATE;

const STAGE_NAMES: Readonly<Record<HeartStage, string>> = {
  gauntlet: 'THE GAUNTLET',
  bob: "BOB'S CHAMBER",
  deletion: 'DELETION',
  uplink: 'THE UPLINK',
  done: 'THE HEART',
};

/** The panel's stage line: where in the Heart the Callister is. */
export function stageText(stage: HeartStage): string {
  return STAGE_NAMES[stage];
}

/** Bob's shield holds while any pylon stands; then the cutlass can reach him. */
export function shieldDown(heart: HeartState): boolean {
  return heart.pylonsLeft === 0 && heart.bob.alive;
}

/**
 * The deletion countdown's key: hundredths of a second left, rounded up, so it reads
 * 0.00 only when the time is out. Unchanged frames compare numbers, build no string.
 */
export function countdownKey(ticks: number): number {
  return Math.max(0, Math.ceil((ticks * 100) / TICK_RATE - 1e-9));
}

/** "60.00", "9.43", "0.00": seconds and hundredths (from countdownKey). */
export function countdownText(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  return `${whole}.${String(hundredths % 100).padStart(2, '0')}`;
}

export function countdownCritical(ticks: number): boolean {
  return ticks <= COUNTDOWN_CRITICAL_TICKS;
}

/** A no-break space: the HUD's narrow columns wrap lines, never inside a number and its unit. */
export const NBSP = '\u00a0';

/** Tenths of a second held (the meters' key), rounded down: "4.9" is not yet "5.0". */
export function tenthsKey(ticks: number): number {
  return Math.max(0, Math.floor((ticks * 10) / TICK_RATE + 1e-9));
}

/** "2.1 / 5.0 s" for the copy beam's hold, from tenthsKey. */
export function beamHoldText(tenths: number): string {
  return `${(tenths / 10).toFixed(1)} / ${BEAM_HOLD_S.toFixed(1)} s`;
}

/** How far the copy beam's hold has got, 0–1 (1 is the copied ending). */
export function beamFraction(holdTicks: number): number {
  return Math.max(0, Math.min(1, holdTicks / HEART.beam.holdTicks));
}

/** What the uplink readout says: out of the zone, in it but moving too fast, or holding. */
export type UplinkStatus = 'away' | 'too-fast' | 'holding';

export function uplinkStatus(inside: boolean, speedMps: number): UplinkStatus {
  if (!inside) return 'away';
  return speedMps > HEART.uplink.maxSpeedMps ? 'too-fast' : 'holding';
}

/**
 * The upload readout's key: status and tenths held in one number, so a frame where
 * neither changed builds no string.
 */
export function uplinkKey(status: UplinkStatus, holdTicks: number): number {
  const code = status === 'holding' ? 0 : status === 'too-fast' ? 1 : 2;
  return tenthsKey(holdTicks) * 4 + code;
}

/** "UPLOADING 2.1 / 3.0 s — HOLD POSITION"; too fast says how slow; away says so. */
export function uplinkText(key: number): string {
  const code = key % 4;
  // No-break spaces keep "2.1 / 3.0 s" together when the line wraps.
  const held = `${(Math.floor(key / 4) / 10).toFixed(1)}${NBSP}/${NBSP}${UPLINK_HOLD_S.toFixed(1)}${NBSP}s`;
  if (code === 0) return `UPLOADING ${held} — HOLD POSITION`;
  if (code === 1)
    return `TOO FAST — SLOW${NBSP}BELOW${NBSP}${HEART.uplink.maxSpeedMps}${NBSP}m/s${NBSP}· ${held}`;
  return `UPLINK LOST — GET BACK IN${NBSP}· ${held}`;
}

export function uplinkFraction(holdTicks: number): number {
  return Math.max(0, Math.min(1, holdTicks / HEART.uplink.holdTicks));
}

/**
 * The cutlass prompt under the reticle: 'strike' when Bob's shield is down and he is in
 * reach, 'cut' when a pylon is in reach (the blade cuts through its shield), 'shield'
 * for a while after a swing his shield turned, or nothing.
 */
export type CutlassPrompt = 'strike' | 'cut' | 'shield' | null;

export function cutlassPrompt(
  heart: HeartState,
  bobDistanceM: number,
  pylonInReach: boolean,
  deflectedRecently: boolean,
): CutlassPrompt {
  if (heart.stage !== 'bob' || !heart.bob.alive) return null;
  if (heart.pylonsLeft === 0 && bobDistanceM <= CUTLASS_REACH_BOB_M) return 'strike';
  if (deflectedRecently && heart.pylonsLeft > 0) return 'shield';
  if (pylonInReach) return 'cut';
  return null;
}

export function cutlassPromptText(prompt: CutlassPrompt, key: string, strikesLeft: number): string {
  switch (prompt) {
    case 'strike':
      return `${key} — CUTLASS${NBSP}· ${strikesLeft}${NBSP}STRIKE${strikesLeft === 1 ? '' : 'S'}${NBSP}TO${NBSP}END${NBSP}HIM`;
    case 'cut':
      return `${key} — CUTLASS${NBSP}· CUTS${NBSP}THROUGH${NBSP}SHIELDS`;
    case 'shield':
      return 'SHIELD UP — BREAK THE PYLONS';
    default:
      return '';
  }
}

/** How long "SHIELD UP" stays after a deflected swing, in ticks. */
export const DEFLECTED_HOLD_TICKS = Math.round(2.5 * TICK_RATE);

export type BannerKind =
  'intro' | 'bob' | 'pylon' | 'shield' | 'strike' | 'deletion' | 'uploaded' | 'lost';

export type BannerText = BannerCard<BannerKind>;

const NUMBER_WORDS = ['NONE', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'] as const;

/** The card as the Callister arrives in the Heart. */
export function introBanner(out: BannerText): BannerText {
  const detail = 'Thread the rings and firewalls to the core';
  return fillBanner(out, 'intro', 'CHAPTER 3', 'THE HEART OF INFINITY', detail);
}

export function bobAwakeBanner(out: BannerText): BannerText {
  const detail = `Keep moving: his beam copies you in ${BEAM_HOLD_S.toFixed(0)} s`;
  return fillBanner(out, 'bob', "THE HEART'S CORE", 'BOB IS AWAKE', detail);
}

/** "PYLON DOWN — THREE LEFT"; the last one is the shield's fall (shieldDownBanner). */
export function pylonBanner(left: number, out: BannerText): BannerText {
  if (left <= 0) return shieldDownBanner(out);
  const detail = `${NUMBER_WORDS[left] ?? left} LEFT — HIS SHIELD IS FLICKERING`;
  return fillBanner(out, 'pylon', 'SHIELD PYLON DESTROYED', 'PYLON DOWN', detail);
}

export function shieldDownBanner(out: BannerText): BannerText {
  const detail = 'Get in close — strike Bob with the cutlass';
  return fillBanner(out, 'shield', 'ALL PYLONS DOWN', 'SHIELD DOWN', detail);
}

export function strikeBanner(strikesLeft: number, out: BannerText): BannerText {
  const detail = `${NUMBER_WORDS[strikesLeft] ?? strikesLeft} MORE TO END HIM`;
  return fillBanner(out, 'strike', 'BARGRADIAN CUTLASS', 'STRIKE', detail);
}

export function deletionBanner(countdownTicks: number, out: BannerText): BannerText {
  const detail = `${Math.round(countdownTicks / TICK_RATE)} seconds — reach the retro computer uplink`;
  return fillBanner(out, 'deletion', 'BOB IS GONE', 'INFINITY IS DELETING ITSELF', detail);
}

/** The words for each of the Heart's endings, as fillBanner takes them. */
type EndingCard = readonly [kind: BannerKind, kicker: string, title: string, detail: string];

/** The upload, or one of the losses (the results screen says more). */
const ENDING_BANNERS: Readonly<Record<HeartEnding, EndingCard>> = {
  uploaded: [
    'uploaded',
    'THE RETRO COMPUTER',
    'UPLOAD COMPLETE',
    'The crew is safe on the hard drive',
  ],
  copied: ['lost', 'THE COPY BEAM HELD', 'COPIED', 'Bob keeps a copy of Nanette'],
  deleted: [
    'lost',
    'THE COUNTDOWN RAN OUT',
    'DELETED',
    'Infinity is gone, and the Callister with it',
  ],
  destroyed: ['lost', 'HULL BREACHED', 'CALLISTER LOST', 'The crew cannot respawn'],
};

export function endingBanner(ending: HeartEnding, out: BannerText): BannerText {
  return fillBanner(out, ...ENDING_BANNERS[ending]);
}

/** How long each banner holds before it fades, seconds (sim time: pause freezes it). */
export const BANNER_HOLD_S: Readonly<Record<BannerKind, number>> = {
  intro: 3.6,
  bob: 4,
  pylon: 2.4,
  shield: 3,
  strike: 1.6,
  deletion: 3.6,
  uploaded: 6,
  lost: 6,
};

/** A later banner replaces an earlier one unless the earlier one matters more. */
export const BANNER_RANK: Readonly<Record<BannerKind, number>> = {
  intro: 0,
  bob: 1,
  pylon: 2,
  strike: 2,
  shield: 3,
  deletion: 4,
  uploaded: 5,
  lost: 5,
};

/** Words for the wall warning: outside the Heart's walls the hull burns. */
export const WALL_WARNING = 'FIREWALL — HULL BURNING · GET BACK INSIDE THE HEART';
export const COLLAPSE_WARNING = 'DELETION FRONT — HULL BEING DELETED · OUTRUN IT';

/** Metres from the Callister back to the collapse front (negative: inside it). */
export function collapseGapM(distanceFromCoreM: number, collapseRadiusM: number): number {
  return distanceFromCoreM - collapseRadiusM;
}
