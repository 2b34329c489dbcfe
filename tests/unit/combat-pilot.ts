import { Quaternion, Vec3 } from 'cannon-es';
import {
  Button,
  EMPTY_INPUT,
  leadPoint,
  PHASERS,
  quantizeAxis,
  type InputFrame,
  type SimState,
} from '../../src/sim';

const inverse = new Quaternion();
const toAim = new Vec3();
const local = new Vec3();
const aim = { x: 0, y: 0, z: 0 };

/**
 * A test pilot that flies like a player would with a stick: press T for the target
 * ahead, turn the nose onto the lead point, and fire when it is on. It only produces
 * InputFrames — it never touches the sim state.
 */
export function combatPilot(
  sim: SimState,
  options: { fire?: boolean; torpedoes?: boolean } = {},
): InputFrame {
  const player = sim.player;
  if (!player.alive) return EMPTY_INPUT;
  const target = player.targetId === null ? undefined : sim.enemyById.get(player.targetId);
  if (!target) {
    // Re-press T every other tick until something is targeted (edges need a release).
    return { ...EMPTY_INPUT, buttons: sim.tick % 2 === 0 ? Button.TargetAhead : 0 };
  }
  const body = player.body;
  leadPoint(
    body.position,
    body.velocity,
    target.body.position,
    target.body.velocity,
    PHASERS.speedMps,
    aim,
  );
  toAim.set(aim.x - body.position.x, aim.y - body.position.y, aim.z - body.position.z);
  const distance = toAim.length();
  body.quaternion.conjugate(inverse);
  inverse.vmult(toAim, local);
  local.normalize();
  // In the ship frame forward is -Z: x>0 means the aim point is to the right, y>0 above.
  const yaw = Math.max(-1, Math.min(1, local.x * 4));
  const pitch = Math.max(-1, Math.min(1, local.y * 4));
  const onTarget = -local.z > Math.cos(0.05);
  let buttons = 0;
  if ((options.fire ?? true) && onTarget && distance < 1300) buttons |= Button.Fire;
  if (options.torpedoes && player.weapons.locked && sim.tick % 2 === 0) buttons |= Button.Torpedo;
  const throttleTarget = distance > 700 ? 0.8 : distance > 250 ? 0.35 : -0.2;
  return {
    ...EMPTY_INPUT,
    throttle: quantizeAxis((throttleTarget - player.throttle) * 4),
    yaw: quantizeAxis(yaw),
    pitch: quantizeAxis(pitch),
    buttons,
  };
}
