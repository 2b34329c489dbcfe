import { describe, expect, it } from 'vitest';
import {
  MUSIC_TRACKS,
  arpNoteAt,
  bassNoteAt,
  chordAt,
  isChordStart,
  midiToHz,
  musicDuckFor,
  musicTrackFor,
  stepSeconds,
  type MusicTrackId,
} from '../../src/audio/music-tracks';

describe('music tracks', () => {
  it('tunes A4 to 440 Hz', () => {
    expect(midiToHz(69)).toBeCloseTo(440, 6);
    expect(midiToHz(57)).toBeCloseTo(220, 6);
  });

  it('times sixteenth notes from the tempo', () => {
    expect(stepSeconds({ ...MUSIC_TRACKS.title, bpm: 120 })).toBeCloseTo(0.125, 9);
  });

  it('walks the progression chord by chord and loops', () => {
    const track = MUSIC_TRACKS.title;
    const per = track.stepsPerChord;
    expect(chordAt(track, 0)).toBe(track.progression[0]);
    expect(chordAt(track, per)).toBe(track.progression[1]);
    expect(chordAt(track, per * track.progression.length)).toBe(track.progression[0]);
    expect(isChordStart(track, per)).toBe(true);
    expect(isChordStart(track, per + 1)).toBe(false);
  });

  it('plays arpeggio notes from the current chord, climbing octaves past its end', () => {
    const track = MUSIC_TRACKS.title;
    const chord = track.progression[0]!;
    expect(arpNoteAt(track, 0)).toBe(track.rootMidi + track.arpTranspose + chord[0]!);
    expect(arpNoteAt(track, 1)).toBeNull();
    // Step 8 of the title arpeggio is index 4 of a 4-note chord: its root an octave up.
    expect(arpNoteAt(track, 8)).toBe(track.rootMidi + track.arpTranspose + chord[0]! + 12);
  });

  it('keeps every note of every track in a musical range', () => {
    for (const [id, track] of Object.entries(MUSIC_TRACKS)) {
      const steps = track.stepsPerChord * track.progression.length;
      for (let step = 0; step < steps; step++) {
        const arp = arpNoteAt(track, step);
        if (arp !== null) {
          expect(arp, id).toBeGreaterThanOrEqual(48);
          expect(arp, id).toBeLessThanOrEqual(96);
        }
        const bass = bassNoteAt(track, step);
        if (bass !== null) {
          expect(bass, id).toBeGreaterThanOrEqual(28);
          expect(bass, id).toBeLessThanOrEqual(52);
        }
      }
      expect(track.arpLevel + track.padLevel * 8, id).toBeLessThan(0.6);
    }
  });

  it('picks the title theme in the front end and the chapter’s music in a run', () => {
    expect(musicTrackFor('title', 'title', 'piracy')).toBe('title');
    expect(musicTrackFor('settings', 'title', 'party')).toBe('title');
    expect(musicTrackFor('settings', 'paused', 'party')).toBe('party');
    const byChapter: [Parameters<typeof musicTrackFor>[2], MusicTrackId][] = [
      ['piracy', 'piracy'],
      ['party', 'party'],
      ['heart', 'heart'],
      ['arena', 'party'],
    ];
    for (const [chapter, track] of byChapter)
      expect(musicTrackFor('playing', 'title', chapter)).toBe(track);
  });

  it('ducks the music when the run is not live', () => {
    expect(musicDuckFor('playing')).toBe(1);
    expect(musicDuckFor('title')).toBe(1);
    for (const screen of ['paused', 'settings', 'results'] as const) {
      expect(musicDuckFor(screen)).toBeLessThan(1);
    }
  });
});
