/**
 * Gamepads, polled (they send no events). Standard mapping: axes 0/1 are the left
 * stick, 2/3 the right stick, +y down; buttons are read as `Pad<index>` codes so they
 * bind like keys. The sticks are fixed: right stick aims, left stick Y is the throttle
 * lever and left stick X strafes.
 */

/** The part of the browser's Gamepad the game reads (fake ones are easy to build in tests). */
export interface GamepadLike {
  readonly connected: boolean;
  readonly mapping: string;
  readonly axes: readonly number[];
  readonly buttons: readonly { readonly pressed: boolean; readonly value: number }[];
}

export type GamepadSource = () => readonly (GamepadLike | null)[];

/** Stick deflections inside this radius read as centred; outside, the rest is rescaled to 0–1. */
export const PAD_STICK_DEADZONE = 0.15;
/** Analogue triggers count as pressed past this much travel. */
export const PAD_TRIGGER_THRESHOLD = 0.35;
/** Standard mapping: left trigger 6, right trigger 7. */
const TRIGGER_BUTTONS = new Set([6, 7]);
/** Standard mapping has 17 buttons; a few pads report extras, which bind the same way. */
export const PAD_BUTTON_LIMIT = 20;
/** Precomputed so polling never builds strings. */
export const PAD_CODES: readonly string[] = Array.from(
  { length: PAD_BUTTON_LIMIT },
  (_, index) => `Pad${index}`,
);

export interface PadState {
  connected: boolean;
  /** Button codes held this poll. */
  readonly down: Set<string>;
  /** After the deadzone, each in [-1, 1]; +x right, +y UP (flipped from the raw axes). */
  leftX: number;
  leftY: number;
  rightX: number;
  rightY: number;
}

export function createPadState(): PadState {
  return { connected: false, down: new Set(), leftX: 0, leftY: 0, rightX: 0, rightY: 0 };
}

/** Scale factor that applies a radial deadzone to a stick at (x, y), rescaling the rest. */
export function radialDeadzoneScale(x: number, y: number, deadzone = PAD_STICK_DEADZONE): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 0;
  const magnitude = Math.hypot(x, y);
  if (magnitude <= deadzone) return 0;
  const rescaled = Math.min(1, (magnitude - deadzone) / (1 - deadzone));
  return rescaled / magnitude;
}

export function isPadButtonDown(
  button: { readonly pressed: boolean; readonly value: number } | undefined,
  index: number,
): boolean {
  if (!button) return false;
  // Triggers are analogue: use our own threshold, not the browser's (tiny) one.
  if (TRIGGER_BUTTONS.has(index)) return button.value >= PAD_TRIGGER_THRESHOLD;
  return button.pressed || button.value >= PAD_TRIGGER_THRESHOLD;
}

function clearPad(out: PadState): void {
  out.connected = false;
  out.down.clear();
  out.leftX = 0;
  out.leftY = 0;
  out.rightX = 0;
  out.rightY = 0;
}

/** Reads one pad into `out`, deadzones applied. No allocation. */
export function readGamepad(pad: GamepadLike | null | undefined, out: PadState): void {
  clearPad(out);
  if (!pad || !pad.connected) return;
  out.connected = true;
  const count = Math.min(pad.buttons.length, PAD_BUTTON_LIMIT);
  for (let index = 0; index < count; index++) {
    if (isPadButtonDown(pad.buttons[index], index)) out.down.add(PAD_CODES[index]!);
  }
  const lx = pad.axes[0] ?? 0;
  const ly = pad.axes[1] ?? 0;
  const rx = pad.axes[2] ?? 0;
  const ry = pad.axes[3] ?? 0;
  const left = radialDeadzoneScale(lx, ly);
  const right = radialDeadzoneScale(rx, ry);
  out.leftX = lx * left;
  out.leftY = -ly * left;
  out.rightX = rx * right;
  out.rightY = -ry * right;
}

/** The pad the game listens to: the first connected one with the standard mapping, else any. */
export function pickGamepad(pads: readonly (GamepadLike | null)[]): GamepadLike | null {
  let fallback: GamepadLike | null = null;
  for (const pad of pads) {
    if (!pad || !pad.connected) continue;
    if (pad.mapping === 'standard') return pad;
    fallback ??= pad;
  }
  return fallback;
}

const NO_PADS: readonly (GamepadLike | null)[] = [];

/** navigator.getGamepads(), or nothing where the API is missing or blocked. */
export const browserGamepads: GamepadSource = () => {
  try {
    if (typeof navigator === 'undefined' || typeof navigator.getGamepads !== 'function') {
      return NO_PADS;
    }
    return navigator.getGamepads();
  } catch {
    return NO_PADS; // e.g. blocked by a permissions policy
  }
};

export function pollGamepad(source: GamepadSource, out: PadState): void {
  readGamepad(pickGamepad(source()), out);
}
