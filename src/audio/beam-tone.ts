/**
 * Bob's copy beam holding the Callister: a rising, throbbing tone whose pitch, loudness
 * and throb rate climb with the copy's progress (holdTicks / HEART.beam.holdTicks), and
 * fall back as the hold drains. A live synth, like the lock tone: only its targets are
 * set per frame (smoothed in the audio graph), nothing is scheduled.
 */

export interface BeamToneTarget {
  readonly frequencyHz: number;
  readonly gain: number;
  /** Throb (tremolo) rate, Hz. */
  readonly throbHz: number;
}

const BASE_HZ = 140;
const TOP_HZ = 880;
const MAX_GAIN = 0.09;

/** What the tone should do at a hold fraction (0 = silent). Pure, for tests. */
export function beamToneTarget(fraction: number, live: boolean): BeamToneTarget {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  if (!live || f === 0) return { frequencyHz: BASE_HZ, gain: 0, throbHz: 3 };
  return {
    // Exponential in pitch: each second of hold climbs the same interval.
    frequencyHz: BASE_HZ * Math.pow(TOP_HZ / BASE_HZ, f),
    gain: MAX_GAIN * (0.35 + 0.65 * f),
    throbHz: 3 + 14 * f,
  };
}

/** How quickly the tone follows its targets, seconds (time constant). */
const GLIDE_S = 0.06;

export class BeamTone {
  private readonly osc: OscillatorNode;
  private readonly sub: OscillatorNode;
  private readonly lfo: OscillatorNode;
  private readonly output: GainNode;

  constructor(
    private readonly ctx: BaseAudioContext,
    destination: AudioNode,
  ) {
    this.osc = new OscillatorNode(ctx, { type: 'sawtooth', frequency: BASE_HZ });
    this.sub = new OscillatorNode(ctx, { type: 'square', frequency: BASE_HZ / 2 });
    const tone = new BiquadFilterNode(ctx, { type: 'lowpass', frequency: 2200, Q: 4 });
    const subLevel = new GainNode(ctx, { gain: 0.4 });
    // The throb: a sine LFO adding ±0.5 to a 0.5 base, so the level swings 0…1.
    const throb = new GainNode(ctx, { gain: 0.5 });
    this.lfo = new OscillatorNode(ctx, { type: 'sine', frequency: 3 });
    const depth = new GainNode(ctx, { gain: 0.5 });
    this.lfo.connect(depth).connect(throb.gain);
    this.output = new GainNode(ctx, { gain: 0 });
    this.osc.connect(tone);
    this.sub.connect(subLevel).connect(tone);
    tone.connect(throb).connect(this.output).connect(destination);
    this.osc.start();
    this.sub.start();
    this.lfo.start();
  }

  update(fraction: number, live: boolean): void {
    const target = beamToneTarget(fraction, live);
    const now = this.ctx.currentTime;
    this.osc.frequency.setTargetAtTime(target.frequencyHz, now, GLIDE_S);
    this.sub.frequency.setTargetAtTime(target.frequencyHz / 2, now, GLIDE_S);
    this.lfo.frequency.setTargetAtTime(target.throbHz, now, GLIDE_S);
    this.output.gain.setTargetAtTime(target.gain, now, target.gain > 0 ? GLIDE_S : 0.03);
  }
}
