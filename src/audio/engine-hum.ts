/**
 * The Callister's engine: a continuous low drone (detuned saws and a sub through a
 * resonant low-pass with a slow throb) plus a hiss of thrust, both following throttle,
 * speed and boost every frame. Fades out whenever the run is not live.
 */
import { clamp } from './spatial';

/** What the hum should sound like right now; smoothed toward by the audio graph. */
export interface HumTargets {
  gain: number;
  cutoffHz: number;
  /** Pitch of the drone relative to its 55 Hz base, cents. */
  detuneCents: number;
  noiseGain: number;
  noiseHz: number;
  /** Rate of the filter throb, Hz. */
  throbHz: number;
}

export interface HumInput {
  /** Throttle lever, -1…1 (reverse counts as effort too). */
  readonly throttle: number;
  readonly boosting: boolean;
  readonly speedMps: number;
  /** The run is playing and the ship is alive; otherwise the engine falls silent. */
  readonly live: boolean;
}

/** The Callister's full-throttle cruise speed (content/callister.ts), for scaling. */
const CRUISE_SPEED_MPS = 170;

export function createHumTargets(): HumTargets {
  return { gain: 0, cutoffHz: 200, detuneCents: 0, noiseGain: 0, noiseHz: 600, throbHz: 1 };
}

/** Pure mapping from ship state to hum parameters (allocation-free: fills `out`). */
export function engineHumTargets(input: HumInput, out: HumTargets): HumTargets {
  const speed = Number.isFinite(input.speedMps) ? Math.max(0, input.speedMps) : 0;
  const drive = clamp(Math.max(Math.abs(input.throttle), (speed / CRUISE_SPEED_MPS) * 0.85), 0, 1);
  const boost = input.boosting ? 1 : 0;
  out.gain = input.live ? 0.022 + 0.026 * drive + 0.016 * boost : 0;
  out.cutoffHz = 170 + 650 * drive + 1100 * boost;
  out.detuneCents = -350 + 480 * drive + 420 * boost;
  out.noiseGain = input.live ? 0.004 + 0.014 * drive + 0.05 * boost : 0;
  out.noiseHz = 450 + 1400 * drive + 1600 * boost;
  out.throbHz = 0.7 + 2.6 * drive + 3 * boost;
  return out;
}

/** How quickly the hum follows the ship (time constant, seconds). */
const FOLLOW_S = 0.12;
/** Slower when falling silent (pause, death) so it does not cut off. */
const FADE_S = 0.35;
const BASE_HZ = 55;

export class EngineHum {
  private readonly output: GainNode;
  private readonly filter: BiquadFilterNode;
  private readonly lfo: OscillatorNode;
  private readonly lfoDepth: GainNode;
  private readonly oscillators: OscillatorNode[];
  private readonly noise: AudioBufferSourceNode;
  private readonly noiseFilter: BiquadFilterNode;
  private readonly noiseGain: GainNode;
  private readonly targets = createHumTargets();
  private readonly applied = createHumTargets();

  constructor(
    private readonly ctx: BaseAudioContext,
    destination: AudioNode,
  ) {
    this.output = new GainNode(ctx, { gain: 0 });
    this.output.connect(destination);
    this.filter = new BiquadFilterNode(ctx, { type: 'lowpass', frequency: 200, Q: 5 });
    this.filter.connect(this.output);

    // Two detuned saws, one each side, and a sub an octave down.
    const left = new StereoPannerNode(ctx, { pan: -0.35 });
    const right = new StereoPannerNode(ctx, { pan: 0.35 });
    left.connect(this.filter);
    right.connect(this.filter);
    const sawA = new OscillatorNode(ctx, { type: 'sawtooth', frequency: BASE_HZ, detune: -7 });
    const sawB = new OscillatorNode(ctx, { type: 'sawtooth', frequency: BASE_HZ, detune: 7 });
    const sub = new OscillatorNode(ctx, { type: 'sine', frequency: BASE_HZ / 2 });
    const sawLevel = new GainNode(ctx, { gain: 0.32 });
    const sawLevelB = new GainNode(ctx, { gain: 0.32 });
    const subLevel = new GainNode(ctx, { gain: 0.9 });
    sawA.connect(sawLevel).connect(left);
    sawB.connect(sawLevelB).connect(right);
    sub.connect(subLevel).connect(this.filter);
    this.oscillators = [sawA, sawB, sub];

    // The throb: a slow LFO on the filter cutoff, like a warp core breathing.
    this.lfo = new OscillatorNode(ctx, { type: 'sine', frequency: 1 });
    this.lfoDepth = new GainNode(ctx, { gain: 60 });
    this.lfo.connect(this.lfoDepth).connect(this.filter.frequency);

    // Thrust hiss: looped noise through a band-pass.
    this.noise = new AudioBufferSourceNode(ctx, { buffer: noiseBuffer(ctx, 2), loop: true });
    this.noiseFilter = new BiquadFilterNode(ctx, { type: 'bandpass', frequency: 600, Q: 0.8 });
    this.noiseGain = new GainNode(ctx, { gain: 0 });
    this.noise.connect(this.noiseFilter).connect(this.noiseGain).connect(destination);

    for (const osc of this.oscillators) osc.start();
    this.lfo.start();
    this.noise.start();
  }

  /** Called every frame with the ship's state; only changed targets are scheduled. */
  update(input: HumInput): void {
    const t = engineHumTargets(input, this.targets);
    const now = this.ctx.currentTime;
    const a = this.applied;
    if (changed(a.gain, t.gain, 0.002)) {
      this.output.gain.setTargetAtTime(t.gain, now, t.gain < a.gain ? FADE_S : FOLLOW_S);
      a.gain = t.gain;
    }
    if (changed(a.cutoffHz, t.cutoffHz, 2)) {
      this.filter.frequency.setTargetAtTime(t.cutoffHz, now, FOLLOW_S);
      this.lfoDepth.gain.setTargetAtTime(t.cutoffHz * 0.3, now, FOLLOW_S);
      a.cutoffHz = t.cutoffHz;
    }
    if (changed(a.detuneCents, t.detuneCents, 1)) {
      for (const osc of this.oscillators) osc.detune.setTargetAtTime(t.detuneCents, now, 0.25);
      a.detuneCents = t.detuneCents;
    }
    if (changed(a.noiseGain, t.noiseGain, 0.001)) {
      const falling = t.noiseGain < a.noiseGain;
      this.noiseGain.gain.setTargetAtTime(t.noiseGain, now, falling ? FADE_S : FOLLOW_S);
      a.noiseGain = t.noiseGain;
    }
    if (changed(a.noiseHz, t.noiseHz, 5)) {
      this.noiseFilter.frequency.setTargetAtTime(t.noiseHz, now, FOLLOW_S);
      a.noiseHz = t.noiseHz;
    }
    if (changed(a.throbHz, t.throbHz, 0.02)) {
      this.lfo.frequency.setTargetAtTime(t.throbHz, now, 0.3);
      a.throbHz = t.throbHz;
    }
  }

  /** Falls silent now (pause, run over), without waiting for the next frame. */
  silence(): void {
    if (this.applied.gain === 0) return;
    this.output.gain.setTargetAtTime(0, this.ctx.currentTime, FADE_S);
    this.noiseGain.gain.setTargetAtTime(0, this.ctx.currentTime, FADE_S);
    this.applied.gain = 0;
    this.applied.noiseGain = 0;
  }
}

function changed(previous: number, next: number, epsilon: number): boolean {
  return Math.abs(previous - next) > epsilon;
}

/** A loopable buffer of white noise (random start and end meet without a click). */
export function noiseBuffer(ctx: BaseAudioContext, seconds: number): AudioBuffer {
  const length = Math.floor(ctx.sampleRate * seconds);
  const buffer = ctx.createBuffer(1, length, ctx.sampleRate);
  const data = buffer.getChannelData(0);
  for (let i = 0; i < length; i++) data[i] = Math.random() * 2 - 1;
  return buffer;
}
