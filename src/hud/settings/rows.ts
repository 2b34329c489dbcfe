import { ACTIONS, type Action } from '../../input/actions';
import {
  GRAPHICS_PRESETS,
  SETTINGS_LIMITS,
  type BooleanSettingKey,
  type GraphicsQuality,
  type NumericSettingKey,
} from '../../state/settings-schema';

export const TABS = [
  { id: 'controls', label: 'Controls' },
  { id: 'audio', label: 'Audio' },
  { id: 'video', label: 'Video' },
  { id: 'gameplay', label: 'Gameplay' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

export type Row =
  | {
      readonly kind: 'slider';
      readonly key: NumericSettingKey;
      readonly label: string;
      readonly help: string;
      readonly format: (value: number) => string;
    }
  | {
      readonly kind: 'toggle';
      readonly key: BooleanSettingKey;
      readonly label: string;
      readonly help: string;
    }
  | {
      readonly kind: 'choice';
      readonly key: 'graphicsQuality';
      readonly label: string;
      readonly help: string;
      readonly options: readonly { readonly value: GraphicsQuality; readonly label: string }[];
    }
  | { readonly kind: 'binding'; readonly action: Action }
  | { readonly kind: 'resetBindings' }
  | { readonly kind: 'back' };

const percent = (value: number): string => `${Math.round(value * 100)}%`;

function quality(value: GraphicsQuality): string {
  const preset = GRAPHICS_PRESETS[value];
  return `up to ${preset.maxDpr}× pixel density, antialiasing ${preset.antialias ? 'on' : 'off'}`;
}

const BACK: Row = { kind: 'back' };

/** The rows of each tab, in keyboard order. Settings opens on row 0 of Controls. */
export const TAB_ROWS: Record<TabId, readonly Row[]> = {
  controls: [
    {
      kind: 'slider',
      key: 'mouseSensitivity',
      label: 'Mouse sensitivity',
      help: 'How far mouse travel moves the aim (1.00× = full deflection over 360 px).',
      format: (value) => `${value.toFixed(2)}×`,
    },
    {
      kind: 'toggle',
      key: 'invertY',
      label: 'Invert Y',
      help: 'Mouse and right stick: push forward to pitch up. The pitch keys are not inverted.',
    },
    ...ACTIONS.map((action): Row => ({ kind: 'binding', action })),
    { kind: 'resetBindings' },
    BACK,
  ],
  audio: [
    {
      kind: 'slider',
      key: 'masterVolume',
      label: 'Master volume',
      help: 'Overall loudness of the game.',
      format: percent,
    },
    {
      kind: 'slider',
      key: 'effectsVolume',
      label: 'Effects volume',
      help: 'Weapons, hits, explosions, engines and interface sounds.',
      format: percent,
    },
    {
      kind: 'slider',
      key: 'musicVolume',
      label: 'Music volume',
      help: 'The soundtrack of each chapter.',
      format: percent,
    },
    BACK,
  ],
  video: [
    {
      kind: 'choice',
      key: 'graphicsQuality',
      label: 'Graphics quality',
      help: `Low: ${quality('low')}. Medium: ${quality('medium')}. High: ${quality('high')}.`,
      options: [
        { value: 'low', label: 'Low' },
        { value: 'medium', label: 'Medium' },
        { value: 'high', label: 'High' },
      ],
    },
    {
      kind: 'slider',
      key: 'fov',
      label: 'Field of view',
      help: 'Vertical field of view of the chase camera; boost widens it by 12°.',
      format: (value) => `${Math.round(value)}°`,
    },
    BACK,
  ],
  gameplay: [
    {
      kind: 'slider',
      key: 'screenShake',
      label: 'Screen shake',
      help: 'How hard the camera shakes when the Callister takes a hit.',
      format: (value) => (value === 0 ? 'Off' : percent(value)),
    },
    {
      kind: 'slider',
      key: 'hudScale',
      label: 'HUD scale',
      help: 'Size of the flight HUD panels and readouts.',
      format: percent,
    },
    {
      kind: 'toggle',
      key: 'ghost',
      label: 'PB ghost',
      help: "Your personal best's Callister flies beside you, translucent, on a full run of its seed.",
    },
    {
      kind: 'toggle',
      key: 'liveSplit',
      label: 'LiveSplit Server (ws://localhost:16834)',
      help: 'Drive LiveSplit through its LiveSplit Server component (start, splits, game time, reset).',
    },
    BACK,
  ],
};

/** Snaps a slider value to its step and range (steps count from the minimum). */
export function clampStep(key: NumericSettingKey, value: number): number {
  const { min, max, step } = SETTINGS_LIMITS[key];
  const snapped = min + Math.round((value - min) / step) * step;
  return Math.min(max, Math.max(min, Number(snapped.toFixed(4))));
}
