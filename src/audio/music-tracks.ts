/**
 * The music, as data: each track is a slow chord progression played by a detuned
 * analogue-style pad, a retro arpeggio and a soft bass, generated live (music.ts).
 * Chapters pick a track by id, so a new chapter's music is one more entry here.
 */
import type { ChapterName } from '../sim';
import type { Screen } from '../state/screen-store';

export type MusicTrackId = 'title' | 'piracy' | 'party' | 'heart';

export interface MusicTrack {
  readonly bpm: number;
  /** MIDI note the chord offsets are relative to. */
  readonly rootMidi: number;
  /** Chords as semitone offsets from the root, played in a loop. */
  readonly progression: readonly (readonly number[])[];
  /** Sixteenth-note steps each chord lasts. */
  readonly stepsPerChord: number;
  /**
   * Arpeggio, one entry per sixteenth (looping): an index into the current chord's
   * tones (indices past the end climb an octave), or -1 for a rest.
   */
  readonly arp: readonly number[];
  /** Semitones added to arpeggio notes (above the chord voicing). */
  readonly arpTranspose: number;
  readonly arpWave: OscillatorType;
  readonly arpLevel: number;
  /** Arpeggio note length, seconds (short = plucky, long = glassy). */
  readonly arpDecayS: number;
  readonly padWave: OscillatorType;
  readonly padLevel: number;
  /** Pad filter cutoff, Hz; a slow LFO sweeps around it. */
  readonly padCutoffHz: number;
  /** Bass hits per sixteenth (looping): 1 plays the chord root an octave down, 0 rests. */
  readonly bass: readonly number[];
  readonly bassLevel: number;
}

export const MUSIC_TRACKS: Readonly<Record<MusicTrackId, MusicTrack>> = {
  /** Space Fleet: a stately, hopeful A minor over a glassy triangle arpeggio. */
  title: {
    bpm: 76,
    rootMidi: 57,
    progression: [
      [0, 3, 7, 10],
      [-4, 0, 3, 7],
      [-7, -3, 0, 4],
      [-2, 2, 5, 9],
    ],
    stepsPerChord: 32,
    arp: [0, -1, 2, -1, 1, -1, 3, -1, 4, -1, 2, -1, 1, -1, 3, -1],
    arpTranspose: 12,
    arpWave: 'triangle',
    arpLevel: 0.11,
    arpDecayS: 0.9,
    padWave: 'sawtooth',
    padLevel: 0.05,
    padCutoffHz: 900,
    bass: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    bassLevel: 0.22,
  },
  /** Piracy: neon D dorian, a restless square-wave arpeggio over a swaying pad. */
  piracy: {
    bpm: 96,
    rootMidi: 50,
    progression: [
      [0, 3, 7, 10, 14],
      [2, 5, 9, 12],
      [3, 7, 10, 14],
      [2, 5, 9, 12],
    ],
    stepsPerChord: 32,
    arp: [0, 1, 2, 4, -1, 2, 3, 1, 0, 2, -1, 4, 3, -1, 2, 1],
    arpTranspose: 12,
    arpWave: 'square',
    arpLevel: 0.045,
    arpDecayS: 0.22,
    padWave: 'sawtooth',
    padLevel: 0.04,
    padCutoffHz: 1100,
    bass: [1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0],
    bassLevel: 0.2,
  },
  /** The Party Invitation: driving C minor with a raised seventh, sixteenth arpeggios. */
  party: {
    bpm: 122,
    rootMidi: 48,
    progression: [
      [0, 3, 7, 12],
      [-4, 0, 3, 8],
      [-2, 2, 5, 10],
      [-1, 2, 5, 7],
    ],
    stepsPerChord: 16,
    arp: [0, 1, 2, 3, 4, 3, 2, 1, 0, 2, 4, 6, 5, 3, 2, 1],
    arpTranspose: 12,
    arpWave: 'sawtooth',
    arpLevel: 0.04,
    arpDecayS: 0.16,
    padWave: 'sawtooth',
    padLevel: 0.035,
    padCutoffHz: 1400,
    bass: [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1],
    bassLevel: 0.2,
  },
  /** The Heart of Infinity: an eerie, floating E-flat lydian with a slow sine arpeggio. */
  heart: {
    bpm: 64,
    rootMidi: 51,
    progression: [
      [0, 4, 7, 11],
      [2, 6, 9, 14],
      [0, 4, 7, 11],
      [-1, 3, 6, 10],
    ],
    stepsPerChord: 32,
    arp: [0, -1, -1, 3, -1, -1, 2, -1, 5, -1, -1, 1, -1, -1, 4, -1],
    arpTranspose: 12,
    arpWave: 'sine',
    arpLevel: 0.12,
    arpDecayS: 1.4,
    padWave: 'sawtooth',
    padLevel: 0.045,
    padCutoffHz: 700,
    bass: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    bassLevel: 0.2,
  },
};

const TRACK_BY_CHAPTER: Readonly<Record<ChapterName, MusicTrackId>> = {
  piracy: 'piracy',
  party: 'party',
  heart: 'heart',
  arena: 'party',
};

/** Which music plays: the title theme in the front-end menus, else the chapter's. */
export function musicTrackFor(
  screen: Screen,
  settingsReturn: 'title' | 'paused',
  chapter: ChapterName,
): MusicTrackId {
  if (screen === 'title' || (screen === 'settings' && settingsReturn === 'title')) return 'title';
  return TRACK_BY_CHAPTER[chapter] ?? 'piracy';
}

/**
 * How loud the music bed plays (before the music volume): full in a live run and on
 * the title, ducked under the pause, settings-from-pause and results screens.
 */
export function musicDuckFor(screen: Screen): number {
  return screen === 'playing' || screen === 'title' ? 1 : 0.4;
}

export function stepSeconds(track: MusicTrack): number {
  return 60 / track.bpm / 4;
}

export function chordAt(track: MusicTrack, step: number): readonly number[] {
  const index = Math.floor(step / track.stepsPerChord) % track.progression.length;
  return track.progression[index] ?? [0];
}

/** True when a new chord starts on this step. */
export function isChordStart(track: MusicTrack, step: number): boolean {
  return step % track.stepsPerChord === 0;
}

/** MIDI note of the arpeggio at this step, or null for a rest. */
export function arpNoteAt(track: MusicTrack, step: number): number | null {
  const index = track.arp[step % track.arp.length] ?? -1;
  if (index < 0) return null;
  const chord = chordAt(track, step);
  const tone = chord[index % chord.length] ?? 0;
  return track.rootMidi + track.arpTranspose + tone + 12 * Math.floor(index / chord.length);
}

/** MIDI note of the bass at this step (the chord's lowest tone, an octave down), or null. */
export function bassNoteAt(track: MusicTrack, step: number): number | null {
  if ((track.bass[step % track.bass.length] ?? 0) === 0) return null;
  const chord = chordAt(track, step);
  const lowest = Math.min(...chord);
  // Keep the bass in one octave band so inversions do not jump around.
  const root = ((lowest % 12) + 12) % 12;
  return track.rootMidi - 12 + (root > 6 ? root - 12 : root);
}

export function midiToHz(midi: number): number {
  return 440 * Math.pow(2, (midi - 69) / 12);
}
