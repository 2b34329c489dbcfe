/**
 * Types for the parts of the `zzfx` package (ZzFX 1.3, MIT, Frank Force) the game uses.
 * The package ships plain JavaScript without declarations.
 *
 * Caution: evaluating the module constructs an AudioContext (`ZZFX.audioContext`), so it is
 * only ever imported dynamically, after the first user gesture (see audio-engine.ts).
 */
declare module 'zzfx' {
  export interface ZzfxApi {
    /** Output scale applied inside buildSamples (default 0.3). */
    volume: number;
    /** Sample rate buildSamples generates at (default 44100). */
    sampleRate: number;
    /** The package's own context, created on import; the game closes it and uses its own. */
    audioContext: AudioContext;
    /** Renders one sound's samples from the 21 positional ZzFX parameters. */
    buildSamples(...parameters: (number | undefined)[]): number[];
    getNote(semitoneOffset?: number, rootNoteFrequency?: number): number;
  }
  export const ZZFX: ZzfxApi;
}
