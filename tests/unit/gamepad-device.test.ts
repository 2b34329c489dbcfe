import { describe, expect, it } from 'vitest';
import { DEFAULT_BINDINGS } from '../../src/input/actions';
import {
  createPadState,
  PAD_STICK_DEADZONE,
  PAD_TRIGGER_THRESHOLD,
  pickGamepad,
  radialDeadzoneScale,
  readGamepad,
  type GamepadLike,
} from '../../src/input/gamepad-device';
import { GamepadPoller, menuKeyFor, type PadPress } from '../../src/input/gamepad-poller';
import { createRawInput } from '../../src/input/raw-input';
import { InputSampler } from '../../src/input/sampler';
import { AXIS_MAX, Button } from '../../src/sim';

/** A fake standard-mapping pad: 4 axes, 17 buttons, all at rest unless given. */
function fakePad(
  options: {
    axes?: readonly number[];
    pressed?: readonly number[];
    values?: Readonly<Record<number, number>>;
    connected?: boolean;
    mapping?: string;
  } = {},
): GamepadLike {
  const buttons = Array.from({ length: 17 }, (_, index) => {
    const value = options.values?.[index] ?? (options.pressed?.includes(index) ? 1 : 0);
    return { pressed: options.pressed?.includes(index) ?? false, value };
  });
  return {
    connected: options.connected ?? true,
    mapping: options.mapping ?? 'standard',
    axes: options.axes ?? [0, 0, 0, 0],
    buttons,
  };
}

/** A sampler fed by one fake pad that the test can swap between ticks. */
function padSampler(): { sampler: InputSampler; set(pad: GamepadLike | null): void } {
  let current: GamepadLike | null = null;
  const sampler = new InputSampler(createRawInput(), () => [current]);
  return {
    sampler,
    set(pad) {
      current = pad;
    },
  };
}

const settings = { invertY: false, bindings: DEFAULT_BINDINGS };

describe('radial deadzone', () => {
  it('reads as centred inside the deadzone radius, in any direction', () => {
    expect(radialDeadzoneScale(0.1, 0.1)).toBe(0); // |v| ≈ 0.141 < 0.15
    expect(radialDeadzoneScale(0, -PAD_STICK_DEADZONE)).toBe(0);
    expect(radialDeadzoneScale(Number.NaN, 0.5)).toBe(0);
  });

  it('rescales the rest so the edge of the deadzone is 0 and full deflection is 1', () => {
    const justOut = PAD_STICK_DEADZONE + 0.01;
    expect(justOut * radialDeadzoneScale(justOut, 0)).toBeCloseTo(0.01 / 0.85, 6);
    expect(1 * radialDeadzoneScale(1, 0)).toBeCloseTo(1, 6);
    const halfway = (1 + PAD_STICK_DEADZONE) / 2;
    expect(halfway * radialDeadzoneScale(halfway, 0)).toBeCloseTo(0.5, 6);
  });

  it('keeps the direction and never exceeds the unit disc (square-gate corners)', () => {
    const out = createPadState();
    readGamepad(fakePad({ axes: [0, 0, 0.3, 0.4] }), out); // |v| = 0.5, down-right
    expect(Math.hypot(out.rightX, out.rightY)).toBeCloseTo((0.5 - PAD_STICK_DEADZONE) / 0.85, 6);
    expect(out.rightX / -out.rightY).toBeCloseTo(0.75, 6);
    readGamepad(fakePad({ axes: [0.9, 0.9, 0, 0] }), out);
    expect(Math.hypot(out.leftX, out.leftY)).toBeCloseTo(1, 6);
  });
});

describe('readGamepad', () => {
  it('reads buttons as Pad<n> codes and flips stick Y so up is positive', () => {
    const out = createPadState();
    readGamepad(fakePad({ axes: [0.5, -1, 0, 1], pressed: [0, 9, 12] }), out);
    expect(out.connected).toBe(true);
    expect([...out.down].sort()).toEqual(['Pad0', 'Pad12', 'Pad9']);
    expect(out.leftX).toBeGreaterThan(0);
    expect(out.leftY).toBeGreaterThan(0.8); // stick pushed up
    expect(out.rightX).toBe(0);
    expect(out.rightY).toBeCloseTo(-1, 6); // stick pulled down
  });

  it('triggers count as pressed past the threshold only', () => {
    const out = createPadState();
    readGamepad(fakePad({ values: { 6: PAD_TRIGGER_THRESHOLD - 0.05, 7: 0.2 } }), out);
    expect(out.down.size).toBe(0);
    // Browsers flag a trigger "pressed" at a tiny travel; our threshold wins.
    const early = fakePad();
    readGamepad(
      {
        ...early,
        buttons: early.buttons.map((b, i) => (i === 7 ? { pressed: true, value: 0.1 } : b)),
      },
      out,
    );
    expect(out.down.has('Pad7')).toBe(false);
    readGamepad(fakePad({ values: { 6: 0.5, 7: 1 } }), out);
    expect(out.down.has('Pad6')).toBe(true);
    expect(out.down.has('Pad7')).toBe(true);
  });

  it('a missing or disconnected pad reads as nothing', () => {
    const out = createPadState();
    readGamepad(fakePad({ pressed: [0], axes: [1, 1, 1, 1] }), out);
    readGamepad(fakePad({ connected: false, pressed: [0] }), out);
    expect(out).toEqual(createPadState());
    readGamepad(null, out);
    expect(out.connected).toBe(false);
  });

  it('prefers the first connected standard-mapping pad', () => {
    const odd = fakePad({ mapping: '' });
    const standard = fakePad();
    expect(pickGamepad([null, fakePad({ connected: false }), odd, standard])).toBe(standard);
    expect(pickGamepad([null, odd])).toBe(odd);
    expect(pickGamepad([null, null])).toBeNull();
  });
});

describe('InputSampler with a gamepad', () => {
  it('right stick aims: right yaws right, up pitches up, invert Y flips pitch', () => {
    const { sampler, set } = padSampler();
    set(fakePad({ axes: [0, 0, 1, -1] }));
    const frame = sampler.sample(settings);
    expect(frame.yaw).toBeGreaterThan(AXIS_MAX * 0.6);
    expect(frame.pitch).toBeGreaterThan(AXIS_MAX * 0.6);
    expect(sampler.sample({ ...settings, invertY: true }).pitch).toBe(-frame.pitch);
  });

  it('left stick: up raises the throttle lever, X strafes', () => {
    const { sampler, set } = padSampler();
    set(fakePad({ axes: [-1, 0, 0, 0] }));
    expect(sampler.sample(settings)).toMatchObject({ strafe: -AXIS_MAX, throttle: 0 });
    set(fakePad({ axes: [0, -1, 0, 0] }));
    expect(sampler.sample(settings)).toMatchObject({ throttle: AXIS_MAX, strafe: 0 });
    set(fakePad({ axes: [0, 0.1, 0, 0] })); // inside the deadzone
    expect(sampler.sample(settings).throttle).toBe(0);
  });

  it('maps the standard buttons to the design’s actions', () => {
    const { sampler, set } = padSampler();
    const cases: readonly [number, Partial<Record<'roll' | 'buttons' | 'ability', number>>][] = [
      [4, { roll: -AXIS_MAX }],
      [5, { roll: AXIS_MAX }],
      [10, { buttons: Button.Boost }],
      [7, { buttons: Button.Fire }],
      [6, { buttons: Button.Torpedo }],
      [3, { buttons: Button.TargetAhead }],
      [11, { buttons: Button.TargetCycle }],
      // X: siphon (chapter 1) and the cutlass (chapter 3), which never apply together.
      [2, { buttons: Button.Siphon | Button.Cutlass }],
      [8, { buttons: Button.FlightAssist }],
      [12, { ability: 1 }],
      [15, { ability: 2 }],
      [13, { ability: 3 }],
      [14, { ability: 4 }],
      [1, { ability: 5 }],
      [0, { buttons: Button.Skip, ability: 0, roll: 0 }],
    ];
    for (const [button, expected] of cases) {
      set(fakePad({ pressed: [button] }));
      expect(sampler.sample(settings), `button ${button}`).toMatchObject(expected);
    }
  });

  it('Start is the pause binding (handled outside the sim, so no frame bit)', () => {
    expect(DEFAULT_BINDINGS.pause).toContain('Pad9');
    const { sampler, set } = padSampler();
    set(fakePad({ pressed: [9] }));
    sampler.sample(settings);
    expect(sampler.actions.wasPressed('pause')).toBe(true);
  });

  it('rebound pad buttons follow the bindings', () => {
    const { sampler, set } = padSampler();
    const bindings = { ...DEFAULT_BINDINGS, fire: ['Pad0'], torpedo: [], skip: [] };
    set(fakePad({ pressed: [0] }));
    expect(sampler.sample({ ...settings, bindings }).buttons).toBe(Button.Fire);
    set(fakePad({ values: { 6: 1 } }));
    expect(sampler.sample({ ...settings, bindings }).buttons).toBe(0);
  });

  it('gamepad and keyboard/mouse combine: analogue axes sum and clamp', () => {
    const raw = createRawInput();
    let pad: GamepadLike | null = fakePad({ axes: [0, 0, 0.5, 0] });
    const sampler = new InputSampler(raw, () => [pad]);
    const stickOnly = sampler.sample(settings).yaw;
    expect(stickOnly).toBeGreaterThan(0);
    raw.stickX = 0.4; // mouse adds to the pad
    const both = sampler.sample(settings).yaw;
    expect(both).toBeGreaterThan(stickOnly);
    raw.down.add('ArrowRight'); // a key on top saturates
    expect(sampler.sample(settings).yaw).toBe(AXIS_MAX);
    raw.down.clear();
    raw.stickX = 0;
    raw.down.add('ArrowLeft'); // opposite key cancels most of the stick
    expect(sampler.sample(settings).yaw).toBeLessThan(0);
    pad = fakePad({ axes: [0, -1, 0, 0] });
    raw.down.add('KeyW');
    expect(sampler.sample(settings).throttle).toBe(AXIS_MAX);
    raw.down.add('KeyS');
    expect(sampler.sample(settings).throttle).toBe(AXIS_MAX); // keys cancel, stick remains
    pad = null; // unplugged: nothing sticks
    raw.down.clear();
    expect(sampler.sample(settings)).toMatchObject({ throttle: 0, yaw: 0, buttons: 0 });
  });
});

describe('GamepadPoller (menus, pause)', () => {
  function poller(): {
    poll(now: number): string[];
    set(pad: GamepadLike | null): void;
  } {
    let pad: GamepadLike | null = null;
    const p = new GamepadPoller(() => [pad]);
    return {
      poll(now) {
        const presses: PadPress[] = [];
        p.poll(now, (press) => presses.push(press));
        return presses.map((press) => `${press.code}${press.repeat ? '+' : ''}`);
      },
      set(next) {
        pad = next;
      },
    };
  }

  it('reports each press once, on the edge', () => {
    const pad = poller();
    pad.set(fakePad({ pressed: [9] }));
    expect(pad.poll(0)).toEqual(['Pad9']);
    expect(pad.poll(16)).toEqual([]);
    pad.set(fakePad());
    expect(pad.poll(32)).toEqual([]);
    pad.set(fakePad({ pressed: [9] }));
    expect(pad.poll(48)).toEqual(['Pad9']);
  });

  it('held directions repeat after a delay; other buttons do not', () => {
    const pad = poller();
    pad.set(fakePad({ pressed: [13, 0] }));
    expect(pad.poll(0)).toEqual(['Pad0', 'Pad13']);
    expect(pad.poll(100)).toEqual([]);
    expect(pad.poll(200)).toEqual([]);
    expect(pad.poll(300)).toEqual([]);
    expect(pad.poll(400)).toEqual(['Pad13+']);
    expect(pad.poll(450)).toEqual([]);
    expect(pad.poll(520)).toEqual(['Pad13+']);
  });

  it('one slow frame is not a hold: no repeat until the direction was seen on a few polls', () => {
    const pad = poller();
    pad.set(fakePad({ pressed: [12] }));
    expect(pad.poll(0)).toEqual(['Pad12']);
    expect(pad.poll(1500)).toEqual([]);
    pad.set(fakePad());
    expect(pad.poll(3000)).toEqual([]);
  });

  it('the left stick acts as a d-pad in menus under its own codes', () => {
    const pad = poller();
    pad.set(fakePad({ axes: [0, 0.9, 0, 0] }));
    expect(pad.poll(0)).toEqual(['StickDown']);
    expect(menuKeyFor('StickDown')).toBe('ArrowDown');
    pad.set(fakePad({ axes: [0, 0.3, 0, 0] }));
    expect(pad.poll(20)).toEqual([]);
  });

  it('maps A/B/X/bumpers/d-pad to menu keys', () => {
    expect(menuKeyFor('Pad0')).toBe('Enter');
    expect(menuKeyFor('Pad1')).toBe('Escape');
    expect(menuKeyFor('Pad2')).toBe('Delete');
    expect(menuKeyFor('Pad4')).toBe('PageUp');
    expect(menuKeyFor('Pad5')).toBe('PageDown');
    expect(menuKeyFor('Pad12')).toBe('ArrowUp');
    expect(menuKeyFor('Pad15')).toBe('ArrowRight');
    expect(menuKeyFor('Pad7')).toBeNull();
  });
});
