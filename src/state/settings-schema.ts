import { z } from 'zod';

export const SETTINGS_VERSION = 1;

export interface Settings {
  /** Multiplies mouse travel; 1 = full stick deflection over 360 px. */
  mouseSensitivity: number;
  invertY: boolean;
  /** 0–1, the master bus gain. */
  masterVolume: number;
}

export const DEFAULT_SETTINGS: Settings = {
  mouseSensitivity: 1,
  invertY: false,
  masterVolume: 0.8,
};

/** One schema per field, so one bad value falls back alone and the rest are kept. */
export const SETTING_FIELDS = {
  mouseSensitivity: z.number().finite().min(0.1).max(5),
  invertY: z.boolean(),
  masterVolume: z.number().finite().min(0).max(1),
} as const satisfies { [K in keyof Settings]: z.ZodType<Settings[K]> };

export const SETTINGS_LIMITS = {
  mouseSensitivity: { min: 0.1, max: 5, step: 0.05 },
  masterVolume: { min: 0, max: 1, step: 0.05 },
} as const;
