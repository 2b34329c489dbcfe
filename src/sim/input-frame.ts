/**
 * What the sim sees of the player on one tick. Axes are quantised to integers in
 * [-AXIS_MAX, AXIS_MAX] so that live play, a replay file and a headless verifier
 * feed the simulation bit-identical numbers.
 */
export interface InputFrame {
  /** Throttle lever change: +AXIS_MAX raises the set-point at full rate, negative lowers it. */
  readonly throttle: number;
  /** Nose up is positive. */
  readonly pitch: number;
  /** Nose right is positive. */
  readonly yaw: number;
  /** Clockwise from the pilot's seat (right wing down) is positive. */
  readonly roll: number;
  /** Right is positive. */
  readonly strafe: number;
  /** Bit set of held buttons (see Button). */
  readonly buttons: number;
  /** Crew ability slot held this tick, 1–5, or 0 for none. */
  readonly ability: number;
  /** Fence upgrade slot bought this tick (1–5), or 0. Purchases are inputs so replays repeat them. */
  readonly purchase: number;
}

export const AXIS_MAX = 127;

export const Button = {
  Boost: 1 << 0,
  Fire: 1 << 1,
  Torpedo: 1 << 2,
  Siphon: 1 << 3,
  TargetAhead: 1 << 4,
  TargetCycle: 1 << 5,
  FlightAssist: 1 << 6,
  /** Skips a skippable scene (jumps its clock to the end: the same state as watching it). */
  Skip: 1 << 7,
  /** Chapter 3 only: swing the Bargradian cutlass. */
  Cutlass: 1 << 8,
} as const;
export type ButtonName = keyof typeof Button;

export const EMPTY_INPUT: InputFrame = Object.freeze({
  throttle: 0,
  pitch: 0,
  yaw: 0,
  roll: 0,
  strafe: 0,
  buttons: 0,
  ability: 0,
  purchase: 0,
});

/** Maps an analogue value in [-1, 1] (clamped) onto the integer axis range. */
export function quantizeAxis(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const clamped = Math.max(-1, Math.min(1, value));
  // + 0 turns -0 into 0: a replay stores integers, and -0 must never reach the state.
  return Math.round(clamped * AXIS_MAX) + 0;
}

/** The inverse of quantizeAxis, as the sim reads it. */
export function axisValue(quantized: number): number {
  return quantized / AXIS_MAX;
}

export function isHeld(frame: InputFrame, button: number): boolean {
  return (frame.buttons & button) !== 0;
}

/** True on the tick a button goes down, given the previous tick's button set. */
export function wasPressed(frame: InputFrame, previousButtons: number, button: number): boolean {
  return (frame.buttons & button) !== 0 && (previousButtons & button) === 0;
}
