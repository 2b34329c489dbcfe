/**
 * The audio context, the mixing buses and the unlock on the first user gesture.
 *
 *   sfx voices, engine hum, lock tone ─► effects ─┐
 *   menu clicks ──────────────────────► ui ──────┼─► mix ─► limiter ─► master ─► speakers
 *   music (duck) ─────────────────────► music ───┤
 *   effects, music ─► sends ─► reverb ───────────┘
 *
 * UI clicks have their own bus under master so pause fades and ducking never touch them;
 * its level follows the effects volume (players expect the SFX slider to cover clicks).
 *
 * Browsers refuse to start audio before the page gets a user gesture, so the context is
 * created (or resumed) only inside a pointerdown/keydown handler. Until then `ctx` is
 * null and every caller treats that as "stay silent".
 */
export interface Volumes {
  master: number;
  effects: number;
  music: number;
}

export interface Buses {
  readonly effects: GainNode;
  readonly music: GainNode;
  readonly ui: GainNode;
  readonly master: GainNode;
}

/** The settings fields audio reads; effects and music volumes may not exist yet. */
export interface VolumeSettings {
  readonly masterVolume: number;
  readonly effectsVolume?: number;
  readonly musicVolume?: number;
}

export function volumesFromSettings(settings: VolumeSettings): Volumes {
  return {
    master: settings.masterVolume,
    effects: settings.effectsVolume ?? 1,
    music: settings.musicVolume ?? 1,
  };
}

/** Slider position (0–1) to gain: squared, so half-way sounds about half as loud. */
export function volumeToGain(volume: number): number {
  const v = Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 1;
  return v * v;
}

const EFFECTS_REVERB_SEND = 0.16;
const MUSIC_REVERB_SEND = 0.4;
const REVERB_SECONDS = 2.4;
/** Seconds for a volume change to settle (no zipper noise while dragging a slider). */
const VOLUME_SMOOTHING_S = 0.03;

type ReadyListener = (ctx: AudioContext, buses: Buses) => void;

class AudioEngine {
  ctx: AudioContext | null = null;
  buses: Buses | null = null;
  private volumes: Volumes = { master: 0.8, effects: 1, music: 1 };
  private readonly readyListeners = new Set<ReadyListener>();
  private failed = false;

  /** Call only from a user-gesture handler: creates the context, or resumes it. */
  unlock(): void {
    if (this.failed) return;
    try {
      if (!this.ctx) {
        const Context = audioContextClass();
        if (!Context) {
          this.failed = true;
          return;
        }
        const ctx = new Context({ latencyHint: 'interactive' });
        this.ctx = ctx;
        this.buses = buildBuses(ctx, this.volumes);
        for (const listener of this.readyListeners) listener(ctx, this.buses);
      }
      // 'suspended' (autoplay, or the OS took the device) or Safari's 'interrupted'.
      const state: string = this.ctx.state;
      if (state !== 'running' && state !== 'closed') this.ctx.resume().catch(() => undefined);
    } catch {
      // No audio on this device: the game plays on, silently.
      this.failed = true;
    }
  }

  /** Runs `listener` once audio exists (now, if it already does). Returns an unsubscribe. */
  onReady(listener: ReadyListener): () => void {
    this.readyListeners.add(listener);
    if (this.ctx && this.buses) listener(this.ctx, this.buses);
    return () => this.readyListeners.delete(listener);
  }

  /** True once the context exists and is running. */
  get running(): boolean {
    return this.ctx?.state === 'running';
  }

  setVolumes(volumes: Partial<Volumes>): void {
    this.volumes = { ...this.volumes, ...definedOnly(volumes) };
    this.applyVolumes();
  }

  getVolumes(): Volumes {
    return { ...this.volumes };
  }

  private applyVolumes(): void {
    const { ctx, buses } = this;
    if (!ctx || !buses) return;
    const now = ctx.currentTime;
    buses.master.gain.setTargetAtTime(volumeToGain(this.volumes.master), now, VOLUME_SMOOTHING_S);
    const effects = volumeToGain(this.volumes.effects);
    buses.effects.gain.setTargetAtTime(effects, now, VOLUME_SMOOTHING_S);
    buses.ui.gain.setTargetAtTime(effects, now, VOLUME_SMOOTHING_S);
    buses.music.gain.setTargetAtTime(volumeToGain(this.volumes.music), now, VOLUME_SMOOTHING_S);
  }
}

/** Builds the bus graph on `ctx` (a live or an offline context) at the given volumes. */
export function buildBuses(ctx: BaseAudioContext, volumes: Volumes): Buses {
  const master = new GainNode(ctx, { gain: volumeToGain(volumes.master) });
  master.connect(ctx.destination);
  // A gentle limiter: a cluster of explosions squashes instead of clipping.
  const limiter = new DynamicsCompressorNode(ctx, {
    threshold: -10,
    knee: 8,
    ratio: 12,
    attack: 0.003,
    release: 0.25,
  });
  limiter.connect(master);
  const mix = new GainNode(ctx, { gain: 1 });
  mix.connect(limiter);

  const effects = new GainNode(ctx, { gain: volumeToGain(volumes.effects) });
  const ui = new GainNode(ctx, { gain: volumeToGain(volumes.effects) });
  const music = new GainNode(ctx, { gain: volumeToGain(volumes.music) });
  effects.connect(mix);
  ui.connect(mix);
  music.connect(mix);

  const reverb = new ConvolverNode(ctx, { buffer: spaceImpulse(ctx, REVERB_SECONDS) });
  reverb.connect(mix);
  const effectsSend = new GainNode(ctx, { gain: EFFECTS_REVERB_SEND });
  const musicSend = new GainNode(ctx, { gain: MUSIC_REVERB_SEND });
  effects.connect(effectsSend).connect(reverb);
  music.connect(musicSend).connect(reverb);
  return { effects, music, ui, master };
}

function definedOnly(volumes: Partial<Volumes>): Partial<Volumes> {
  const out: Partial<Volumes> = {};
  for (const key of ['master', 'effects', 'music'] as const) {
    const value = volumes[key];
    if (typeof value === 'number' && Number.isFinite(value)) {
      out[key] = Math.min(1, Math.max(0, value));
    }
  }
  return out;
}

function audioContextClass(): typeof AudioContext | undefined {
  if (typeof window === 'undefined') return undefined;
  const legacy = window as unknown as { webkitAudioContext?: typeof AudioContext };
  return window.AudioContext ?? legacy.webkitAudioContext;
}

/**
 * A synthetic stereo impulse response: decorrelated noise with an exponential tail,
 * darkening as it decays. Big and soft: a "space" feel rather than a room.
 */
function spaceImpulse(ctx: BaseAudioContext, seconds: number): AudioBuffer {
  const rate = ctx.sampleRate;
  const length = Math.floor(rate * seconds);
  const buffer = ctx.createBuffer(2, length, rate);
  for (let channel = 0; channel < 2; channel++) {
    const data = buffer.getChannelData(channel);
    let low = 0;
    for (let i = 0; i < length; i++) {
      const t = i / length;
      // Darker as it decays: a one-pole low-pass whose coefficient falls with time.
      const a = 0.9 - 0.8 * t;
      low += a * (Math.random() * 2 - 1 - low);
      const preDelay = i < rate * 0.012 ? 0 : 1;
      data[i] = low * Math.pow(1 - t, 3.2) * preDelay;
    }
  }
  return buffer;
}

export const audioEngine = new AudioEngine();

/** Sets bus volumes, each 0–1 (squared to gain). Missing fields keep their value. */
export function setVolumes(volumes: Partial<Volumes>): void {
  audioEngine.setVolumes(volumes);
}

const GESTURES = ['pointerdown', 'pointerup', 'keydown', 'touchend'] as const;

/**
 * Listens for the user gestures that browsers accept as permission to play audio and
 * unlocks the engine on the first one (and resumes it on later ones if the browser
 * suspended it). Returns a function that removes the listeners.
 */
export function installAudioUnlock(target: Window = window): () => void {
  const onGesture = (event: Event): void => {
    if (!event.isTrusted || audioEngine.running) return;
    // Escape and some keys are not an activation; creating a context then would only
    // earn a "not allowed to start" console warning. Ask the browser when it can tell us.
    const activation = (target.navigator as Partial<Navigator>).userActivation;
    if (activation && !activation.isActive) return;
    audioEngine.unlock();
  };
  for (const type of GESTURES) {
    target.addEventListener(type, onGesture, { capture: true, passive: true });
  }
  return () => {
    for (const type of GESTURES) target.removeEventListener(type, onGesture, { capture: true });
  };
}
