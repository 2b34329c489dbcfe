/**
 * Every one-shot sound in the game, as data: each is one or more layers of ZzFX
 * parameters mixed into a mono buffer once, when audio starts. Music, the engine hum
 * and the torpedo lock tone are live synths instead (music.ts, engine-hum.ts, lock-tone.ts).
 *
 * ZzFX (npm `zzfx`) is a tiny, well-known procedural synth; its parameter set can be
 * auditioned and tuned in the ZzFX designer (killedbyapixel.github.io/ZzFX).
 * Rendering is pure given a `buildSamples` function, so tests render the whole bank in Node.
 */

/** ZzFX wave shapes. */
export const SHAPE = { sine: 0, triangle: 1, saw: 2, tan: 3, noise: 4, square: 5 } as const;

/** Named ZzFX parameters (see ZZFX.buildSamples); all optional, ZzFX's defaults apply. */
export interface ZzfxSpec {
  readonly volume?: number;
  readonly frequency?: number;
  readonly attack?: number;
  readonly sustain?: number;
  readonly release?: number;
  readonly shape?: number;
  readonly shapeCurve?: number;
  /** Hz per second ÷ 500 (ZzFX units); negative sweeps down. */
  readonly slide?: number;
  readonly deltaSlide?: number;
  readonly pitchJump?: number;
  readonly pitchJumpTime?: number;
  readonly repeatTime?: number;
  readonly noise?: number;
  readonly modulation?: number;
  readonly bitCrush?: number;
  readonly delay?: number;
  readonly sustainVolume?: number;
  readonly decay?: number;
  readonly tremolo?: number;
  /** Biquad in ZzFX units: positive high-pass, negative low-pass (cutoff ≈ 2 × |filter| Hz). */
  readonly filter?: number;
}

/**
 * The 21 positional ZzFX parameters for a spec. Randomness is always 0 so the bank is
 * rendered deterministically; pitch variety comes from the playback rate instead.
 */
export function zzfxParameters(spec: ZzfxSpec): (number | undefined)[] {
  return [
    spec.volume ?? 1,
    0,
    spec.frequency,
    spec.attack,
    spec.sustain,
    spec.release,
    spec.shape,
    spec.shapeCurve,
    spec.slide,
    spec.deltaSlide,
    spec.pitchJump,
    spec.pitchJumpTime,
    spec.repeatTime,
    spec.noise,
    spec.modulation,
    spec.bitCrush,
    spec.delay,
    spec.sustainVolume,
    spec.decay,
    spec.tremolo,
    spec.filter,
  ];
}

export interface SoundLayer {
  readonly zzfx: ZzfxSpec;
  /** Start of this layer inside the sound, seconds. */
  readonly at?: number;
  /** Mix level of the layer (before the whole sound is normalised). */
  readonly gain?: number;
  /** 12 dB/octave low-pass swept exponentially from the first to the second cutoff, Hz. */
  readonly lowpass?: readonly [number, number];
  /** 6 dB/octave high-pass cutoff, Hz. */
  readonly highpass?: number;
}

export type Bus = 'effects' | 'ui';

/** Sounds that share a voice budget (e.g. all explosion sizes). */
export type VoiceGroup =
  'phaserPlayer' | 'phaserEnemy' | 'torpedo' | 'hit' | 'explosion' | 'cockpit' | 'comms' | 'ui';

/** Most voices of each group sounding at once; the next one steals or is dropped. */
export const VOICE_LIMITS: Readonly<Record<VoiceGroup, number>> = {
  phaserPlayer: 8,
  phaserEnemy: 8,
  torpedo: 4,
  hit: 8,
  explosion: 6,
  cockpit: 6,
  comms: 2,
  ui: 4,
};

/** Distance behaviour of a positional sound. */
export interface SpatialSpec {
  /** Full loudness up to here, metres. */
  readonly refDistanceM: number;
  /** Silent (not played at all) beyond here, metres. */
  readonly maxDistanceM: number;
}

export interface SoundDef {
  /** One or more variants; each is a list of layers mixed together. */
  readonly variants: readonly (readonly SoundLayer[])[];
  /** Peak level the rendered buffer is normalised to, 0–1 (the sound's loudness in the mix). */
  readonly peak: number;
  readonly bus: Bus;
  readonly group: VoiceGroup;
  /** A second start of the same sound sooner than this is dropped (swarms firing in sync). */
  readonly minIntervalS: number;
  /** ± fraction of random playback-rate change per play, for variety. */
  readonly rateJitter: number;
  readonly spatial: SpatialSpec | null;
}

const NEAR: SpatialSpec = { refDistanceM: 90, maxDistanceM: 1600 };
/** The Callister's own guns: always close, only the stereo side changes. */
const OWN: SpatialSpec = { refDistanceM: 200, maxDistanceM: 2000 };
const FAR: SpatialSpec = { refDistanceM: 140, maxDistanceM: 4500 };

/** White noise from ZzFX: a sine whose phase is scrambled every sample. */
function white(spec: ZzfxSpec): ZzfxSpec {
  return { frequency: 1000, noise: 30, ...spec };
}

/** A short retro computer tone (sine with a square edge), for blips and comms chatter. */
function tone(frequency: number, at: number, length = 0.05, gain = 1): SoundLayer[] {
  return [
    {
      at,
      gain,
      zzfx: { frequency, attack: 0.003, sustain: length, release: 0.025, shapeCurve: 0.6 },
    },
    {
      at,
      gain: gain * 0.18,
      zzfx: {
        frequency,
        shape: SHAPE.square,
        attack: 0.003,
        sustain: length,
        release: 0.02,
        filter: -1800,
      },
    },
  ];
}

function tones(frequencies: readonly number[], step: number, length: number): SoundLayer[] {
  return frequencies.flatMap((frequency, i) => tone(frequency, i * step, length));
}

export const SOUND_DEFS = {
  /** The Callister's phasers: a bright square "pew" sweeping down, a sine body, a crack. */
  phaserPlayer: {
    variants: [
      [
        {
          gain: 0.55,
          lowpass: [7000, 2500],
          zzfx: {
            frequency: 1250,
            shape: SHAPE.square,
            attack: 0.004,
            decay: 0.03,
            sustainVolume: 0.6,
            sustain: 0.05,
            release: 0.13,
            slide: -9,
            filter: -2600,
          },
        },
        {
          gain: 0.8,
          zzfx: { frequency: 640, attack: 0.004, sustain: 0.06, release: 0.14, slide: -3.8 },
        },
        {
          gain: 0.35,
          zzfx: { frequency: 2500, shape: SHAPE.noise, noise: 2, release: 0.03, filter: 1200 },
        },
      ],
    ],
    peak: 0.5,
    bus: 'effects',
    group: 'phaserPlayer',
    minIntervalS: 0.03,
    rateJitter: 0.04,
    spatial: OWN,
  },
  /** Infinity players' guns: a thinner, higher, glassier neon zap. */
  phaserEnemy: {
    variants: [
      [
        {
          lowpass: [9000, 5000],
          zzfx: {
            frequency: 2300,
            shape: SHAPE.triangle,
            attack: 0.002,
            sustain: 0.02,
            release: 0.08,
            slide: -22,
            filter: 450,
          },
        },
        {
          gain: 0.3,
          zzfx: { frequency: 4600, attack: 0.001, release: 0.05, slide: -45, filter: 900 },
        },
      ],
    ],
    peak: 0.32,
    bus: 'effects',
    group: 'phaserEnemy',
    minIntervalS: 0.025,
    rateJitter: 0.08,
    spatial: NEAR,
  },
  /** Photon torpedo: a mechanical clunk and low thump under a rising rocket whoosh. */
  torpedoLaunch: {
    variants: [
      [
        {
          gain: 1.4,
          lowpass: [500, 3800],
          zzfx: white({
            attack: 0.04,
            decay: 0.1,
            sustainVolume: 0.55,
            sustain: 0.15,
            release: 0.45,
          }),
        },
        {
          gain: 1,
          zzfx: { frequency: 115, attack: 0.002, release: 0.3, slide: -0.55, shapeCurve: 0.5 },
        },
        {
          gain: 0.35,
          zzfx: {
            frequency: 190,
            shape: SHAPE.square,
            release: 0.06,
            bitCrush: 0.05,
            filter: -1500,
          },
        },
      ],
    ],
    peak: 0.6,
    bus: 'effects',
    group: 'torpedo',
    minIntervalS: 0.05,
    rateJitter: 0.05,
    spatial: FAR,
  },
  /** Energy splashing on a shield: fluttering high sines over a fizzing crackle. */
  hitShield: {
    variants: [
      [
        {
          zzfx: {
            frequency: 1700,
            attack: 0.004,
            sustain: 0.05,
            release: 0.24,
            slide: -7,
            repeatTime: 0.021,
            tremolo: 0.85,
            filter: 700,
          },
        },
        {
          gain: 0.45,
          zzfx: {
            frequency: 3500,
            attack: 0.004,
            sustain: 0.03,
            release: 0.3,
            slide: -12,
            repeatTime: 0.013,
            tremolo: 0.7,
          },
        },
        {
          gain: 1.1,
          highpass: 2500,
          zzfx: white({ release: 0.18, bitCrush: 0.3, repeatTime: 0.011, tremolo: 1 }),
        },
        {
          gain: 0.4,
          zzfx: { frequency: 190, release: 0.14, slide: -0.4, shapeCurve: 0.6 },
        },
      ],
    ],
    peak: 0.45,
    bus: 'effects',
    group: 'hit',
    minIntervalS: 0.03,
    rateJitter: 0.1,
    spatial: NEAR,
  },
  /** A round through the hull plating: crushed noise, an inharmonic clang, a thud. */
  hitHull: {
    variants: [
      [
        {
          lowpass: [5500, 700],
          zzfx: white({
            decay: 0.04,
            sustainVolume: 0.4,
            sustain: 0.04,
            release: 0.17,
            bitCrush: 0.08,
          }),
        },
        // Plate modes at inharmonic ratios (1, 2.76, 5.40, 8.93) ring like struck metal.
        { gain: 0.3, zzfx: { frequency: 523, release: 0.38 } },
        { gain: 0.22, zzfx: { frequency: 1443, release: 0.28 } },
        { gain: 0.16, zzfx: { frequency: 2825, release: 0.2 } },
        { gain: 0.1, zzfx: { frequency: 4670, release: 0.13 } },
        {
          gain: 0.9,
          zzfx: { frequency: 95, release: 0.22, slide: -0.9, shapeCurve: 0.5 },
        },
      ],
    ],
    peak: 0.6,
    bus: 'effects',
    group: 'hit',
    minIntervalS: 0.03,
    rateJitter: 0.1,
    spatial: NEAR,
  },
  /** A phaser bolt sparking off rock. */
  impactSpark: {
    variants: [
      [
        { highpass: 2500, zzfx: white({ release: 0.06, bitCrush: 0.1 }) },
        { gain: 0.4, zzfx: { frequency: 2600, release: 0.09, slide: -6 } },
      ],
    ],
    peak: 0.3,
    bus: 'effects',
    group: 'hit',
    minIntervalS: 0.04,
    rateJitter: 0.15,
    spatial: NEAR,
  },
  explosionSmall: {
    variants: [
      [
        {
          lowpass: [6000, 260],
          zzfx: white({
            attack: 0.003,
            decay: 0.06,
            sustainVolume: 0.45,
            sustain: 0.08,
            release: 0.45,
          }),
        },
        {
          gain: 0.9,
          zzfx: { frequency: 80, attack: 0.003, release: 0.45, slide: -0.2, shapeCurve: 0.6 },
        },
        {
          at: 0.05,
          gain: 0.45,
          lowpass: [1400, 150],
          zzfx: {
            frequency: 120,
            noise: 4,
            release: 0.45,
            repeatTime: 0.043,
            tremolo: 0.8,
          },
        },
        { gain: 0.45, highpass: 1800, zzfx: white({ release: 0.04 }) },
      ],
    ],
    peak: 0.6,
    bus: 'effects',
    group: 'explosion',
    minIntervalS: 0.04,
    rateJitter: 0.1,
    spatial: FAR,
  },
  explosionMedium: {
    variants: [
      [
        {
          lowpass: [4500, 180],
          zzfx: white({
            attack: 0.004,
            decay: 0.12,
            sustainVolume: 0.45,
            sustain: 0.25,
            release: 0.85,
          }),
        },
        {
          gain: 1.1,
          zzfx: { frequency: 62, attack: 0.005, release: 0.95, slide: -0.08, shapeCurve: 0.6 },
        },
        {
          at: 0.18,
          gain: 0.6,
          lowpass: [2500, 200],
          zzfx: white({ attack: 0.01, release: 0.55 }),
        },
        {
          at: 0.08,
          gain: 0.5,
          lowpass: [1200, 150],
          zzfx: {
            frequency: 110,
            noise: 4,
            release: 0.85,
            repeatTime: 0.047,
            tremolo: 0.8,
          },
        },
        { gain: 0.45, highpass: 1800, zzfx: white({ release: 0.05 }) },
      ],
    ],
    peak: 0.7,
    bus: 'effects',
    group: 'explosion',
    minIntervalS: 0.05,
    rateJitter: 0.08,
    spatial: FAR,
  },
  explosionLarge: {
    variants: [
      [
        {
          lowpass: [3800, 110],
          zzfx: white({
            attack: 0.008,
            decay: 0.2,
            sustainVolume: 0.5,
            sustain: 0.45,
            release: 1.6,
          }),
        },
        {
          gain: 1.2,
          zzfx: { frequency: 50, attack: 0.01, sustain: 0.2, release: 1.6, slide: -0.03 },
        },
        {
          at: 0.25,
          gain: 0.6,
          lowpass: [2600, 180],
          zzfx: white({ attack: 0.01, release: 0.7 }),
        },
        {
          at: 0.6,
          gain: 0.45,
          lowpass: [1800, 150],
          zzfx: white({ attack: 0.02, release: 0.8 }),
        },
        {
          at: 0.1,
          gain: 0.55,
          lowpass: [1000, 120],
          zzfx: {
            frequency: 95,
            noise: 4,
            release: 1.7,
            repeatTime: 0.053,
            tremolo: 0.8,
          },
        },
        { gain: 0.5, highpass: 1500, zzfx: white({ release: 0.08 }) },
      ],
    ],
    peak: 0.85,
    bus: 'effects',
    group: 'explosion',
    minIntervalS: 0.06,
    rateJitter: 0.06,
    spatial: { refDistanceM: 200, maxDistanceM: 6000 },
  },
  /** Another ship's shields collapsing: a glassy downward sweep (it can now be raided). */
  shieldBreak: {
    variants: [
      [
        // Three glassy partials falling at different rates: a shield shattering.
        { zzfx: { frequency: 2600, attack: 0.002, sustain: 0.06, release: 0.4, slide: -7 } },
        {
          gain: 0.55,
          zzfx: { frequency: 3900, attack: 0.002, sustain: 0.04, release: 0.32, slide: -13 },
        },
        {
          gain: 0.3,
          zzfx: { frequency: 5300, attack: 0.002, sustain: 0.02, release: 0.24, slide: -21 },
        },
        {
          gain: 0.6,
          highpass: 2000,
          zzfx: white({ release: 0.32, bitCrush: 0.3, repeatTime: 0.013, tremolo: 1 }),
        },
      ],
    ],
    peak: 0.45,
    bus: 'effects',
    group: 'hit',
    minIntervalS: 0.05,
    rateJitter: 0.05,
    spatial: FAR,
  },
  /** Boost kicking in: an ignition thump and a rising rush of air. */
  boostWhoosh: {
    variants: [
      [
        {
          lowpass: [300, 3200],
          zzfx: white({ attack: 0.14, sustain: 0.18, release: 0.55 }),
        },
        {
          gain: 0.45,
          zzfx: {
            frequency: 55,
            shape: SHAPE.saw,
            attack: 0.05,
            sustain: 0.25,
            release: 0.45,
            slide: 0.1,
            filter: -300,
          },
        },
        {
          gain: 0.7,
          zzfx: { frequency: 80, attack: 0.002, release: 0.18, slide: -0.3, shapeCurve: 0.5 },
        },
      ],
    ],
    peak: 0.5,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.1,
    rateJitter: 0.03,
    spatial: null,
  },
  /** Boost ran dry: the engines wind down. */
  powerDown: {
    variants: [
      [
        {
          lowpass: [1800, 150],
          zzfx: {
            frequency: 300,
            shape: SHAPE.saw,
            attack: 0.01,
            sustain: 0.15,
            release: 0.45,
            slide: -0.8,
          },
        },
      ],
    ],
    peak: 0.35,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.2,
    rateJitter: 0,
    spatial: null,
  },
  /** Shields down on the Callister: a Space Fleet red-alert klaxon, two whoops. */
  shieldsDownAlarm: {
    variants: [
      [
        {
          zzfx: {
            frequency: 420,
            shape: SHAPE.saw,
            attack: 0.02,
            sustain: 0.66,
            release: 0.1,
            slide: 2.4,
            repeatTime: 0.39,
            filter: -1300,
          },
        },
        {
          gain: 0.6,
          zzfx: {
            frequency: 210,
            shape: SHAPE.square,
            attack: 0.02,
            sustain: 0.66,
            release: 0.1,
            slide: 1.2,
            repeatTime: 0.39,
            filter: -700,
          },
        },
      ],
    ],
    peak: 0.42,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.8,
    rateJitter: 0,
    spatial: null,
  },
  /** Shields back up: a rising shimmer. */
  shieldsUp: {
    variants: [
      [
        { zzfx: { frequency: 600, attack: 0.05, sustain: 0.2, release: 0.25, slide: 4 } },
        {
          gain: 0.4,
          zzfx: { frequency: 1200, attack: 0.08, sustain: 0.15, release: 0.3, slide: 8 },
        },
        {
          at: 0.06,
          gain: 0.25,
          zzfx: { frequency: 1800, attack: 0.08, sustain: 0.1, release: 0.3, slide: 12 },
        },
      ],
    ],
    peak: 0.3,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.5,
    rateJitter: 0,
    spatial: null,
  },
  /** Phasers overheated: a two-tone warble over a venting hiss. */
  phasersOverheated: {
    variants: [
      [
        // A falling two-tone warble, three times.
        ...[880, 587, 880, 587, 880, 587].map((frequency, i): SoundLayer => ({
          at: i * 0.09,
          zzfx: {
            frequency,
            shape: SHAPE.square,
            attack: 0.004,
            sustain: 0.07,
            release: 0.015,
            filter: -1500,
          },
        })),
        {
          gain: 0.3,
          highpass: 2500,
          lowpass: [9000, 3500],
          zzfx: white({ attack: 0.05, sustain: 0.2, release: 0.45 }),
        },
      ],
    ],
    peak: 0.38,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.5,
    rateJitter: 0,
    spatial: null,
  },
  /** Phasers cooled and ready: a short rising chirp. */
  phasersReady: {
    variants: [tones([1046.5, 1568], 0.06, 0.04)],
    peak: 0.22,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.3,
    rateJitter: 0,
    spatial: null,
  },
  /** The targeting computer picked a new target. */
  targetBlip: {
    variants: [tones([1760, 2637], 0.045, 0.025)],
    peak: 0.18,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.05,
    rateJitter: 0,
    spatial: null,
  },
  /** Flight assist switched: variant 0 on (rising), 1 off (falling). */
  assistToggle: {
    variants: [tones([659, 988], 0.055, 0.035), tones([988, 659], 0.055, 0.035)],
    peak: 0.22,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.05,
    rateJitter: 0,
    spatial: null,
  },
  /** Retro bridge-computer chatter under each comms line; the variant follows the sender. */
  comms: {
    variants: [
      tones([1318.5, 987.8, 1568], 0.075, 0.045),
      tones([880, 1174.7, 1480, 1174.7], 0.065, 0.04),
      tones([1568, 1318.5, 784], 0.08, 0.05),
      tones([1046.5, 1568, 1396.9, 1760], 0.06, 0.035),
      tones([740, 1480, 1108.7], 0.09, 0.05),
      tones([1975.5, 1568, 1975.5, 1318.5], 0.055, 0.03),
    ],
    peak: 0.22,
    bus: 'effects',
    group: 'comms',
    minIntervalS: 0.12,
    rateJitter: 0,
    spatial: null,
  },
  /** An objective complete: a rising triad chime. */
  objective: {
    variants: [
      [
        ...tone(523.3, 0, 0.08),
        ...tone(659.3, 0.1, 0.08),
        ...tone(784, 0.2, 0.08),
        ...tone(1046.5, 0.3, 0.3),
      ],
    ],
    peak: 0.3,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.5,
    rateJitter: 0,
    spatial: null,
  },
  /**
   * Chapter 2, a wave starts: Infinity's party alarm, two rising neon whoops over a
   * pulsing synth bass, then a bright two-note stab ("incoming!").
   */
  waveAlarm: {
    variants: [
      [
        {
          gain: 0.8,
          zzfx: {
            frequency: 330,
            shape: SHAPE.saw,
            attack: 0.03,
            sustain: 0.3,
            release: 0.06,
            slide: 3.2,
            repeatTime: 0.36,
            filter: -2200,
          },
        },
        {
          gain: 0.55,
          zzfx: {
            frequency: 660,
            shape: SHAPE.square,
            attack: 0.03,
            sustain: 0.3,
            release: 0.06,
            slide: 6.4,
            repeatTime: 0.36,
            filter: -3000,
          },
        },
        {
          gain: 0.7,
          lowpass: [900, 300],
          zzfx: {
            frequency: 55,
            shape: SHAPE.saw,
            attack: 0.01,
            sustain: 0.62,
            release: 0.12,
            tremolo: 0.6,
            repeatTime: 0.09,
          },
        },
        ...tone(987.8, 0.76, 0.07, 0.9),
        ...tone(1318.5, 0.86, 0.18, 0.9),
      ],
    ],
    peak: 0.42,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 1,
    rateJitter: 0,
    spatial: null,
  },
  /**
   * An invitation relay falls: a deep, long boom that rolls, then a falling chime (the
   * invitation breaking up) ringing out over it.
   */
  relayDown: {
    variants: [
      [
        {
          lowpass: [3000, 90],
          zzfx: white({
            attack: 0.01,
            decay: 0.25,
            sustainVolume: 0.55,
            sustain: 0.5,
            release: 1.7,
          }),
        },
        {
          gain: 1.3,
          zzfx: { frequency: 42, attack: 0.01, sustain: 0.3, release: 1.8, slide: -0.02 },
        },
        {
          at: 0.18,
          gain: 0.6,
          lowpass: [900, 90],
          zzfx: { frequency: 70, noise: 4, release: 1.6, repeatTime: 0.061, tremolo: 0.8 },
        },
        { gain: 0.45, highpass: 1400, zzfx: white({ release: 0.09 }) },
        // The chime: a bright, bell-like falling arpeggio.
        ...[1568, 1318.5, 1046.5, 784].flatMap((frequency, i): SoundLayer[] => [
          {
            at: 0.32 + i * 0.13,
            gain: 0.5,
            zzfx: { frequency, attack: 0.002, sustain: 0.03, release: 0.9 },
          },
          {
            at: 0.32 + i * 0.13,
            gain: 0.16,
            zzfx: { frequency: frequency * 2.76, attack: 0.002, release: 0.35 },
          },
        ]),
      ],
    ],
    peak: 0.85,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.3,
    rateJitter: 0,
    spatial: null,
  },
  /** The party is over: a rising fanfare with a shimmer on top. */
  partyOver: {
    variants: [
      [
        ...tone(523.3, 0, 0.1),
        ...tone(659.3, 0.12, 0.1),
        ...tone(784, 0.24, 0.1),
        ...tone(1046.5, 0.36, 0.1),
        ...tone(784, 0.52, 0.08),
        ...tone(1046.5, 0.62, 0.5),
        {
          at: 0.62,
          gain: 0.5,
          zzfx: { frequency: 1318.5, attack: 0.01, sustain: 0.3, release: 0.5 },
        },
        {
          at: 0.62,
          gain: 0.25,
          highpass: 3000,
          zzfx: white({ attack: 0.2, sustain: 0.3, release: 0.5, tremolo: 0.5, repeatTime: 0.07 }),
        },
      ],
    ],
    peak: 0.34,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 1,
    rateJitter: 0,
    spatial: null,
  },
  /**
   * Chapter 3, Bob's copy beam finds the Callister: a harsh two-tone alarm over a
   * bit-crushed buzz ("you are being copied").
   */
  beamLock: {
    variants: [
      [
        ...[0, 1, 2, 3].flatMap((i): SoundLayer[] =>
          tone(i % 2 === 0 ? 1174.7 : 880, i * 0.11, 0.08, 0.9),
        ),
        {
          gain: 0.6,
          zzfx: {
            frequency: 110,
            shape: SHAPE.saw,
            attack: 0.01,
            sustain: 0.4,
            release: 0.08,
            bitCrush: 0.4,
            filter: -1600,
          },
        },
      ],
    ],
    peak: 0.4,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.4,
    rateJitter: 0,
    spatial: null,
  },
  /** The Bargradian cutlass swings: a plasma whoosh (swept noise over a rising saw hum). */
  cutlassSwing: {
    variants: [
      [
        {
          gain: 0.8,
          lowpass: [700, 6000],
          zzfx: white({ attack: 0.04, sustain: 0.08, release: 0.22 }),
        },
        {
          gain: 0.6,
          zzfx: {
            frequency: 160,
            shape: SHAPE.saw,
            attack: 0.02,
            sustain: 0.1,
            release: 0.2,
            slide: 9,
            filter: -2400,
          },
        },
        {
          gain: 0.45,
          zzfx: {
            frequency: 82,
            attack: 0.02,
            sustain: 0.15,
            release: 0.18,
            tremolo: 0.5,
            repeatTime: 0.03,
          },
        },
      ],
    ],
    peak: 0.55,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.1,
    rateJitter: 0.05,
    spatial: null,
  },
  /** The blade lands (on Bob, or through a structure): a crackling impact with a ringing edge. */
  cutlassStrike: {
    variants: [
      [
        {
          lowpass: [6000, 400],
          zzfx: white({
            attack: 0.002,
            decay: 0.08,
            sustainVolume: 0.4,
            sustain: 0.1,
            release: 0.4,
          }),
        },
        {
          gain: 1.2,
          zzfx: { frequency: 60, attack: 0.002, sustain: 0.08, release: 0.45, slide: -0.1 },
        },
        { gain: 0.35, zzfx: { frequency: 1864, attack: 0.001, release: 0.7 } },
        { gain: 0.25, zzfx: { frequency: 2794, attack: 0.001, release: 0.5 } },
        { at: 0.03, gain: 0.5, highpass: 1500, zzfx: white({ release: 0.25, bitCrush: 0.6 }) },
      ],
    ],
    peak: 0.8,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.1,
    rateJitter: 0.03,
    spatial: null,
  },
  /** Bob's shield turns the blade: a buzzing clang. */
  shieldDeflect: {
    variants: [
      [
        {
          gain: 0.7,
          zzfx: {
            frequency: 740,
            shape: SHAPE.square,
            attack: 0.002,
            release: 0.35,
            tremolo: 0.8,
            repeatTime: 0.02,
            filter: -3000,
          },
        },
        { gain: 0.5, zzfx: { frequency: 1480, attack: 0.001, release: 0.45 } },
        { gain: 0.5, lowpass: [5000, 800], zzfx: white({ attack: 0.001, release: 0.15 }) },
      ],
    ],
    peak: 0.55,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.1,
    rateJitter: 0,
    spatial: null,
  },
  /** A pylon falls: a deep boom under a power-down sweep (the shield losing a feed). */
  pylonDown: {
    variants: [
      [
        {
          lowpass: [2500, 80],
          zzfx: white({ attack: 0.01, decay: 0.2, sustainVolume: 0.5, sustain: 0.3, release: 1.1 }),
        },
        {
          gain: 1.2,
          zzfx: { frequency: 48, attack: 0.01, sustain: 0.25, release: 1.2, slide: -0.02 },
        },
        {
          at: 0.1,
          gain: 0.6,
          zzfx: {
            frequency: 880,
            shape: SHAPE.saw,
            attack: 0.01,
            sustain: 0.3,
            release: 0.7,
            slide: -30,
            filter: -2000,
          },
        },
      ],
    ],
    peak: 0.85,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.3,
    rateJitter: 0,
    spatial: null,
  },
  /** Bob falls and the purge begins: a klaxon, three rising whoops over a rumble. */
  deletionAlarm: {
    variants: [
      [
        {
          gain: 0.8,
          zzfx: {
            frequency: 300,
            shape: SHAPE.saw,
            attack: 0.03,
            sustain: 1.5,
            release: 0.1,
            slide: 4,
            repeatTime: 0.5,
            filter: -2500,
          },
        },
        {
          gain: 0.5,
          zzfx: {
            frequency: 600,
            shape: SHAPE.square,
            attack: 0.03,
            sustain: 1.5,
            release: 0.1,
            slide: 8,
            repeatTime: 0.5,
            filter: -3000,
          },
        },
        {
          gain: 0.7,
          lowpass: [400, 100],
          zzfx: { frequency: 40, noise: 3, attack: 0.1, sustain: 1.4, release: 0.3 },
        },
      ],
    ],
    peak: 0.5,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 1,
    rateJitter: 0,
    spatial: null,
  },
  /** The purge's last ten seconds: one beep a second (variant 1, higher: the last three). */
  countdownBeep: {
    variants: [tone(988, 0, 0.08), tone(1480, 0, 0.12)],
    peak: 0.32,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 0.3,
    rateJitter: 0,
    spatial: null,
  },
  /** The uplink answers: an old modem's handshake (answer tone, warbling FSK, hiss). */
  modemChirp: {
    variants: [
      [
        ...tone(2100, 0, 0.25, 0.7),
        ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((i): SoundLayer[] =>
          tone(i % 2 === 0 ? 1270 : 2225, 0.32 + i * 0.045, 0.035, 0.6),
        ),
        {
          at: 0.8,
          gain: 0.5,
          highpass: 900,
          zzfx: white({ attack: 0.02, sustain: 0.35, release: 0.1, bitCrush: 0.5 }),
        },
      ],
    ],
    peak: 0.32,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 1,
    rateJitter: 0,
    spatial: null,
  },
  /** Upload complete: a bright 8-bit fanfare and a sparkle. */
  uploadComplete: {
    variants: [
      [
        ...[523.3, 659.3, 784, 1046.5, 1318.5].flatMap((f, i): SoundLayer[] => [
          {
            at: i * 0.09,
            gain: 0.5,
            zzfx: {
              frequency: f,
              shape: SHAPE.square,
              attack: 0.003,
              sustain: 0.06,
              release: 0.05,
              filter: -4000,
            },
          },
        ]),
        {
          at: 0.5,
          gain: 0.6,
          zzfx: {
            frequency: 1568,
            shape: SHAPE.square,
            attack: 0.003,
            sustain: 0.35,
            release: 0.4,
            filter: -4000,
          },
        },
        { at: 0.5, gain: 0.5, zzfx: { frequency: 784, attack: 0.01, sustain: 0.4, release: 0.5 } },
        {
          at: 0.5,
          gain: 0.2,
          highpass: 3500,
          zzfx: white({ attack: 0.1, sustain: 0.3, release: 0.4, tremolo: 0.6, repeatTime: 0.06 }),
        },
      ],
    ],
    peak: 0.4,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 1,
    rateJitter: 0,
    spatial: null,
  },
  /** Copied: a bit-crushed stutter falling apart (the copy is made; one of her is his). */
  copiedGlitch: {
    variants: [
      [
        {
          zzfx: {
            frequency: 660,
            shape: SHAPE.square,
            attack: 0.005,
            sustain: 0.9,
            release: 0.3,
            pitchJump: -220,
            pitchJumpTime: 0.07,
            repeatTime: 0.13,
            bitCrush: 0.8,
            filter: -3500,
          },
        },
        {
          gain: 0.5,
          zzfx: white({
            attack: 0.01,
            sustain: 0.6,
            release: 0.4,
            bitCrush: 1.5,
            tremolo: 0.9,
            repeatTime: 0.05,
          }),
          lowpass: [4000, 300],
        },
        {
          gain: 0.7,
          zzfx: {
            frequency: 220,
            shape: SHAPE.saw,
            attack: 0.01,
            sustain: 0.8,
            release: 0.5,
            slide: -6,
            filter: -1500,
          },
        },
      ],
    ],
    peak: 0.6,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 1,
    rateJitter: 0,
    spatial: null,
  },
  /** The jump to the Heart: a rising rush of noise and a climbing tone, ending in a crack. */
  jumpWhoosh: {
    variants: [
      [
        { lowpass: [200, 9000], zzfx: white({ attack: 2.2, sustain: 0.1, release: 0.2 }) },
        {
          gain: 0.5,
          zzfx: {
            frequency: 90,
            shape: SHAPE.saw,
            attack: 2.0,
            sustain: 0.2,
            release: 0.25,
            slide: 1.2,
            filter: -2500,
          },
        },
        { at: 2.35, gain: 0.9, lowpass: [8000, 300], zzfx: white({ attack: 0.002, release: 0.4 }) },
        { at: 2.35, gain: 1, zzfx: { frequency: 55, attack: 0.002, release: 0.5, slide: -0.05 } },
      ],
    ],
    peak: 0.7,
    bus: 'effects',
    group: 'cockpit',
    minIntervalS: 2,
    rateJitter: 0,
    spatial: null,
  },
  uiMove: {
    variants: [
      [
        { zzfx: { frequency: 1400, attack: 0.001, release: 0.035, shapeCurve: 0.7 } },
        {
          gain: 0.25,
          zzfx: { frequency: 2800, shape: SHAPE.square, release: 0.012, filter: -3000 },
        },
      ],
    ],
    peak: 0.16,
    bus: 'ui',
    group: 'ui',
    minIntervalS: 0.02,
    rateJitter: 0.02,
    spatial: null,
  },
  uiSelect: {
    variants: [tones([880, 1318.5], 0.05, 0.035)],
    peak: 0.24,
    bus: 'ui',
    group: 'ui',
    minIntervalS: 0.04,
    rateJitter: 0,
    spatial: null,
  },
  uiBack: {
    variants: [tones([1174.7, 784], 0.05, 0.035)],
    peak: 0.22,
    bus: 'ui',
    group: 'ui',
    minIntervalS: 0.04,
    rateJitter: 0,
    spatial: null,
  },
} as const satisfies Record<string, SoundDef>;

export type SoundId = keyof typeof SOUND_DEFS;

export const SOUND_IDS = Object.keys(SOUND_DEFS) as SoundId[];

export function soundDef(id: SoundId): SoundDef {
  return SOUND_DEFS[id];
}

/** ZZFX.buildSamples, bound: renders one layer's samples at the bank's sample rate. */
export type BuildSamples = (...parameters: (number | undefined)[]) => ArrayLike<number>;

/** Seconds of fade-out applied at the very end of every buffer (no clicks). */
const END_FADE_S = 0.004;

/**
 * Mixes a variant's layers into one buffer and normalises it to `peak`.
 * `build` must render at `sampleRate` with an output scale of 1.
 */
export function renderVariant(
  layers: readonly SoundLayer[],
  peak: number,
  build: BuildSamples,
  sampleRate: number,
): Float32Array<ArrayBuffer> {
  const steps = renderVariantSteps(layers, peak, build, sampleRate);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * renderVariant one layer at a time: the generator pauses after each layer so the
 * caller can yield to the browser between them (the whole bank takes a few hundred ms).
 */
export function* renderVariantSteps(
  layers: readonly SoundLayer[],
  peak: number,
  build: BuildSamples,
  sampleRate: number,
): Generator<void, Float32Array<ArrayBuffer>, void> {
  const rendered: { offset: number; gain: number; samples: Float32Array }[] = [];
  for (const layer of layers) {
    const raw = Float32Array.from(build(...zzfxParameters(layer.zzfx)));
    rendered.push({
      offset: Math.round((layer.at ?? 0) * sampleRate),
      gain: layer.gain ?? 1,
      samples: filterLayer(raw, layer, sampleRate),
    });
    yield;
  }
  const length = Math.max(1, ...rendered.map((r) => r.offset + r.samples.length));
  const out = new Float32Array(length);
  for (const { offset, gain, samples } of rendered) {
    for (let i = 0; i < samples.length; i++) out[offset + i]! += gain * samples[i]!;
  }
  const fade = Math.min(length, Math.round(END_FADE_S * sampleRate));
  for (let i = 0; i < fade; i++) out[length - 1 - i]! *= i / fade;
  normalisePeak(out, peak);
  return out;
}

/** Applies a layer's optional swept low-pass and high-pass, in place. */
export function filterLayer(
  samples: Float32Array,
  layer: SoundLayer,
  sampleRate: number,
): Float32Array {
  const n = samples.length;
  if (layer.lowpass && n > 0) {
    const [fromHz, toHz] = layer.lowpass;
    // The cutoff moves in blocks of 32 samples (under a millisecond): smooth, and cheap.
    const block = 32;
    const step = Math.pow(toHz / fromHz, block / n);
    let hz = fromHz;
    let a = 0;
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < n; i++) {
      if (i % block === 0) {
        a = 1 - Math.exp((-2 * Math.PI * Math.min(hz, sampleRate * 0.45)) / sampleRate);
        hz *= step;
      }
      y1 += a * (samples[i]! - y1);
      y2 += a * (y1 - y2);
      samples[i] = y2;
    }
  }
  if (layer.highpass !== undefined && n > 0) {
    const a = 1 - Math.exp((-2 * Math.PI * layer.highpass) / sampleRate);
    let low = 0;
    for (let i = 0; i < n; i++) {
      low += a * (samples[i]! - low);
      samples[i] = samples[i]! - low;
    }
  }
  return samples;
}

/** Scales samples in place so the loudest one is `peak`; leaves silence alone. */
export function normalisePeak(samples: Float32Array, peak: number): void {
  let max = 0;
  for (let i = 0; i < samples.length; i++) max = Math.max(max, Math.abs(samples[i]!));
  if (max === 0 || !Number.isFinite(max)) return;
  const scale = peak / max;
  for (let i = 0; i < samples.length; i++) samples[i]! *= scale;
}
