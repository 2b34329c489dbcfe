import { describe, expect, it } from 'vitest';
import { epilogueCard, typedLength } from '../../src/hud/epilogue/epilogue-text';
import {
  BANNER_HOLD_S,
  BANNER_RANK,
  CUTLASS_REACH_BOB_M,
  NBSP,
  beamFraction,
  beamHoldText,
  bobAwakeBanner,
  countdownCritical,
  countdownKey,
  countdownText,
  cutlassPrompt,
  cutlassPromptText,
  deletionBanner,
  endingBanner,
  pylonBanner,
  shieldDown,
  stageText,
  tenthsKey,
  uplinkKey,
  uplinkStatus,
  uplinkText,
  type BannerText,
} from '../../src/hud/heart/heart-text';
import { bannerLookFor } from '../../src/hud/banner/banner-card';
import { jumpBanner } from '../../src/hud/party/party-text';
import type { HeartState } from '../../src/sim';
import { HEART } from '../../src/sim/content/heart';
import { epilogueLines } from '../../src/sim/content/epilogue';

/** Only the fields the HUD text reads; the rest of the Heart's state is irrelevant here. */
function heart(overrides: Partial<HeartState> = {}): HeartState {
  return {
    stage: 'bob',
    pylonsLeft: 4,
    bob: { alive: true, strikesLeft: 3, lastStrikeTick: -1 },
    ...overrides,
  } as HeartState;
}

const plain = (text: string): string => text.replaceAll(NBSP, ' ');
const blank = (): BannerText => ({ kind: 'intro', kicker: '', title: '', detail: '' });

describe('Heart HUD text', () => {
  it('names each stage', () => {
    expect(stageText('gauntlet')).toBe('THE GAUNTLET');
    expect(stageText('bob')).toBe("BOB'S CHAMBER");
    expect(stageText('deletion')).toBe('DELETION');
    expect(stageText('uplink')).toBe('THE UPLINK');
  });

  it('the deletion countdown reads seconds and hundredths, 60.00 down to 0.00', () => {
    const text = (ticks: number): string => countdownText(countdownKey(ticks));
    expect(text(3600)).toBe('60.00');
    expect(text(3599)).toBe('59.99');
    expect(text(601)).toBe('10.02');
    expect(text(1)).toBe('0.02');
    expect(text(0)).toBe('0.00');
    expect(text(-5)).toBe('0.00');
    expect(countdownCritical(601)).toBe(false);
    expect(countdownCritical(600)).toBe(true);
  });

  it('the copy beam meter fills over five seconds; its time reads in tenths, rounded down', () => {
    expect(beamFraction(0)).toBe(0);
    expect(beamFraction(HEART.beam.holdTicks / 2)).toBeCloseTo(0.5);
    expect(beamFraction(HEART.beam.holdTicks * 2)).toBe(1);
    expect(beamHoldText(tenthsKey(126))).toBe('2.1 / 5.0 s');
    expect(beamHoldText(tenthsKey(299))).toBe('4.9 / 5.0 s');
    expect(beamHoldText(tenthsKey(300))).toBe('5.0 / 5.0 s');
  });

  it('the uplink says hold position, too fast (with the limit), or lost', () => {
    expect(uplinkStatus(false, 0)).toBe('away');
    expect(uplinkStatus(true, HEART.uplink.maxSpeedMps)).toBe('holding');
    expect(uplinkStatus(true, HEART.uplink.maxSpeedMps + 1)).toBe('too-fast');
    expect(plain(uplinkText(uplinkKey('holding', 126)))).toBe(
      'UPLOADING 2.1 / 3.0 s — HOLD POSITION',
    );
    expect(plain(uplinkText(uplinkKey('too-fast', 60)))).toBe(
      `TOO FAST — SLOW BELOW ${HEART.uplink.maxSpeedMps} m/s · 1.0 / 3.0 s`,
    );
    expect(plain(uplinkText(uplinkKey('away', 0)))).toMatch(/^UPLINK LOST/);
    // One key per distinct text: a frame that changes neither builds no string.
    expect(uplinkKey('holding', 126)).not.toBe(uplinkKey('too-fast', 126));
    expect(uplinkKey('holding', 126)).toBe(uplinkKey('holding', 127));
  });

  it('the cutlass prompt: strike in reach with the shield down, "shield up" after a deflection', () => {
    const near = CUTLASS_REACH_BOB_M - 1;
    const far = CUTLASS_REACH_BOB_M + 1;
    expect(CUTLASS_REACH_BOB_M).toBe(HEART.cutlass.rangeM + HEART.bob.hitRadiusM);
    const open = heart({ pylonsLeft: 0 });
    expect(shieldDown(open)).toBe(true);
    expect(cutlassPrompt(open, near, false, false)).toBe('strike');
    expect(cutlassPrompt(open, far, false, false)).toBeNull();
    expect(cutlassPrompt(heart(), near, false, true)).toBe('shield');
    expect(cutlassPrompt(heart(), near, false, false)).toBeNull();
    expect(cutlassPrompt(heart(), far, true, false)).toBe('cut');
    expect(cutlassPrompt(heart({ stage: 'gauntlet' }), near, true, true)).toBeNull();
    expect(
      cutlassPrompt(heart({ stage: 'deletion', pylonsLeft: 0 }), near, false, false),
    ).toBeNull();
    expect(plain(cutlassPromptText('strike', 'C', 3))).toBe('C — CUTLASS · 3 STRIKES TO END HIM');
    expect(plain(cutlassPromptText('strike', 'C', 1))).toBe('C — CUTLASS · 1 STRIKE TO END HIM');
    expect(cutlassPromptText('shield', 'C', 3)).toBe('SHIELD UP — BREAK THE PYLONS');
    expect(cutlassPromptText(null, 'C', 3)).toBe('');
  });

  it('banners for Bob, each pylon, the shield, the deletion and each ending', () => {
    expect(bobAwakeBanner(blank()).title).toBe('BOB IS AWAKE');
    expect(pylonBanner(3, blank())).toMatchObject({
      kind: 'pylon',
      detail: expect.stringMatching(/^THREE LEFT/),
    });
    expect(pylonBanner(0, blank())).toMatchObject({ kind: 'shield', title: 'SHIELD DOWN' });
    expect(deletionBanner(3600, blank())).toMatchObject({
      title: 'INFINITY IS DELETING ITSELF',
      detail: expect.stringMatching(/^60 seconds/),
    });
    expect(endingBanner('uploaded', blank()).title).toBe('UPLOAD COMPLETE');
    expect(endingBanner('copied', blank()).title).toBe('COPIED');
    expect(endingBanner('deleted', blank()).title).toBe('DELETED');
    expect(endingBanner('destroyed', blank())).toMatchObject({
      kind: 'lost',
      title: 'CALLISTER LOST',
    });
    expect(endingBanner('uploaded', blank()).kind).toBe('uploaded');
    // The last strike starts the deletion on the same tick: the deletion outranks it.
    expect(BANNER_RANK.deletion).toBeGreaterThan(BANNER_RANK.strike);
    expect(BANNER_RANK.lost).toBeGreaterThan(BANNER_RANK.deletion);
    const look = { opacity: 0, scale: 1 };
    expect(bannerLookFor(BANNER_HOLD_S.uploaded, 2, look).opacity).toBe(1);
    expect(bannerLookFor(BANNER_HOLD_S.strike, 10, look).opacity).toBe(0);
  });

  it('the party’s end in the campaign is the jump to the Heart', () => {
    const banner = jumpBanner('relays', 3, {
      kind: 'intro',
      kicker: '',
      title: '',
      detail: '',
    });
    expect(banner).toMatchObject({ kind: 'jump', title: 'JUMP TO THE HEART' });
    expect(banner.kicker).toMatch(/PARTY OVER/);
    expect(banner.detail).toMatch(/3 s$/);
  });
});

describe('epilogue cards', () => {
  const crew = (dead: readonly string[]) =>
    (['Nanette', 'Nate', 'Elena', 'Kabir', 'Karl'] as const).map((name) => ({
      name,
      alive: !dead.includes(name),
    }));

  it('splits a spoken line into the speaker and the quote; narration stays whole', () => {
    const cards = epilogueLines(crew(['Kabir'])).map(epilogueCard);
    expect(cards[0]!.speaker).toBeNull();
    expect(cards[0]!.text).toMatch(/^A hospital room/);
    const nate = cards.find((card) => card.speaker === 'Nate')!;
    expect(nate.role).toBe('Helm');
    expect(nate.text.startsWith('"Helm to captain')).toBe(true);
    const nanette = cards.find((card) => card.speaker?.startsWith('Nanette'))!;
    expect(nanette.speaker).toBe('Nanette (the copy, the captain)');
    // Kabir is named among the lost, as narration.
    expect(cards.some((card) => card.speaker === null && card.text.includes('Kabir'))).toBe(true);
  });

  it('the typewriter reveals a card over time and never overruns it', () => {
    expect(typedLength('hello', 0)).toBe(0);
    expect(typedLength('hello', 60_000)).toBe(5);
    expect(typedLength('hello world', 100)).toBeGreaterThan(0);
  });
});
