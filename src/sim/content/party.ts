import type { ShipClass } from '../events';
import { TICK_RATE } from '../constants';

type Vec3Tuple = readonly [number, number, number];

const s = (seconds: number): number => Math.round(seconds * TICK_RATE);

/**
 * One wave of the party: when it is due, how many ships it brings (a base plus a
 * share per grudge-list entry: every robbed player comes back with friends) and the
 * class mix. A wave ends when its ships are all down, or when the next one is due.
 */
export interface WaveDefinition {
  /** Ticks after the party's first tick at which the wave starts arriving at the latest. */
  readonly dueTick: number;
  readonly base: number;
  readonly perGrudge: number;
  /** Relative weights of dart / brawler / hunter. */
  readonly mix: Readonly<Record<'dart' | 'brawler' | 'hunter', number>>;
  /** Named grudge-holders (from the grudge list) leading this wave. */
  readonly named: number;
}

export const WAVES: readonly WaveDefinition[] = [
  { dueTick: s(6), base: 18, perGrudge: 2, mix: { dart: 8, brawler: 2, hunter: 0 }, named: 1 },
  { dueTick: s(50), base: 36, perGrudge: 4, mix: { dart: 6, brawler: 3, hunter: 1 }, named: 2 },
  { dueTick: s(100), base: 60, perGrudge: 6, mix: { dart: 5, brawler: 3, hunter: 2 }, named: 2 },
  { dueTick: s(155), base: 90, perGrudge: 8, mix: { dart: 5, brawler: 3, hunter: 2 }, named: 3 },
  { dueTick: s(210), base: 180, perGrudge: 10, mix: { dart: 6, brawler: 3, hunter: 2 }, named: 4 },
];

/** The invitation relays: fixed in the sector around Walton's planet. */
export interface RelayDefinition {
  readonly position: Vec3Tuple;
  /** Ships that hold a tight guard around this relay from the party's start. */
  readonly guards: number;
}

export const PARTY = {
  /** The party ends (survived) this long after it starts, if the relays still stand. */
  durationTicks: s(300),
  /** Ships of a wave arrive in warp-in bursts this far apart, this many at a time. */
  burstEveryTicks: 20,
  burstSize: 24,
  /** Attackers warp in on a shell around the Callister. */
  arrivalRadiusM: { min: 900, max: 1500 },
  /**
   * Shared fire budget: gun bursts the whole swarm may start per second, by wave (1-based
   * index; 0 = before the first wave). A hundred ships all firing at once would be
   * instant death; a swarm that takes turns is a fight. Gentle in waves 1–2, where the
   * relay route is won or lost: with ram damage set aside, the autopilot's plain style
   * (flight assist on, holding still nose-on to each relay, aim perfect or 0.025 rad
   * off) wins about half its runs (4 of 6 on seeds 2025/1/2, with 7–43 hull left, ~90 s)
   * and dies with the last relay standing in the rest. Steep from wave 3: the
   * five-minute timer route through waves 4–5 is meant to be the hard way out.
   */
  burstsPerSecondByWave: [0, 0.8, 1.2, 2.0, 2.8, 3.6],
  /** Named grudge-holders are tougher than the swarm. */
  namedHullFactor: 3,
  namedShieldFactor: 2,
  /** Guards hold station within this of their relay until the Callister comes close. */
  guardRadiusM: 260,
  guardAlertRangeM: 1300,
  relays: [
    { position: [700, 500, -3300], guards: 45 },
    { position: [3300, 1500, -3600], guards: 55 },
    { position: [1500, 2600, -3500], guards: 65 },
  ] as readonly RelayDefinition[],
} as const;

/** A relay is a big static target in the enemy list (so targeting, locks and the HUD see it). */
export const RELAY_CLASS: ShipClass = 'relay';

/**
 * The Attack Wave category's fixed grudge list: the same 24 robbed players every run,
 * so wave sizes are the same for everyone on every seed.
 */
export const STANDARD_GRUDGE_LIST: readonly string[] = [
  'xX_N0vaSlayer_Xx',
  'VoidReaper_99',
  'NebulaQueen',
  'Kr0nos_TTV',
  'QuasarKid2009',
  'DarkMatterDan',
  'PulsarPete',
  'Ecl1pse_Main',
  'Hyperdrive_Hannah',
  'W4rpSpeed',
  'xXGalaxiaXx',
  'Rogue_Ph0ton',
  'Zenith420',
  'Glitch_Witch',
  'FrostByte_77',
  'ViperMk2',
  'RavenOfOrion',
  'TitanTim',
  'Nyx_Aeterna',
  'EchoEchoEcho',
  'PixelPaladin',
  'LagSwitchLarry',
  'Sp4ceCadet_UK',
  'AstroAnna',
];

/** How many ships a wave brings, for a given grudge list length. */
export function waveSize(waveIndex: number, grudges: number): number {
  const wave = WAVES[waveIndex];
  if (!wave) return 0;
  return wave.base + wave.perGrudge * grudges;
}

export const PARTY_INTRO_LINES: readonly { at: number; from: string; text: string }[] = [
  { at: 0, from: 'Walton', text: "YOU'RE INVITED! Party at the Callister. Bring your friends." },
  {
    at: s(2.5),
    from: 'Kabir',
    text: 'Three relays are broadcasting the invitation. Kill them and the party is over.',
  },
  { at: s(5), from: 'Nanette', text: 'Shields up. Everyone we ever robbed is coming.' },
];
