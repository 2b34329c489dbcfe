import { describe, expect, it } from 'vitest';
import { ActionState } from '../../src/input/action-state';
import { DEFAULT_BINDINGS } from '../../src/input/actions';
import { createRawInput, moveStick, STICK_TRAVEL_PX } from '../../src/input/raw-input';
import { InputSampler, STICK_DEADZONE } from '../../src/input/sampler';
import { AXIS_MAX, Button, quantizeAxis } from '../../src/sim';

const settings = { invertY: false, bindings: DEFAULT_BINDINGS };

describe('ActionState', () => {
  it('reports a press once, holds it across ticks, then reports the release once', () => {
    const state = new ActionState();
    const down = new Set<string>(['KeyW']);
    state.update((code) => down.has(code), DEFAULT_BINDINGS);
    expect(state.wasPressed('throttleUp')).toBe(true);
    expect(state.isHeld('throttleUp')).toBe(true);
    state.update((code) => down.has(code), DEFAULT_BINDINGS);
    expect(state.wasPressed('throttleUp')).toBe(false);
    expect(state.isHeld('throttleUp')).toBe(true);
    down.clear();
    state.update((code) => down.has(code), DEFAULT_BINDINGS);
    expect(state.wasReleased('throttleUp')).toBe(true);
    expect(state.isHeld('throttleUp')).toBe(false);
    state.update((code) => down.has(code), DEFAULT_BINDINGS);
    expect(state.wasReleased('throttleUp')).toBe(false);
  });

  it('either of two bound keys holds the action', () => {
    const state = new ActionState();
    state.update((code) => code === 'ShiftRight', DEFAULT_BINDINGS);
    expect(state.isHeld('boost')).toBe(true);
    state.update((code) => code === 'Mouse0', DEFAULT_BINDINGS);
    expect(state.isHeld('fire')).toBe(true);
  });
});

describe('InputSampler', () => {
  it('turns held keys into quantised axes and button bits', () => {
    const raw = createRawInput();
    const sampler = new InputSampler(raw);
    raw.down.add('KeyW');
    raw.down.add('KeyD');
    raw.down.add('KeyQ');
    raw.down.add('ShiftLeft');
    raw.down.add('KeyZ');
    raw.down.add('Digit3');
    const frame = sampler.sample(settings);
    expect(frame.throttle).toBe(AXIS_MAX);
    expect(frame.strafe).toBe(AXIS_MAX);
    expect(frame.roll).toBe(-AXIS_MAX);
    expect(frame.buttons & Button.Boost).toBeTruthy();
    expect(frame.buttons & Button.FlightAssist).toBeTruthy();
    expect(frame.buttons & Button.Fire).toBe(0);
    expect(frame.ability).toBe(3);
  });

  it('the cutlass (C, middle mouse, gamepad X) sets the Cutlass bit; X also holds siphon', () => {
    for (const code of ['KeyC', 'Mouse1']) {
      const raw = createRawInput();
      raw.down.add(code);
      const frame = new InputSampler(raw).sample(settings);
      expect(frame.buttons & Button.Cutlass, code).toBeTruthy();
      expect(frame.buttons & Button.Siphon, code).toBe(0);
    }
    const raw = createRawInput();
    const sampler = new InputSampler(raw, () => [
      {
        mapping: 'standard',
        connected: true,
        axes: [0, 0, 0, 0],
        buttons: Array.from({ length: 17 }, (_, i) => ({
          pressed: i === 2,
          value: i === 2 ? 1 : 0,
        })),
      },
    ]);
    const frame = sampler.sample(settings);
    // Both bits: the sim reads siphon only in chapter 1 and the cutlass only in chapter 3.
    expect(frame.buttons & Button.Cutlass).toBeTruthy();
    expect(frame.buttons & Button.Siphon).toBeTruthy();
  });

  it('opposite keys cancel', () => {
    const raw = createRawInput();
    raw.down.add('KeyW');
    raw.down.add('KeyS');
    expect(new InputSampler(raw).sample(settings).throttle).toBe(0);
  });

  it('mouse movement deflects the virtual stick: right yaws right, up pitches up, invert Y flips it', () => {
    const raw = createRawInput();
    const sampler = new InputSampler(raw);
    moveStick(raw, STICK_TRAVEL_PX / 2, -STICK_TRAVEL_PX / 4, 1);
    const frame = sampler.sample(settings);
    expect(frame.yaw).toBeGreaterThan(0);
    expect(frame.pitch).toBeGreaterThan(0);
    const inverted = sampler.sample({ ...settings, invertY: true });
    expect(inverted.pitch).toBe(-frame.pitch);
  });

  it('the stick stays inside the unit disc and a tiny deflection reads as centred', () => {
    const raw = createRawInput();
    moveStick(raw, 10_000, 10_000, 3);
    expect(Math.hypot(raw.stickX, raw.stickY)).toBeCloseTo(1, 6);
    const small = createRawInput();
    moveStick(small, STICK_TRAVEL_PX * STICK_DEADZONE * 0.5, 0, 1);
    expect(new InputSampler(small).sample(settings).yaw).toBe(0);
  });

  it('sensitivity scales how far the mouse must travel', () => {
    const slow = createRawInput();
    const fast = createRawInput();
    moveStick(slow, 60, 0, 0.5);
    moveStick(fast, 60, 0, 2);
    expect(fast.stickX).toBeCloseTo(slow.stickX * 4, 6);
  });
});

describe('quantizeAxis', () => {
  it('clamps, rounds and rejects non-finite values', () => {
    expect(quantizeAxis(2)).toBe(AXIS_MAX);
    expect(quantizeAxis(-2)).toBe(-AXIS_MAX);
    expect(quantizeAxis(0.5)).toBe(64);
    expect(quantizeAxis(Number.NaN)).toBe(0);
  });
});
