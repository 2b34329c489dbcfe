import { describe, expect, it } from 'vitest';
import {
  activeTicksLeft,
  chapterCard,
  creditsOfTarget,
  crewCharge,
  crewStatusKey,
  crewStatusText,
  crewTone,
  disabledSeconds,
  disabledText,
  dockingHintKey,
  dockingHintText,
  formatSeconds,
  isDisabledTag,
  isSceneSpeaker,
  keyLabel,
  objectiveText,
  raidPromptKey,
  raidPromptText,
  raidPromptTone,
  raidTagKey,
  raidTagText,
  siphonPercent,
  stolenToast,
  collectedToast,
  waltonRemainingM,
  wantedStarCount,
  wantedStars,
  type ObjectiveText,
  type RaidPromptInput,
} from '../../src/hud/piracy/piracy-text';
import { CREW, DOCKING, OBJECTIVE, RAID, type ActiveEffects } from '../../src/sim';

const objective = (): ObjectiveText => ({ visible: false, label: '', value: '', progress: -1 });

describe('formatting', () => {
  it('rounds seconds up and never shows a running countdown as 0s', () => {
    expect(formatSeconds(720)).toBe('12s');
    expect(formatSeconds(721)).toBe('13s');
    expect(formatSeconds(1)).toBe('1s');
    expect(formatSeconds(0)).toBe('0s');
    expect(formatSeconds(-30)).toBe('0s');
  });

  it('shows whole wanted stars out of five', () => {
    expect(wantedStars(0)).toBe('☆☆☆☆☆');
    expect(wantedStars(2.99)).toBe('★★☆☆☆');
    expect(wantedStars(3)).toBe('★★★☆☆');
    expect(wantedStars(5)).toBe('★★★★★');
    expect(wantedStarCount(7)).toBe(5);
    expect(wantedStarCount(-1)).toBe(0);
  });

  it('writes credits against the target with thousands separators', () => {
    expect(creditsOfTarget(1240)).toBe('¤ 1,240 / 3,000');
    expect(creditsOfTarget(4100)).toBe('¤ 3,000 / 3,000');
    expect(creditsOfTarget(0, 500)).toBe('¤ 0 / 500');
  });

  it('words the credit toasts', () => {
    expect(stolenToast(420, 'xX_Tag_Xx')).toEqual({
      title: '+¤ 420',
      detail: 'xX_Tag_Xx added to the grudge list',
    });
    expect(collectedToast(34).title).toBe('+¤ 34');
  });
});

describe('objective line', () => {
  it('asks for credits with a progress bar while raiding', () => {
    const text = objectiveText('raid', 1240, 0, objective());
    expect(text).toEqual({
      visible: true,
      label: 'STEAL CREDITS',
      value: '¤ 1,240 / 3,000',
      progress: 1240 / OBJECTIVE.targetCredits,
    });
    expect(objectiveText('raid', 9999, 0, objective()).progress).toBe(1);
  });

  it('gives the distance to Walton, then nothing during and after the scene', () => {
    const travel = objectiveText('reach-walton', 3000, 4200, objective());
    expect(travel.label).toBe("FLY TO WALTON'S PLANET");
    expect(travel.value).toBe('4.20 km');
    expect(travel.progress).toBe(-1);
    expect(objectiveText('walton-scene', 3000, 0, objective()).visible).toBe(false);
    expect(objectiveText('done', 3000, 0, objective()).visible).toBe(false);
  });

  it('measures to where the tractor beam reaches, never below zero', () => {
    expect(waltonRemainingM(900 + OBJECTIVE.waltonRangeM + 4200, 900)).toBe(4200);
    expect(waltonRemainingM(100, 900)).toBe(0);
  });

  it('reuses the object it is given', () => {
    const out = objective();
    expect(objectiveText('raid', 0, 0, out)).toBe(out);
  });
});

describe('crew tiles', () => {
  const effects: ActiveEffects = {
    rallyUntilTick: 500,
    overchargeUntilTick: 0,
    overshield: 0,
    sweepUntilTick: 130,
    invulnerableUntilTick: 0,
  };

  it('reads how long each ability still runs', () => {
    expect(activeTicksLeft('rally', effects, 200)).toBe(300);
    expect(activeTicksLeft('sweep', effects, 200)).toBe(0);
    expect(activeTicksLeft('overcharge', effects, 200)).toBe(0);
    expect(activeTicksLeft('reload', effects, 200)).toBe(0);
  });

  it('shows READY, seconds of cooldown, the running effect, or KIA', () => {
    const show = (alive: boolean, cooldown: number, active: number) => {
      const key = crewStatusKey(alive, cooldown, active);
      return [crewStatusText(key), crewTone(key)];
    };
    expect(show(true, 0, 0)).toEqual(['READY', 'ready']);
    expect(show(true, 59 * 60 + 1, 0)).toEqual(['60s', 'cooling']);
    expect(show(true, 30, 0)).toEqual(['1s', 'cooling']);
    expect(show(true, 2000, 6 * 60 - 10)).toEqual(['ACTIVE 6s', 'active']);
    expect(show(false, 0, 0)).toEqual(['KIA', 'dead']);
    expect(show(false, 100, 100)).toEqual(['KIA', 'dead']);
  });

  it('changes the key only when the words change', () => {
    expect(crewStatusKey(true, 600, 0)).toBe(crewStatusKey(true, 541, 0));
    expect(crewStatusKey(true, 600, 0)).not.toBe(crewStatusKey(true, 540, 0));
  });

  it('charges the gauge from just-used to ready', () => {
    const rally = CREW[0]!;
    expect(crewCharge(true, rally.cooldownTicks, rally.cooldownTicks)).toBe(0);
    expect(crewCharge(true, rally.cooldownTicks / 4, rally.cooldownTicks)).toBe(0.75);
    expect(crewCharge(true, 0, rally.cooldownTicks)).toBe(1);
    expect(crewCharge(false, 0, rally.cooldownTicks)).toBe(0);
  });
});

describe('raid tags over ships', () => {
  it('marks disabled ships with seconds left and their load', () => {
    expect(disabledSeconds('disabled', 460, 100)).toBe(6);
    expect(disabledSeconds('disabled', 100, 100)).toBe(0);
    expect(disabledSeconds('travel', 460, 100)).toBe(0);
    const key = raidTagKey(6, 420, false, false);
    expect(raidTagText(key)).toBe('DISABLED 6s ¤ 420');
    expect(isDisabledTag(key)).toBe(true);
    expect(raidTagText(raidTagKey(3, 0, true, false))).toBe('DISABLED 3s · ROBBED');
    expect(disabledText(6)).toBe('DISABLED 6s');
  });

  it('shows every ship’s credits during a sweep, and nothing otherwise', () => {
    expect(raidTagKey(0, 420, false, false)).toBe(0);
    const swept = raidTagKey(0, 1250, false, true);
    expect(raidTagText(swept)).toBe('¤ 1,250');
    expect(isDisabledTag(swept)).toBe(false);
    expect(raidTagText(raidTagKey(0, 0, true, true))).toBe('ROBBED');
    expect(raidTagText(raidTagKey(0, 0, false, true))).toBe('¤ 0');
    expect(raidTagText(0)).toBe('');
  });
});

describe('raid prompt', () => {
  const input = (patch: Partial<RaidPromptInput>): RaidPromptInput => ({
    targetRaidable: false,
    targetCredits: 0,
    targetDistanceM: 0,
    siphonTicks: 0,
    interrupted: null,
    siphonKey: 'G',
    ...patch,
  });

  it('invites the siphon in range and says how far to close otherwise', () => {
    const near = input({ targetRaidable: true, targetCredits: 420, targetDistanceM: 120 });
    expect(raidPromptTone(near)).toBe('prompt');
    expect(raidPromptText(near)).toBe('HOLD G — SIPHON ¤ 420');
    const far = { ...near, targetDistanceM: RAID.siphonRangeM + 120 };
    expect(raidPromptTone(far)).toBe('far');
    expect(raidPromptText(far)).toBe('CLOSE IN TO SIPHON — 420 m / 300 m');
    expect(raidPromptTone(input({}))).toBe('none');
    expect(raidPromptText(input({}))).toBe('');
  });

  it('counts the siphon up in whole percent, ahead of everything else', () => {
    expect(siphonPercent(0)).toBe(0);
    expect(siphonPercent(RAID.siphonTicks * 0.62)).toBe(62);
    expect(siphonPercent(RAID.siphonTicks - 1)).toBe(99);
    const siphoning = input({ siphonTicks: 112, interrupted: 'released', targetRaidable: true });
    expect(raidPromptText(siphoning)).toBe('SIPHONING 62%');
  });

  it('says why a siphon broke off', () => {
    expect(raidPromptText(input({ interrupted: 'out-of-range' }))).toBe(
      'SIPHON INTERRUPTED — out of range',
    );
    expect(raidPromptText(input({ interrupted: 'released' }))).toBe(
      'SIPHON INTERRUPTED — released',
    );
    expect(raidPromptTone(input({ interrupted: 'target-recovered' }))).toBe('interrupted');
  });

  it('keys change exactly when the words do', () => {
    const a = input({ siphonTicks: 112 });
    const b = input({ siphonTicks: 113 });
    expect(raidPromptKey(a)).toBe(raidPromptKey(b));
    expect(raidPromptKey(a)).not.toBe(raidPromptKey(input({ siphonTicks: 114 })));
    expect(raidPromptKey(input({ interrupted: 'released' }))).not.toBe(
      raidPromptKey(input({ interrupted: 'out-of-range' })),
    );
    expect(raidPromptKey(input({}))).toBe(0);
  });
});

describe('docking hint', () => {
  it('explains docking out of range and what is missing in range', () => {
    expect(dockingHintText(dockingHintKey(DOCKING.rangeM + 50, 80))).toBe(
      'dock: slow below 30 m/s within 320 m',
    );
    expect(dockingHintText(dockingHintKey(100, 84.4))).toBe(
      'in range — slow below 30 m/s to dock (now 84)',
    );
    expect(dockingHintKey(100, 10)).toBe(0);
  });
});

describe('scene and chapter card', () => {
  it('plays the scene speakers as subtitles, nobody else', () => {
    expect(isSceneSpeaker('Walton')).toBe(true);
    expect(isSceneSpeaker('Nanette')).toBe(true);
    expect(isSceneSpeaker('xX_N0vaSlayer_Xx')).toBe(false);
    expect(isSceneSpeaker('USS Callister')).toBe(false);
  });

  it('opens chapter 1 and the arena with their own card', () => {
    expect(chapterCard('piracy')).toMatchObject({
      title: 'CHAPTER 1 — PIRACY',
      brief: "Raid players' ships for 3,000 credits, then find James Walton.",
    });
    expect(chapterCard('arena')?.title).toBe('COMBAT ARENA');
    expect(chapterCard('party')).toBeNull();
  });
});

describe('key labels', () => {
  it('prefers a keyboard key, then the mouse, then the pad', () => {
    expect(keyLabel(['KeyG', 'Pad2'])).toBe('G');
    expect(keyLabel(['Pad2', 'Enter'])).toBe('Enter');
    expect(keyLabel(['Pad0', 'Mouse0'])).not.toBe('—');
    expect(keyLabel([])).toBe('—');
  });
});
