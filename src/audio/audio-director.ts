/**
 * Connects the sound engine to the game: sim events → one-shots and the lock tone,
 * the player ship → engine hum (every rendered frame), screens → music and ducking,
 * settings → bus volumes. Mounted by <GameAudio/>; menus call playUiSound().
 */
import { addAfterEffect } from '@react-three/fiber';
import { runtime } from '../game/runtime';
import type { SimEvent } from '../sim';
import { useScreen } from '../state/screen-store';
import { useSettings } from '../state/settings-store';
import {
  audioEngine,
  installAudioUnlock,
  volumesFromSettings,
  type Buses,
  type VolumeSettings,
} from './audio-engine';
import { copyBeamAwake } from '../sim/stages/heart';
import { HEART } from '../sim/content/heart';
import { BeamTone } from './beam-tone';
import { EngineHum, type HumInput } from './engine-hum';
import { countdownBeep, createCue, cueForEvent, lockPhaseForEvent } from './event-sounds';
import { LockTone } from './lock-tone';
import { MusicPlayer } from './music';
import { musicDuckFor, musicTrackFor } from './music-tracks';
import { SfxPlayer } from './sfx-player';
import type { BuildSamples, SoundId } from './sound-bank';

interface AudioWorld {
  readonly sfx: SfxPlayer;
  readonly hum: EngineHum;
  readonly lock: LockTone;
  readonly beam: BeamTone;
  readonly music: MusicPlayer;
}

/** Created once, on the first user gesture; lives as long as the page. */
let world: AudioWorld | null = null;

function createWorld(ctx: AudioContext, buses: Buses): AudioWorld {
  const sfx = new SfxPlayer(ctx, buses);
  loadZzfx(ctx.sampleRate)
    .then((build) => sfx.load(build))
    .catch(() => {
      // No one-shots if the synth cannot load; music and engine still play.
    });
  return {
    sfx,
    hum: new EngineHum(ctx, buses.effects),
    lock: new LockTone(ctx, buses.effects),
    beam: new BeamTone(ctx, buses.effects),
    music: new MusicPlayer(ctx, buses.music),
  };
}

/**
 * Loads ZzFX only now: importing the package constructs an AudioContext, which before
 * a user gesture would log an autoplay warning. Its own context is closed at once; the
 * game renders ZzFX samples into buffers on its own context.
 */
async function loadZzfx(sampleRate: number): Promise<BuildSamples> {
  const { ZZFX } = await import('zzfx');
  ZZFX.audioContext.close().catch(() => undefined);
  ZZFX.sampleRate = sampleRate;
  ZZFX.volume = 1;
  return (...parameters) => ZZFX.buildSamples(...parameters);
}

export interface AudioStatus {
  /** The context exists (a gesture has happened). */
  readonly started: boolean;
  readonly state: AudioContextState | 'none';
  /** One-shot sounds rendered and ready to play. */
  readonly loadedSounds: number;
}

/** For tests and diagnostics (e.g. the ?test hook). */
export function audioStatus(): AudioStatus {
  return {
    started: audioEngine.ctx !== null,
    state: audioEngine.ctx?.state ?? 'none',
    loadedSounds: world?.sfx.loadedCount ?? 0,
  };
}

export type UiSound = 'move' | 'select' | 'back';

const UI_SOUNDS: Readonly<Record<UiSound, SoundId>> = {
  move: 'uiMove',
  select: 'uiSelect',
  back: 'uiBack',
};

const uiCue = createCue();

/** A menu click. Silent until audio has started (the first gesture). */
export function playUiSound(kind: UiSound): void {
  if (!world) return;
  uiCue.sound = UI_SOUNDS[kind];
  uiCue.variant = 0;
  uiCue.positional = false;
  uiCue.pan = 0;
  uiCue.gain = 1;
  uiCue.rate = 1;
  world.sfx.play(uiCue, null);
}

/** Events of one rendered frame are spread over the ticks they happened on, up to this. */
const MAX_EVENT_SPREAD_S = 0.1;
const TICK_S = 1 / 60;

/**
 * Starts the game's audio wiring. Safe before any gesture (everything stays silent
 * until the first one) and safe to call again after the returned cleanup.
 */
export function startGameAudio(): () => void {
  const cleanups: (() => void)[] = [];
  const cue = createCue();
  const humInput: { -readonly [K in keyof HumInput]: HumInput[K] } = {
    throttle: 0,
    boosting: false,
    speedMps: 0,
    live: false,
  };
  let batchTick: number | null = null;
  /** The deletion countdown last frame, for its beeps. */
  let lastCountdown: number | null = null;
  const beepCue = createCue();
  beepCue.sound = 'countdownBeep';
  let generation = runtime.session.generation;

  const applyVolumes = (settings: VolumeSettings): void => {
    audioEngine.setVolumes(volumesFromSettings(settings));
  };
  applyVolumes(useSettings.getState().settings);
  cleanups.push(useSettings.subscribe((state) => applyVolumes(state.settings)));

  const applyScreen = (): void => {
    if (!world) return;
    const { screen, settingsReturn } = useScreen.getState();
    world.music.setTrack(musicTrackFor(screen, settingsReturn, runtime.session.sim.chapter));
    world.music.setDuck(musicDuckFor(screen));
    if (screen !== 'playing') {
      world.hum.silence();
      world.lock.update(false);
      world.beam.update(0, false);
    }
  };
  cleanups.push(useScreen.subscribe(applyScreen));

  /** A new run: nothing from the old one keeps sounding. */
  const checkGeneration = (audio: AudioWorld): void => {
    if (runtime.session.generation === generation) return;
    generation = runtime.session.generation;
    audio.lock.set('lost');
    audio.beam.update(0, false);
    audio.sfx.stopAll();
    lastCountdown = null;
    applyScreen();
  };

  const onEvent = (event: SimEvent): void => {
    if (!world || !audioEngine.ctx) return;
    checkGeneration(world);
    const phase = lockPhaseForEvent(event);
    if (phase) world.lock.set(phase);
    if (!cueForEvent(event, cue)) return;
    batchTick ??= event.tick;
    const spread = Math.min(MAX_EVENT_SPREAD_S, Math.max(0, (event.tick - batchTick) * TICK_S));
    world.sfx.play(cue, runtime.session.sim.player.body, audioEngine.ctx.currentTime + spread);
  };
  cleanups.push(runtime.session.onEvent(onEvent));

  const onFrame = (): void => {
    batchTick = null;
    if (!world) return;
    checkGeneration(world);
    const session = runtime.session;
    const { screen, settingsReturn } = useScreen.getState();
    const player = session.sim.player;
    humInput.throttle = player.throttle;
    humInput.boosting = player.boosting;
    humInput.speedMps = player.body.velocity.length();
    humInput.live = screen === 'playing' && player.alive;
    world.hum.update(humInput);
    world.lock.update(humInput.live);
    // The Heart: the copy beam's rising tone while it holds, the purge's last seconds.
    const heart = session.sim.heart;
    const holding = heart !== null && copyBeamAwake(heart);
    world.beam.update(holding ? heart.beam.holdTicks / HEART.beam.holdTicks : 0, humInput.live);
    const countdown = heart !== null && heart.ending === null ? heart.countdownTicks : null;
    const beep = countdownBeep(lastCountdown, countdown);
    lastCountdown = countdown;
    if (beep !== null && humInput.live) {
      beepCue.variant = beep;
      world.sfx.play(beepCue, null);
    }
    // Follows the sim's chapter every frame: the campaign changes chapter mid-run (the
    // Heart after the party's jump) and its music must follow without a screen change.
    world.music.setTrack(musicTrackFor(screen, settingsReturn, session.sim.chapter));
  };
  cleanups.push(addAfterEffect(onFrame));

  cleanups.push(
    audioEngine.onReady((ctx, buses) => {
      world ??= createWorld(ctx, buses);
      world.music.start();
      applyScreen();
    }),
  );
  cleanups.push(installAudioUnlock(window));

  return () => {
    for (const cleanup of cleanups.reverse()) cleanup();
    if (world) {
      world.music.stop();
      world.hum.silence();
      world.lock.set('lost');
    }
  };
}
