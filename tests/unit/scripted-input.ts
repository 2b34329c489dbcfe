import { Button, quantizeAxis, type InputFrame } from '../../src/sim';

/**
 * A deterministic, varied flight: throttle up, weave, roll, boost in bursts, strafe,
 * toggle flight assist. Used wherever a test needs "a real flight" of inputs.
 */
export function scriptedInput(tick: number): InputFrame {
  const phase = tick % 900;
  let buttons = 0;
  if (phase >= 300 && phase < 420) buttons |= Button.Boost;
  if (tick % 1200 === 700) buttons |= Button.FlightAssist;
  return {
    throttle: quantizeAxis(phase < 90 ? 1 : phase > 800 ? -0.5 : 0),
    pitch: quantizeAxis(Math.sin(tick / 47) * 0.6),
    yaw: quantizeAxis(Math.cos(tick / 61) * 0.5),
    roll: quantizeAxis(phase > 500 && phase < 560 ? 1 : 0),
    strafe: quantizeAxis(phase > 600 && phase < 660 ? -1 : 0),
    buttons,
    ability: 0,
    purchase: 0,
  };
}
