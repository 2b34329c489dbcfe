/**
 * Plays the one-shot sound bank: renders it with ZzFX once audio starts, then starts
 * voices (buffer → low-pass → pan → gain → bus) within each group's voice budget.
 */
import type { Buses } from './audio-engine';
import type { SoundCue } from './event-sounds';
import {
  SOUND_DEFS,
  SOUND_IDS,
  VOICE_LIMITS,
  renderVariantSteps,
  type BuildSamples,
  type SoundDef,
  type SoundId,
  type VoiceGroup,
} from './sound-bank';
import {
  AUDIBLE_GAIN,
  NEAR_LOWPASS_HZ,
  createSpatialMix,
  spatialize,
  type ListenerPose,
} from './spatial';
import { createVoiceSlots, pickVoiceSlot, tooSoon, type VoiceSlot } from './voice-limiter';

interface Voice {
  source: AudioBufferSourceNode | null;
  gain: GainNode | null;
}

interface GroupVoices {
  readonly slots: VoiceSlot[];
  readonly voices: Voice[];
}

/** Sounds rendered first, so the first click and shot after the unlock are heard. */
const LOAD_ORDER: readonly SoundId[] = [
  'uiMove',
  'uiSelect',
  'uiBack',
  'phaserPlayer',
  'phaserEnemy',
  'hitShield',
  'hitHull',
  'comms',
  'explosionSmall',
  'explosionMedium',
  'torpedoLaunch',
];

const STEAL_FADE_S = 0.012;

export class SfxPlayer {
  private readonly buffers = new Map<SoundId, AudioBuffer[]>();
  private readonly groups: Record<VoiceGroup, GroupVoices>;
  private readonly lastStart = new Map<SoundId, number>();
  private readonly mix = createSpatialMix();
  private disposed = false;

  constructor(
    private readonly ctx: BaseAudioContext,
    private readonly buses: Buses,
  ) {
    const groups = {} as Record<VoiceGroup, GroupVoices>;
    for (const group of Object.keys(VOICE_LIMITS) as VoiceGroup[]) {
      const count = VOICE_LIMITS[group];
      groups[group] = {
        slots: createVoiceSlots(count),
        voices: Array.from({ length: count }, () => ({ source: null, gain: null })),
      };
    }
    this.groups = groups;
  }

  /**
   * Renders every sound into AudioBuffers at the context's rate, yielding to the
   * browser between layers. Sounds become playable one by one as they finish.
   */
  async load(build: BuildSamples): Promise<void> {
    const order = [...LOAD_ORDER, ...SOUND_IDS.filter((id) => !LOAD_ORDER.includes(id))];
    const rate = this.ctx.sampleRate;
    for (const id of order) {
      const def: SoundDef = SOUND_DEFS[id];
      const variants: AudioBuffer[] = [];
      for (const layers of def.variants) {
        const steps = renderVariantSteps(layers, def.peak, build, rate);
        let step = steps.next();
        while (!step.done) {
          await nextTask();
          if (this.disposed) return;
          step = steps.next();
        }
        const buffer = this.ctx.createBuffer(1, step.value.length, rate);
        buffer.copyToChannel(step.value, 0);
        variants.push(buffer);
      }
      this.buffers.set(id, variants);
    }
  }

  isLoaded(id: SoundId): boolean {
    return this.buffers.has(id);
  }

  get loadedCount(): number {
    return this.buffers.size;
  }

  /**
   * Starts `cue` at context time `when` (0 = now). `listener` places positional cues;
   * without it they play centred. Returns false when the cue was dropped.
   */
  play(cue: SoundCue, listener: ListenerPose | null, when = 0): boolean {
    const variants = this.buffers.get(cue.sound);
    const buffer = variants?.[cue.variant % variants.length];
    if (!buffer || this.disposed) return false;
    const def: SoundDef = SOUND_DEFS[cue.sound];
    const now = this.ctx.currentTime;
    const start = Math.max(now, when);

    let gain = cue.gain;
    let pan = cue.pan;
    let lowpassHz = NEAR_LOWPASS_HZ;
    if (cue.positional && def.spatial && listener) {
      const mix = spatialize(listener, cue.x, cue.y, cue.z, def.spatial, this.mix);
      gain *= mix.gain;
      pan = mix.pan;
      lowpassHz = mix.lowpassHz;
    }
    if (gain < AUDIBLE_GAIN) return false;
    if (tooSoon(this.lastStart.get(cue.sound) ?? -Infinity, start, def.minIntervalS)) return false;

    // Budget by when the voice will start (events of a busy frame are spread a little).
    const group = this.groups[def.group];
    const index = pickVoiceSlot(group.slots, start, gain);
    if (index < 0) return false;
    const slot = group.slots[index]!;
    const voice = group.voices[index]!;
    if (slot.endTime > start) this.silence(voice, start);

    const rate = cue.rate * (1 + def.rateJitter * (Math.random() * 2 - 1));
    const source = new AudioBufferSourceNode(this.ctx, { buffer, playbackRate: rate });
    const output = new GainNode(this.ctx, { gain: Math.min(1.5, gain) });
    let head: AudioNode = source;
    if (lowpassHz < NEAR_LOWPASS_HZ - 1) {
      head = head.connect(
        new BiquadFilterNode(this.ctx, { type: 'lowpass', frequency: lowpassHz }),
      );
    }
    if (pan !== 0) head = head.connect(new StereoPannerNode(this.ctx, { pan }));
    head.connect(output).connect(def.bus === 'ui' ? this.buses.ui : this.buses.effects);
    source.onended = () => output.disconnect();
    source.start(start);

    voice.source = source;
    voice.gain = output;
    slot.startTime = start;
    slot.endTime = start + buffer.duration / rate;
    slot.priority = gain;
    this.lastStart.set(cue.sound, start);
    return true;
  }

  /** Fades a stolen voice out quickly from `time` (a hard stop would click). */
  private silence(voice: Voice, time: number): void {
    if (!voice.source || !voice.gain) return;
    voice.gain.gain.cancelScheduledValues(time);
    voice.gain.gain.setTargetAtTime(0, time, STEAL_FADE_S / 3);
    try {
      voice.source.stop(time + STEAL_FADE_S);
    } catch {
      // Already stopped.
    }
    voice.source = null;
    voice.gain = null;
  }

  /** Stops everything now (a new run, or teardown). */
  stopAll(): void {
    const now = this.ctx.currentTime;
    for (const group of Object.values(this.groups)) {
      group.voices.forEach((voice, i) => {
        this.silence(voice, now);
        const slot = group.slots[i]!;
        slot.endTime = -Infinity;
      });
    }
  }

  dispose(): void {
    this.stopAll();
    this.disposed = true;
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
