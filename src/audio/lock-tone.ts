/**
 * The torpedo lock tone: a repeating beep while the computer acquires the target, a
 * steady higher tone once locked, silence when the lock is lost.
 *
 * A square-wave tone whose gain is keyed by a low-frequency sawtooth through a step
 * curve, so the beeping runs inside the audio graph: it keeps perfect time however
 * slowly frames render, and nothing has to be scheduled per frame.
 */
import type { LockPhase } from './event-sounds';

export const ACQUIRE_HZ = 1250;
export const LOCKED_HZ = 1870;
/** Beep period while acquiring, seconds. */
export const ACQUIRE_PERIOD_S = 0.16;
/** Fraction of each period the beep sounds. */
export const ACQUIRE_DUTY = 0.375;
const BEEP_LEVEL = 0.1;
const LOCKED_LEVEL = 0.075;
const EDGE_S = 0.004;

/**
 * The keying curve for a sawtooth LFO (−1…1 over a period, starting at 0 and rising):
 * 1 while the saw is in [0, 2·duty), else 0. `points` sets the edge softness: each
 * edge takes period / points seconds.
 */
export function gateCurve(duty: number, points = 41): Float32Array<ArrayBuffer> {
  const curve = new Float32Array(points);
  for (let i = 0; i < points; i++) {
    const input = -1 + (2 * i) / (points - 1);
    curve[i] = input >= 0 && input < 2 * duty ? 1 : 0;
  }
  return curve;
}

export class LockTone {
  private readonly osc: OscillatorNode;
  private readonly key: GainNode;
  private readonly gate: WaveShaperNode;
  private readonly gateDepth: GainNode;
  private readonly output: GainNode;
  private lfo: OscillatorNode | null = null;
  private phase: LockPhase = 'lost';
  private live = false;

  constructor(
    private readonly ctx: BaseAudioContext,
    destination: AudioNode,
  ) {
    this.osc = new OscillatorNode(ctx, { type: 'square', frequency: ACQUIRE_HZ });
    const tone = new BiquadFilterNode(ctx, { type: 'lowpass', frequency: 3200, Q: 0.7 });
    this.key = new GainNode(ctx, { gain: 0 });
    this.output = new GainNode(ctx, { gain: 0 });
    this.osc.connect(tone).connect(this.key).connect(this.output).connect(destination);
    // The gate adds 0 or BEEP_LEVEL to the key gain; the key's own value holds the locked tone.
    this.gate = new WaveShaperNode(ctx, { curve: gateCurve(ACQUIRE_DUTY) });
    this.gateDepth = new GainNode(ctx, { gain: 0 });
    this.gate.connect(this.gateDepth).connect(this.key.gain);
    this.osc.start();
  }

  get current(): LockPhase {
    return this.phase;
  }

  set(phase: LockPhase): void {
    if (phase === this.phase) return;
    this.phase = phase;
    const now = this.ctx.currentTime;
    this.stopLfo(now);
    this.gateDepth.gain.setTargetAtTime(0, now, EDGE_S);
    this.key.gain.setTargetAtTime(0, now, EDGE_S);
    if (phase === 'acquiring') {
      this.osc.frequency.setValueAtTime(ACQUIRE_HZ, now);
      // A fresh LFO each time, so the first beep sounds at once.
      const start = now + 0.01;
      this.lfo = new OscillatorNode(this.ctx, {
        type: 'sawtooth',
        frequency: 1 / ACQUIRE_PERIOD_S,
      });
      this.lfo.connect(this.gate);
      this.lfo.start(start);
      this.gateDepth.gain.setValueAtTime(BEEP_LEVEL, start);
    } else if (phase === 'locked') {
      this.osc.frequency.setValueAtTime(LOCKED_HZ, now + 0.01);
      this.key.gain.setTargetAtTime(LOCKED_LEVEL, now + 0.01, EDGE_S);
    }
  }

  /** Mutes unless the run is live (pause, death); cheap to call every frame. */
  update(live: boolean): void {
    if (live === this.live) return;
    this.live = live;
    this.output.gain.setTargetAtTime(live ? 1 : 0, this.ctx.currentTime, 0.02);
  }

  private stopLfo(now: number): void {
    if (!this.lfo) return;
    const lfo = this.lfo;
    this.lfo = null;
    // Let the gate depth fall first, then drop the LFO.
    lfo.stop(now + 0.05);
    lfo.onended = () => lfo.disconnect();
  }
}
