import { describe, expect, it } from 'vitest';
import { beamToneTarget } from '../../src/audio/beam-tone';
import { countdownBeep, createCue, cueForEvent } from '../../src/audio/event-sounds';
import { musicTrackFor } from '../../src/audio/music-tracks';
import { SOUND_DEFS } from '../../src/audio/sound-bank';
import type { SimEvent } from '../../src/sim';

function cueOf(event: SimEvent) {
  const cue = createCue();
  return cueForEvent(event, cue) ? cue : null;
}

describe('the Heart’s sounds', () => {
  it('maps chapter 3 events to their cues, centred in the cockpit', () => {
    const cases: [SimEvent, string][] = [
      [{ type: 'HeartJump', tick: 1, arriveTick: 181 }, 'jumpWhoosh'],
      [{ type: 'BeamLock', tick: 1, phase: 'acquired' }, 'beamLock'],
      [{ type: 'CutlassSwung', tick: 1, hit: 'none', position: [0, 0, 0] }, 'cutlassSwing'],
      [{ type: 'CutlassSwung', tick: 1, hit: 'structure', position: [0, 0, 0] }, 'cutlassStrike'],
      [{ type: 'CutlassSwung', tick: 1, hit: 'deflected', position: [0, 0, 0] }, 'shieldDeflect'],
      [{ type: 'BobStruck', tick: 1, strikesLeft: 2 }, 'cutlassStrike'],
      [{ type: 'PylonDestroyed', tick: 1, shipId: 9, left: 3, position: [0, 0, 0] }, 'pylonDown'],
      [{ type: 'DeletionStarted', tick: 1, countdownTicks: 3600 }, 'deletionAlarm'],
      [{ type: 'UplinkContact', tick: 1, inside: true }, 'modemChirp'],
      [{ type: 'HeartEnded', tick: 1, ending: 'uploaded' }, 'uploadComplete'],
      [{ type: 'HeartEnded', tick: 1, ending: 'copied' }, 'copiedGlitch'],
    ];
    for (const [event, sound] of cases) {
      const cue = cueOf(event);
      expect(cue, event.type).toMatchObject({ sound, positional: false });
      expect(SOUND_DEFS[cue!.sound].spatial, sound).toBeNull();
    }
  });

  it('stays quiet when the beam slips and when the ship leaves the uplink', () => {
    expect(cueOf({ type: 'BeamLock', tick: 1, phase: 'lost' })).toBeNull();
    expect(cueOf({ type: 'UplinkContact', tick: 1, inside: false })).toBeNull();
    expect(cueOf({ type: 'HeartEnded', tick: 1, ending: 'destroyed' })).toBeNull();
  });

  it('rings Bob’s last strike lower than the others', () => {
    const last = cueOf({ type: 'BobStruck', tick: 1, strikesLeft: 0 })!;
    const first = cueOf({ type: 'BobStruck', tick: 1, strikesLeft: 2 })!;
    expect(last.rate).toBeLessThan(first.rate);
  });

  it('beeps once per second for the purge’s last ten seconds, higher for the last three', () => {
    expect(countdownBeep(null, 600)).toBeNull();
    expect(countdownBeep(700, 699)).toBeNull();
    // 11 s → 10 s left: the first beep.
    expect(countdownBeep(601, 600)).toBe(0);
    expect(countdownBeep(600, 599)).toBeNull();
    expect(countdownBeep(181, 180)).toBe(1);
    // A slow frame that crosses a second still beeps once.
    expect(countdownBeep(400, 290)).toBe(0);
    // Run out, reset or stopped: nothing.
    expect(countdownBeep(1, 0)).toBeNull();
    expect(countdownBeep(100, 100)).toBeNull();
    expect(countdownBeep(100, null)).toBeNull();
    let beeps = 0;
    for (let t = 3600; t > 0; t--) if (countdownBeep(t, t - 1) !== null) beeps++;
    // Ten, nine, … one.
    expect(beeps).toBe(10);
  });

  it('raises the beam tone’s pitch, level and throb as the copy fills', () => {
    expect(beamToneTarget(0, true).gain).toBe(0);
    expect(beamToneTarget(0.5, false).gain).toBe(0);
    const low = beamToneTarget(0.2, true);
    const high = beamToneTarget(0.9, true);
    expect(high.frequencyHz).toBeGreaterThan(low.frequencyHz);
    expect(high.gain).toBeGreaterThan(low.gain);
    expect(high.throbHz).toBeGreaterThan(low.throbHz);
    expect(beamToneTarget(Number.NaN, true).gain).toBe(0);
    expect(beamToneTarget(5, true)).toEqual(beamToneTarget(1, true));
  });

  it('plays the Heart’s track when the run reaches the Heart', () => {
    expect(musicTrackFor('playing', 'paused', 'heart')).toBe('heart');
    expect(musicTrackFor('paused', 'paused', 'heart')).toBe('heart');
  });
});
