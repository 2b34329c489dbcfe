import { describe, expect, it } from 'vitest';
import { createHumTargets, engineHumTargets, type HumInput } from '../../src/audio/engine-hum';
import { volumeToGain, volumesFromSettings } from '../../src/audio/audio-engine';

const base: HumInput = { throttle: 0, boosting: false, speedMps: 0, live: true };
const targets = (input: Partial<HumInput>) => ({
  ...engineHumTargets({ ...base, ...input }, createHumTargets()),
});

describe('engine hum', () => {
  it('falls silent when the run is not live', () => {
    const t = targets({ live: false, throttle: 1, boosting: true });
    expect(t.gain).toBe(0);
    expect(t.noiseGain).toBe(0);
  });

  it('idles quietly and grows with throttle', () => {
    const idle = targets({});
    const full = targets({ throttle: 1, speedMps: 170 });
    expect(idle.gain).toBeGreaterThan(0);
    expect(full.gain).toBeGreaterThan(idle.gain);
    expect(full.cutoffHz).toBeGreaterThan(idle.cutoffHz);
    expect(full.detuneCents).toBeGreaterThan(idle.detuneCents);
    expect(full.throbHz).toBeGreaterThan(idle.throbHz);
  });

  it('counts reverse thrust and coasting speed as effort', () => {
    expect(targets({ throttle: -1 }).gain).toBeGreaterThan(targets({}).gain);
    expect(targets({ speedMps: 150 }).gain).toBeGreaterThan(targets({}).gain);
  });

  it('roars on boost', () => {
    const cruise = targets({ throttle: 1, speedMps: 170 });
    const boost = targets({ throttle: 1, speedMps: 170, boosting: true });
    expect(boost.gain).toBeGreaterThan(cruise.gain);
    expect(boost.noiseGain).toBeGreaterThan(cruise.noiseGain);
    expect(boost.cutoffHz).toBeGreaterThan(cruise.cutoffHz);
    expect(boost.detuneCents).toBeGreaterThan(cruise.detuneCents);
  });

  it('stays bounded for wild input', () => {
    const t = targets({ throttle: 50, speedMps: Number.NaN, boosting: true });
    expect(t.gain).toBeLessThanOrEqual(0.1);
    expect(Number.isFinite(t.cutoffHz)).toBe(true);
  });
});

describe('volumes', () => {
  it('maps slider positions to gain on a squared curve, clamped', () => {
    expect(volumeToGain(1)).toBe(1);
    expect(volumeToGain(0)).toBe(0);
    expect(volumeToGain(0.5)).toBeCloseTo(0.25, 9);
    expect(volumeToGain(2)).toBe(1);
    expect(volumeToGain(-1)).toBe(0);
    expect(volumeToGain(Number.NaN)).toBe(1);
  });

  it('reads effects and music volumes when settings have them, else full', () => {
    expect(volumesFromSettings({ masterVolume: 0.8 })).toEqual({
      master: 0.8,
      effects: 1,
      music: 1,
    });
    expect(volumesFromSettings({ masterVolume: 0.5, effectsVolume: 0.3, musicVolume: 0 })).toEqual({
      master: 0.5,
      effects: 0.3,
      music: 0,
    });
  });
});
