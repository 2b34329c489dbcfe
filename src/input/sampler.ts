import { Button, quantizeAxis, type InputFrame } from '../sim/input-frame';
import type { Action, Bindings } from './actions';
import { ActionState } from './action-state';
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
  ['targetAhead', Button.TargetAhead],
  ['targetCycle', Button.TargetCycle],
  ['flightAssist', Button.FlightAssist],
];

function deadzone(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude <= STICK_DEADZONE) return 0;
  return (Math.sign(value) * (magnitude - STICK_DEADZONE)) / (1 - STICK_DEADZONE);
}

/**
 * Turns devices into one quantised InputFrame per tick. The same frames are what a
 * replay stores, so live play and playback feed the sim identical numbers.
 */
export class InputSampler {
  readonly actions = new ActionState();

  constructor(private readonly raw: RawInput) {}

  sample(settings: SamplerSettings): InputFrame {
    const a = this.actions;
    a.update((code) => this.raw.down.has(code), settings.bindings);
    const axis = (positive: Action, negative: Action): number =>
      (a.isHeld(positive) ? 1 : 0) - (a.isHeld(negative) ? 1 : 0);

    const stickPitch = deadzone(this.raw.stickY) * (settings.invertY ? -1 : 1);
    const stickYaw = deadzone(this.raw.stickX);
    let buttons = 0;
    for (const [action, bit] of BUTTON_ACTIONS) if (a.isHeld(action)) buttons |= bit;
    const abilityIndex = ABILITY_ACTIONS.findIndex((action) => a.isHeld(action));

    return {
      throttle: quantizeAxis(axis('throttleUp', 'throttleDown')),
      pitch: quantizeAxis(stickPitch + axis('pitchUp', 'pitchDown')),
      yaw: quantizeAxis(stickYaw + axis('yawRight', 'yawLeft')),
      roll: quantizeAxis(axis('rollRight', 'rollLeft')),
      strafe: quantizeAxis(axis('strafeRight', 'strafeLeft')),
      buttons,
      ability: abilityIndex + 1,
    };
  }
}
