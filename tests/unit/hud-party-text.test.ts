import { describe, expect, it } from 'vitest';
import { BANNER_FADE_S, bannerLookFor } from '../../src/hud/banner/banner-card';
import {
  BANNER_HOLD_S,
  BANNER_RANK,
  WAVE_COUNT,
  attackersAlive,
  clockText,
  endBanner,
  introBanner,
  partyTicksLeft,
  relayBanner,
  statusKey,
  statusText,
  waveBanner,
  waveText,
  type BannerText,
} from '../../src/hud/party/party-text';
import { PARTY, TICK_RATE, describeObjective, type PartyState, type SimState } from '../../src/sim';

function party(overrides: Partial<PartyState> = {}): PartyState {
  return {
    startTick: 100,
    wave: 0,
    toArrive: 0,
    nextBurstTick: 0,
    relayIds: [1, 2, 3],
    relaysLeft: 3,
    nextGrudge: 0,
    fireBudget: 0,
    aliveByWave: [0, 0, 0, 0, 0, 0],
    endedTick: null,
    endedBy: null,
    waveClearedTick: null,
    ...overrides,
  } as PartyState;
}

const banner = (): BannerText => ({ kind: 'intro', kicker: '', title: '', detail: '' });

describe('party console text', () => {
  it('counts waves out of five, with a dash before the first', () => {
    expect(WAVE_COUNT).toBe(5);
    expect(waveText(0)).toBe('—/5');
    expect(waveText(3)).toBe('3/5');
  });

  it('counts the party clock down from its start and stops it when the party ends', () => {
    const p = party();
    expect(partyTicksLeft(p, 100)).toBe(PARTY.durationTicks);
    expect(partyTicksLeft(p, 100 + 60 * TICK_RATE)).toBe(PARTY.durationTicks - 60 * TICK_RATE);
    expect(partyTicksLeft(p, 1e9)).toBe(0);
    const ended = party({ endedTick: 100 + 30 * TICK_RATE, endedBy: 'relays' });
    expect(partyTicksLeft(ended, 1e9)).toBe(PARTY.durationTicks - 30 * TICK_RATE);
  });

  it('shows the clock as m:ss, rounding up so 0:00 means the time is out', () => {
    expect(clockText(PARTY.durationTicks)).toBe('5:00');
    expect(clockText(61 * TICK_RATE)).toBe('1:01');
    expect(clockText(1)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
  });

  it('says how many are still warping in, else how many are flying', () => {
    const arriving = party({ wave: 4, toArrive: 282, aliveByWave: [40, 0, 0, 10, 30, 0] });
    expect(attackersAlive(arriving)).toBe(80);
    expect(statusText(statusKey(arriving))).toBe('282 INCOMING');
    const fighting = party({ wave: 4, aliveByWave: [40, 0, 0, 10, 30, 0] });
    expect(statusText(statusKey(fighting))).toBe('80 HOSTILES');
    expect(statusText(statusKey(party({ aliveByWave: [1, 0, 0, 0, 0, 0] })))).toBe('1 HOSTILE');
    expect(statusText(statusKey(party({ endedTick: 5, endedBy: 'timer' })))).toBe('PARTY OVER');
  });
});

describe('party banners', () => {
  it('announces the party, each wave (the last as the final one), relays and the end', () => {
    expect(introBanner(banner()).title).toBe("YOU'RE INVITED");
    expect(introBanner(banner()).detail).toContain('3 invitation relays');
    const wave = waveBanner(4, 282, banner());
    expect(wave).toMatchObject({ kind: 'wave', title: 'WAVE 4', detail: '282 INCOMING' });
    expect(waveBanner(5, 420, banner()).kicker).toBe('FINAL WAVE');
    expect(relayBanner(2, banner())).toMatchObject({ kind: 'relay', title: 'RELAY DOWN' });
    expect(relayBanner(2, banner()).detail).toContain('TWO LEFT');
    expect(relayBanner(0, banner()).title).toBe('ALL RELAYS DOWN');
    expect(endBanner('relays', banner())).toMatchObject({ kind: 'end', title: 'PARTY OVER' });
    expect(endBanner('timer', banner()).detail).toContain('survived');
  });

  it('pops in, holds, fades, and is gone after', () => {
    const look = { opacity: 0, scale: 1 };
    const wave = BANNER_HOLD_S.wave;
    expect(bannerLookFor(wave, -1, look).opacity).toBe(0);
    expect(bannerLookFor(wave, 0.01, look).scale).toBeGreaterThan(1);
    expect(bannerLookFor(wave, 1, look)).toEqual({ opacity: 1, scale: 1 });
    const fading = bannerLookFor(wave, wave + BANNER_FADE_S / 2, look).opacity;
    expect(fading).toBeGreaterThan(0);
    expect(fading).toBeLessThan(1);
    expect(bannerLookFor(wave, wave + BANNER_FADE_S, look).opacity).toBe(0);
    expect(BANNER_HOLD_S.end).toBeGreaterThan(BANNER_HOLD_S.wave);
  });

  it('the jump to the Heart outranks the party’s end on the same tick', () => {
    expect(BANNER_RANK.jump).toBeGreaterThan(BANNER_RANK.end);
    expect(BANNER_RANK.end).toBeGreaterThan(BANNER_RANK.relay);
  });
});

describe('the party objective in words', () => {
  const sim = (p: PartyState | null): SimState =>
    ({ chapter: 'party', outcome: null, party: p }) as unknown as SimState;

  it('offers the relays as the fast way out, counting them down', () => {
    expect(describeObjective(sim(party()))).toBe(
      'Survive the party — or destroy the 3 invitation relays',
    );
    expect(describeObjective(sim(party({ relaysLeft: 2 })))).toBe(
      'Survive the party — or destroy the 3 invitation relays (2 left)',
    );
    expect(describeObjective(sim(null))).toBe('Survive the party');
  });

  it('says how the party ended', () => {
    const ended = (by: 'relays' | 'timer') =>
      describeObjective(sim(party({ endedTick: 500, endedBy: by, relaysLeft: 0 })));
    expect(ended('relays')).toMatch(/revoked/);
    expect(ended('timer')).toMatch(/survived/);
  });
});
