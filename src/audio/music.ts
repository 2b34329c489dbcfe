/**
 * The generative music bed: a look-ahead scheduler (a timer, independent of the frame
 * rate) that plays the current track's pad chords, arpeggio and bass a little ahead of
 * the audio clock. Switching track fades the old one out and the new one in on a bar.
 */
import {
  MUSIC_TRACKS,
  arpNoteAt,
  bassNoteAt,
  chordAt,
  isChordStart,
  midiToHz,
  stepSeconds,
  type MusicTrack,
  type MusicTrackId,
} from './music-tracks';

const LOOKAHEAD_S = 0.6;
const TICK_MS = 100;
const FADE_OUT_S = 1.4;
const DUCK_S = 0.35;
const PAD_ATTACK_S = 2.2;
const PAD_RELEASE_S = 3;
const PAD_DETUNE_CENTS = 9;
/** The whole bed's level before the music bus: a bed, under the effects. */
const MUSIC_LEVEL = 0.6;

export class MusicPlayer {
  private readonly output: GainNode;
  private readonly duck: GainNode;
  private readonly padLeft: StereoPannerNode;
  private readonly padRight: StereoPannerNode;
  private readonly padFilter: BiquadFilterNode;
  private readonly arpBus: GainNode;
  private readonly bassBus: GainNode;
  private track: MusicTrack | null = null;
  private trackId: MusicTrackId | null = null;
  private pending: MusicTrackId | null = null;
  private switchAt = 0;
  private step = 0;
  private nextStepTime = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private padVoices: { osc: OscillatorNode; gain: GainNode }[] = [];

  constructor(
    private readonly ctx: BaseAudioContext,
    destination: AudioNode,
  ) {
    this.duck = new GainNode(ctx, { gain: 1 });
    this.duck.connect(destination);
    this.output = new GainNode(ctx, { gain: 0 });
    this.output.connect(this.duck);

    this.padFilter = new BiquadFilterNode(ctx, { type: 'lowpass', frequency: 900, Q: 1.2 });
    this.padFilter.connect(this.output);
    // The two detuned halves of the pad sit left and right: a wide, chorused bed.
    this.padLeft = new StereoPannerNode(ctx, { pan: -0.6 });
    this.padRight = new StereoPannerNode(ctx, { pan: 0.6 });
    this.padLeft.connect(this.padFilter);
    this.padRight.connect(this.padFilter);
    // A very slow sweep on the pad filter keeps the bed moving.
    const sweep = new OscillatorNode(ctx, { type: 'sine', frequency: 0.05 });
    const sweepDepth = new GainNode(ctx, { gain: 350 });
    sweep.connect(sweepDepth).connect(this.padFilter.frequency);
    sweep.start();

    // Arpeggio through a dotted-eighth echo, panned wide against the dry signal.
    this.arpBus = new GainNode(ctx, { gain: 1 });
    const arpTone = new BiquadFilterNode(ctx, { type: 'lowpass', frequency: 2600, Q: 0.5 });
    const dry = new StereoPannerNode(ctx, { pan: -0.2 });
    this.arpBus.connect(arpTone).connect(dry).connect(this.output);
    const echo = new DelayNode(ctx, { delayTime: 0.45, maxDelayTime: 2 });
    const feedback = new GainNode(ctx, { gain: 0.38 });
    const echoTone = new BiquadFilterNode(ctx, { type: 'lowpass', frequency: 1800 });
    const wet = new StereoPannerNode(ctx, { pan: 0.45 });
    const wetLevel = new GainNode(ctx, { gain: 0.5 });
    arpTone.connect(echo);
    echo.connect(echoTone).connect(feedback).connect(echo);
    echoTone.connect(wetLevel).connect(wet).connect(this.output);
    this.echo = echo;

    this.bassBus = new GainNode(ctx, { gain: 1 });
    const bassTone = new BiquadFilterNode(ctx, { type: 'lowpass', frequency: 420, Q: 0.9 });
    this.bassBus.connect(bassTone).connect(this.output);
  }

  private readonly echo: DelayNode;

  /** Starts the scheduler (idempotent). */
  start(): void {
    if (this.timer !== null) return;
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  /** Stops scheduling and fades out (teardown). */
  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.output.gain.setTargetAtTime(0, this.ctx.currentTime, 0.3);
    this.releasePad(this.ctx.currentTime);
    this.track = null;
    this.trackId = null;
    this.pending = null;
  }

  /** Picks the track; a change fades the old out and starts the new one on its first bar. */
  setTrack(id: MusicTrackId): void {
    if (id === (this.pending ?? this.trackId)) return;
    const now = this.ctx.currentTime;
    if (this.track === null) {
      this.begin(id, now + 0.05);
      return;
    }
    this.pending = id;
    this.switchAt = now + FADE_OUT_S;
    this.output.gain.setTargetAtTime(0, now, FADE_OUT_S / 4);
  }

  /** 0–1 level under the menus (ducking); 1 in a live run. */
  setDuck(level: number): void {
    this.duck.gain.setTargetAtTime(level, this.ctx.currentTime, DUCK_S);
  }

  private begin(id: MusicTrackId, at: number): void {
    const track = MUSIC_TRACKS[id];
    this.track = track;
    this.trackId = id;
    this.pending = null;
    this.step = 0;
    this.nextStepTime = at;
    this.echo.delayTime.setValueAtTime(stepSeconds(track) * 3, at);
    this.output.gain.cancelScheduledValues(at);
    this.output.gain.setTargetAtTime(MUSIC_LEVEL, at, 0.8);
  }

  private tick(): void {
    const now = this.ctx.currentTime;
    if (this.pending !== null && now >= this.switchAt) {
      this.releasePad(now);
      this.begin(this.pending, now + 0.05);
    }
    // After a stall (hidden tab), restart from now instead of replaying the backlog.
    if (this.nextStepTime < now - 0.2) this.nextStepTime = now + 0.05;
    this.scheduleUntil(now + LOOKAHEAD_S);
  }

  /** Schedules every note that starts before `time` (the timer's job; offline renders call it). */
  scheduleUntil(time: number): void {
    const track = this.track;
    if (!track || this.pending !== null) return;
    const stepS = stepSeconds(track);
    while (this.nextStepTime < time) {
      this.playStep(track, this.step, this.nextStepTime, stepS);
      this.step++;
      this.nextStepTime += stepS;
    }
  }

  private playStep(track: MusicTrack, step: number, time: number, stepS: number): void {
    if (isChordStart(track, step)) this.playChord(track, chordAt(track, step), time, stepS);
    const arp = arpNoteAt(track, step);
    if (arp !== null)
      this.playNote(this.arpBus, track.arpWave, arp, time, track.arpDecayS, track.arpLevel);
    const bass = bassNoteAt(track, step);
    if (bass !== null)
      this.playNote(this.bassBus, 'triangle', bass, time, stepS * 3, track.bassLevel);
  }

  private playChord(
    track: MusicTrack,
    chord: readonly number[],
    time: number,
    stepS: number,
  ): void {
    this.releasePad(time);
    this.padFilter.frequency.setTargetAtTime(track.padCutoffHz, time, 1);
    const holdS = stepS * track.stepsPerChord;
    for (const tone of chord) {
      const frequency = midiToHz(track.rootMidi + tone);
      for (const detune of [-PAD_DETUNE_CENTS, PAD_DETUNE_CENTS]) {
        const osc = new OscillatorNode(this.ctx, { type: track.padWave, frequency, detune });
        const gain = new GainNode(this.ctx, { gain: 0 });
        osc.connect(gain).connect(detune < 0 ? this.padLeft : this.padRight);
        gain.gain.setValueAtTime(0, time);
        gain.gain.linearRampToValueAtTime(track.padLevel, time + Math.min(PAD_ATTACK_S, holdS));
        osc.start(time);
        osc.stop(time + holdS + PAD_RELEASE_S * 2);
        osc.onended = () => gain.disconnect();
        this.padVoices.push({ osc, gain });
      }
    }
  }

  /** Lets the sounding pad chord ring out from `time`. */
  private releasePad(time: number): void {
    for (const { osc, gain } of this.padVoices) {
      gain.gain.cancelScheduledValues(time);
      gain.gain.setTargetAtTime(0, time, PAD_RELEASE_S / 4);
      try {
        osc.stop(time + PAD_RELEASE_S * 1.5);
      } catch {
        // Already stopped.
      }
    }
    this.padVoices = [];
  }

  private playNote(
    bus: AudioNode,
    type: OscillatorType,
    midi: number,
    time: number,
    decayS: number,
    level: number,
  ): void {
    const osc = new OscillatorNode(this.ctx, { type, frequency: midiToHz(midi) });
    const gain = new GainNode(this.ctx, { gain: 0 });
    osc.connect(gain).connect(bus);
    gain.gain.setValueAtTime(0, time);
    gain.gain.linearRampToValueAtTime(level, time + 0.006);
    gain.gain.setTargetAtTime(0, time + 0.006, decayS / 4);
    osc.start(time);
    osc.stop(time + decayS * 1.5 + 0.05);
    osc.onended = () => gain.disconnect();
  }
}
