import { Button, EMPTY_INPUT, quantizeAxis, type InputFrame } from '../sim/input-frame';
import type { Action, Bindings } from './actions';
import { ActionState } from './action-state';
import {
  browserGamepads,
  createPadState,
  pollGamepad,
  type GamepadSource,
  type PadState,
} from './gamepad-device';
import type { RawInput } from './raw-input';

export interface SamplerSettings {
  readonly invertY: boolean;
  readonly bindings: Bindings;
}

/** Stick deflections smaller than this read as centred, so the ship can fly straight. */
export const STICK_DEADZONE = 0.06;

const ABILITY_ACTIONS: readonly Action[] = [
  'ability1',
  'ability2',
  'ability3',
  'ability4',
  'ability5',
];

const BUTTON_ACTIONS: readonly (readonly [Action, number])[] = [
  ['boost', Button.Boost],
  ['fire', Button.Fire],
  ['torpedo', Button.Torpedo],
  ['siphon', Button.Siphon],
  // Swings on the press edge (the sim derives edges from levels), chapter 3 only.
  ['cutlass', Button.Cutlass],
  ['targetAhead', Button.TargetAhead],
  ['targetCycle', Button.TargetCycle],
  ['flightAssist', Button.FlightAssist],
  ['skip', Button.Skip],
];

function deadzone(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude <= STICK_DEADZONE) return 0;
  return (Math.sign(value) * (magnitude - STICK_DEADZONE)) / (1 - STICK_DEADZONE);
}

/**
 * Turns devices into one quantised InputFrame per tick. The same frames are what a
 * replay stores, so live play and playback feed the sim identical numbers.
 *
 * Keyboard, mouse and gamepad combine: button codes from any device hold an action, and
 * analogue inputs (mouse stick, pad sticks, keys as ±1) are summed, then clamped by the
 * quantiser.
 */
export class InputSampler {
  readonly actions = new ActionState();
  /** The gamepad as of the latest tick. */
  readonly pad: PadState = createPadState();
  private readonly isCodeDown = (code: string): boolean =>
    this.raw.down.has(code) || this.pad.down.has(code);

  constructor(
    private readonly raw: RawInput,
    private readonly gamepads: GamepadSource = browserGamepads,
  ) {}

  sample(settings: SamplerSettings): InputFrame {
    pollGamepad(this.gamepads, this.pad);
    const a = this.actions;
    const pad = this.pad;
    a.update(this.isCodeDown, settings.bindings);
    const axis = (positive: Action, negative: Action): number =>
      (a.isHeld(positive) ? 1 : 0) - (a.isHeld(negative) ? 1 : 0);

    const invert = settings.invertY ? -1 : 1;
    const stickPitch = (deadzone(this.raw.stickY) + pad.rightY) * invert;
    const stickYaw = deadzone(this.raw.stickX) + pad.rightX;
    let buttons = 0;
    for (const [action, bit] of BUTTON_ACTIONS) if (a.isHeld(action)) buttons |= bit;
    const abilityIndex = ABILITY_ACTIONS.findIndex((action) => a.isHeld(action));

    return {
      // Fields no device produces (added to the frame later) keep their neutral value.
      ...EMPTY_INPUT,
      throttle: quantizeAxis(axis('throttleUp', 'throttleDown') + pad.leftY),
      pitch: quantizeAxis(stickPitch + axis('pitchUp', 'pitchDown')),
      yaw: quantizeAxis(stickYaw + axis('yawRight', 'yawLeft')),
      roll: quantizeAxis(axis('rollRight', 'rollLeft')),
      strafe: quantizeAxis(axis('strafeRight', 'strafeLeft') + pad.leftX),
      buttons,
      ability: abilityIndex + 1,
    };
  }
}
