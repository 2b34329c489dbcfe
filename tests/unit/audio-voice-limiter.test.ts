import { describe, expect, it } from 'vitest';
import {
  activeVoices,
  createVoiceSlots,
  pickVoiceSlot,
  tooSoon,
} from '../../src/audio/voice-limiter';
import { SOUND_DEFS, VOICE_LIMITS } from '../../src/audio/sound-bank';

function occupy(
  slots: ReturnType<typeof createVoiceSlots>,
  i: number,
  start: number,
  priority: number,
) {
  const slot = slots[i]!;
  slot.startTime = start;
  slot.endTime = start + 1;
  slot.priority = priority;
}

describe('voice limiting', () => {
  it('uses free slots first', () => {
    const slots = createVoiceSlots(3);
    expect(pickVoiceSlot(slots, 0, 0.5)).toBe(0);
    occupy(slots, 0, 0, 0.5);
    expect(pickVoiceSlot(slots, 0.1, 0.5)).toBe(1);
  });

  it('reuses a slot whose voice has finished', () => {
    const slots = createVoiceSlots(2);
    occupy(slots, 0, 0, 1);
    occupy(slots, 1, 0.5, 1);
    expect(pickVoiceSlot(slots, 1.2, 0.1)).toBe(0);
  });

  it('steals the oldest voice that is no louder than the new one', () => {
    const slots = createVoiceSlots(3);
    occupy(slots, 0, 0.0, 0.9);
    occupy(slots, 1, 0.1, 0.3);
    occupy(slots, 2, 0.2, 0.2);
    expect(pickVoiceSlot(slots, 0.3, 0.5)).toBe(1);
    expect(pickVoiceSlot(slots, 0.3, 1)).toBe(0);
  });

  it('drops a new voice quieter than everything playing', () => {
    const slots = createVoiceSlots(2);
    occupy(slots, 0, 0, 0.8);
    occupy(slots, 1, 0.1, 0.6);
    expect(pickVoiceSlot(slots, 0.2, 0.05)).toBe(-1);
  });

  it('never holds more voices than its budget, however many ships fire', () => {
    const slots = createVoiceSlots(VOICE_LIMITS.phaserEnemy);
    let now = 0;
    for (let shot = 0; shot < 400; shot++) {
      now += 0.003;
      const priority = (shot % 10) / 10;
      const i = pickVoiceSlot(slots, now, priority);
      if (i >= 0) occupy(slots, i, now, priority);
      expect(activeVoices(slots, now)).toBeLessThanOrEqual(VOICE_LIMITS.phaserEnemy);
    }
  });

  it('drops repeats closer than the minimum interval', () => {
    expect(tooSoon(1, 1.01, 0.025)).toBe(true);
    expect(tooSoon(1, 1.03, 0.025)).toBe(false);
    expect(tooSoon(-Infinity, 0, 0.025)).toBe(false);
    // A start scheduled just ahead of the next one still counts as a repeat.
    expect(tooSoon(1.1, 1.09, 0.025)).toBe(true);
  });

  it('gives every sound a voice group with a budget', () => {
    for (const def of Object.values(SOUND_DEFS)) {
      expect(VOICE_LIMITS[def.group]).toBeGreaterThan(0);
    }
    expect(VOICE_LIMITS.phaserPlayer).toBe(8);
    expect(VOICE_LIMITS.explosion).toBe(6);
  });
});
