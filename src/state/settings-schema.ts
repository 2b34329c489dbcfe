import { z } from 'zod';
import { DEFAULT_BINDINGS, type Bindings } from '../input/actions';
import { copyBindings } from '../input/bindings';

/**
 * Version 1: mouseSensitivity, invertY, masterVolume.
 * Version 2: + effectsVolume, musicVolume, graphicsQuality, fov, screenShake, hudScale,
 * bindings (see settings-storage.ts for the migration).
 * An action added later (the cutlass, for chapter 3) needs no new version: bindings
 * missing an action get its defaults when they load (input/bindings.ts parseBindings).
 * Nor do the later toggles (ghost, liveSplit): a saved record without them loads them
 * at their defaults (settings-storage.ts fills every absent field).
 */
export const SETTINGS_VERSION = 2;

export const GRAPHICS_QUALITIES = ['low', 'medium', 'high'] as const;
export type GraphicsQuality = (typeof GRAPHICS_QUALITIES)[number];

export interface Settings {
  /** Multiplies mouse travel; 1 = full stick deflection over 360 px. */
  mouseSensitivity: number;
  /** Flips the mouse and right-stick pitch (not the pitch keys). */
  invertY: boolean;
  /** 0–1, the master bus gain. */
  masterVolume: number;
  /** 0–1, the sound-effects bus gain (under master). */
  effectsVolume: number;
  /** 0–1, the music bus gain (under master). */
  musicVolume: number;
  /** Pixel-ratio cap and antialiasing (see GRAPHICS_PRESETS). */
  graphicsQuality: GraphicsQuality;
  /** Vertical field of view in degrees, not boosting; boost widens it. */
  fov: number;
  /** 0–1, how hard the camera shakes when the ship is hit. */
  screenShake: number;
  /** Multiplies the flight HUD's size. */
  hudScale: number;
  /** The personal best's ship flies beside a full run on the PB's seed. */
  ghost: boolean;
  /** Drive LiveSplit Server over ws://localhost:16834 (off unless the runner opts in). */
  liveSplit: boolean;
  /** Action → codes; every action is present (missing ones are filled with defaults). */
  bindings: Bindings;
}

export const DEFAULT_SETTINGS: Settings = {
  mouseSensitivity: 1,
  invertY: false,
  masterVolume: 0.8,
  effectsVolume: 0.9,
  musicVolume: 0.6,
  graphicsQuality: 'medium',
  fov: 68,
  screenShake: 0.7,
  hudScale: 1,
  ghost: true,
  liveSplit: false,
  bindings: DEFAULT_BINDINGS,
};

/** A fresh copy of the defaults (the bindings lists are not shared with DEFAULT_BINDINGS). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, bindings: copyBindings(DEFAULT_BINDINGS) };
}

export type ScalarSettingKey = Exclude<keyof Settings, 'bindings'>;
export type NumericSettingKey = {
  [K in ScalarSettingKey]: Settings[K] extends number ? K : never;
}[ScalarSettingKey];
export type BooleanSettingKey = {
  [K in ScalarSettingKey]: Settings[K] extends boolean ? K : never;
}[ScalarSettingKey];

export const SETTINGS_LIMITS = {
  mouseSensitivity: { min: 0.1, max: 5, step: 0.05 },
  masterVolume: { min: 0, max: 1, step: 0.05 },
  effectsVolume: { min: 0, max: 1, step: 0.05 },
  musicVolume: { min: 0, max: 1, step: 0.05 },
  fov: { min: 55, max: 100, step: 1 },
  screenShake: { min: 0, max: 1, step: 0.05 },
  hudScale: { min: 0.75, max: 1.5, step: 0.05 },
} as const satisfies Record<NumericSettingKey, { min: number; max: number; step: number }>;

function ranged(key: NumericSettingKey) {
  const { min, max } = SETTINGS_LIMITS[key];
  return z.number().finite().min(min).max(max);
}

/**
 * One schema per field, so one bad value falls back alone and the rest are kept. The
 * bindings are validated action by action (input/bindings.ts parseBindings).
 */
export const SETTING_FIELDS = {
  mouseSensitivity: ranged('mouseSensitivity'),
  invertY: z.boolean(),
  masterVolume: ranged('masterVolume'),
  effectsVolume: ranged('effectsVolume'),
  musicVolume: ranged('musicVolume'),
  graphicsQuality: z.enum(GRAPHICS_QUALITIES),
  fov: ranged('fov'),
  screenShake: ranged('screenShake'),
  hudScale: ranged('hudScale'),
  ghost: z.boolean(),
  liveSplit: z.boolean(),
} as const satisfies { [K in ScalarSettingKey]: z.ZodType<Settings[K]> };

/** What each graphics quality means for the renderer. */
export const GRAPHICS_PRESETS: Record<GraphicsQuality, { maxDpr: number; antialias: boolean }> = {
  low: { maxDpr: 1, antialias: false },
  medium: { maxDpr: 1.5, antialias: true },
  high: { maxDpr: 2, antialias: true },
};

/** Field of view added while boosting, in degrees. */
export const BOOST_FOV_BONUS = 12;
