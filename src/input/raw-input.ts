/**
 * The raw state of keyboard and mouse: which codes are down, and the virtual stick the
 * locked mouse moves. Devices write it; the sampler reads it once per tick.
 */
export interface RawInput {
  readonly down: Set<string>;
  /** Virtual joystick deflection from mouse movement, each axis in [-1, 1]; +y is mouse up. */
  stickX: number;
  stickY: number;
}

export function createRawInput(): RawInput {
  return { down: new Set(), stickX: 0, stickY: 0 };
}

/** How many pixels of mouse travel deflect the virtual stick fully at sensitivity 1. */
export const STICK_TRAVEL_PX = 360;

/** Moves the virtual stick by a mouse movement, keeping it inside the unit disc. */
export function moveStick(raw: RawInput, dxPx: number, dyPx: number, sensitivity: number): void {
  const scale = sensitivity / STICK_TRAVEL_PX;
  let x = raw.stickX + dxPx * scale;
  let y = raw.stickY - dyPx * scale;
  const len = Math.hypot(x, y);
  if (len > 1) {
    x /= len;
    y /= len;
  }
  raw.stickX = x;
  raw.stickY = y;
}

export function centreStick(raw: RawInput): void {
  raw.stickX = 0;
  raw.stickY = 0;
}
