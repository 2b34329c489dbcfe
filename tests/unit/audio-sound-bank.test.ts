// zzfx ships no types; this pulls in the game's declaration of the parts it uses.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../src/audio/zzfx.d.ts" />
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  SOUND_DEFS,
  SOUND_IDS,
  filterLayer,
  normalisePeak,
  renderVariant,
  zzfxParameters,
  type BuildSamples,
} from '../../src/audio/sound-bank';

const RATE = 48000;
let build: BuildSamples;

beforeAll(async () => {
  // Importing zzfx constructs an AudioContext; Node has none, so give it a stand-in.
  vi.stubGlobal(
    'AudioContext',
    class {
      close(): Promise<void> {
        return Promise.resolve();
      }
    },
  );
  const { ZZFX } = await import('zzfx');
  ZZFX.sampleRate = RATE;
  ZZFX.volume = 1;
  build = (...parameters) => ZZFX.buildSamples(...parameters);
  vi.unstubAllGlobals();
});

function rms(samples: Float32Array, from = 0, to = samples.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += samples[i]! ** 2;
  return Math.sqrt(sum / Math.max(1, to - from));
}

describe('zzfxParameters', () => {
  it('lays named parameters out in ZzFX order with randomness off', () => {
    const params = zzfxParameters({ volume: 0.5, frequency: 440, release: 0.2, filter: -900 });
    expect(params).toHaveLength(21);
    expect(params[0]).toBe(0.5);
    expect(params[1]).toBe(0);
    expect(params[2]).toBe(440);
    expect(params[5]).toBe(0.2);
    expect(params[20]).toBe(-900);
  });
});

describe('the sound bank', () => {
  it('renders every sound to clean, normalised, sensibly long buffers', () => {
    for (const id of SOUND_IDS) {
      const def = SOUND_DEFS[id];
      def.variants.forEach((layers, v) => {
        const samples = renderVariant(layers, def.peak, build, RATE);
        const label = `${id}#${v}`;
        const seconds = samples.length / RATE;
        expect(seconds, label).toBeGreaterThan(0.02);
        expect(seconds, label).toBeLessThan(3);
        let peak = 0;
        let sum = 0;
        let broken = 0;
        for (const x of samples) {
          if (!Number.isFinite(x)) broken++;
          peak = Math.max(peak, Math.abs(x));
          sum += x;
        }
        expect(broken, label).toBe(0);
        expect(peak, label).toBeCloseTo(def.peak, 5);
        expect(peak, label).toBeLessThanOrEqual(1);
        // Not silent, no DC offset to thump the speakers, and it ends at silence.
        expect(rms(samples), label).toBeGreaterThan(def.peak * 0.05);
        expect(Math.abs(sum / samples.length), label).toBeLessThan(0.02);
        expect(Math.abs(samples[samples.length - 1]!), label).toBeLessThan(1e-3);
      });
    }
  });

  it('makes big explosions longer and weightier than small ones', () => {
    const length = (id: 'explosionSmall' | 'explosionMedium' | 'explosionLarge') =>
      renderVariant(SOUND_DEFS[id].variants[0]!, 1, build, RATE).length;
    expect(length('explosionMedium')).toBeGreaterThan(length('explosionSmall'));
    expect(length('explosionLarge')).toBeGreaterThan(length('explosionMedium'));
  });

  it('gives the party its alerts: a relay falling booms longer than a wave alarm', () => {
    const length = (id: 'waveAlarm' | 'relayDown' | 'partyOver') =>
      renderVariant(SOUND_DEFS[id].variants[0]!, 1, build, RATE).length / RATE;
    expect(length('relayDown')).toBeGreaterThan(length('waveAlarm'));
    expect(length('relayDown')).toBeGreaterThan(1.5);
    for (const id of ['waveAlarm', 'relayDown', 'partyOver'] as const) {
      expect(SOUND_DEFS[id].spatial, id).toBeNull();
    }
  });

  it('keeps menu clicks short and on the UI bus', () => {
    for (const id of ['uiMove', 'uiSelect', 'uiBack'] as const) {
      const samples = renderVariant(SOUND_DEFS[id].variants[0]!, 1, build, RATE);
      expect(samples.length / RATE).toBeLessThan(0.2);
      expect(SOUND_DEFS[id].bus).toBe('ui');
    }
  });
});

describe('layer filters', () => {
  function noise(n: number): Float32Array {
    let seed = 1;
    return Float32Array.from({ length: n }, () => {
      seed = (seed * 16807) % 2147483647;
      return (seed / 2147483647) * 2 - 1;
    });
  }
  /** Mean absolute sample-to-sample change: a rough "brightness". */
  function brightness(samples: Float32Array): number {
    let sum = 0;
    for (let i = 1; i < samples.length; i++) sum += Math.abs(samples[i]! - samples[i - 1]!);
    return sum / samples.length;
  }

  it('darkens with a low-pass sweep, more at its low end', () => {
    const n = RATE;
    const swept = filterLayer(noise(n), { zzfx: {}, lowpass: [8000, 200] }, RATE);
    expect(brightness(swept)).toBeLessThan(brightness(noise(n)));
    expect(brightness(swept.subarray(n - 4800))).toBeLessThan(brightness(swept.subarray(0, 4800)));
  });

  it('removes rumble with a high-pass', () => {
    const n = RATE / 2;
    const rumble = Float32Array.from({ length: n }, (_, i) =>
      Math.sin((2 * Math.PI * 40 * i) / RATE),
    );
    const filtered = filterLayer(rumble.slice(), { zzfx: {}, highpass: 2000 }, RATE);
    // A 6 dB/octave high-pass at 2 kHz leaves 40 Hz about 34 dB down.
    expect(rms(filtered, n / 2)).toBeLessThan(rms(rumble, n / 2) * 0.03);
  });

  it('normalises to a peak and leaves silence alone', () => {
    const samples = Float32Array.from([0, 0.25, -0.5]);
    normalisePeak(samples, 0.8);
    expect(samples[2]).toBeCloseTo(-0.8, 6);
    const silent = new Float32Array(4);
    normalisePeak(silent, 1);
    expect([...silent]).toEqual([0, 0, 0, 0]);
  });
});
