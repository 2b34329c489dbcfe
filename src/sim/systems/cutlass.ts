import { Vec3 } from 'cannon-es';
import { BOB_STRIKE_LINES, HEART } from '../content/heart';
import { isStructureClass } from '../content/ship-classes';
import { Button, wasPressed, type InputFrame } from '../input-frame';
import type { HeartState, SimState } from '../state';
import { startDeletion } from '../stages/heart';
import { PLAYER_ID } from '../world/player-ship';
import { applyDamage } from './damage';
import { destroyEnemy } from './destruction';
import * as det from '../math/det-math';

const forward = new Vec3();
const LOCAL_FORWARD = new Vec3(0, 0, -1);

/** Is a sphere (centre, radius) within the blade's reach and in front of the nose? */
function inReach(sim: SimState, x: number, y: number, z: number, radiusM: number): boolean {
  const p = sim.player.body.position;
  const dx = x - p.x;
  const dy = y - p.y;
  const dz = z - p.z;
  const distance = det.hypot(dx, dy, dz);
  if (distance - radiusM > HEART.cutlass.rangeM) return false;
  // Close enough to touch: the blade reaches whatever the nose is up against.
  if (distance <= radiusM + 1) return true;
  const along = (dx * forward.x + dy * forward.y + dz * forward.z) / distance;
  return along >= HEART.cutlass.coneCos;
}

function strikeBob(sim: SimState, heart: HeartState): 'bob' | 'deflected' {
  if (heart.pylonsLeft > 0) {
    sim.events.push({
      type: 'Comms',
      tick: sim.tick,
      from: 'Karl',
      text: `The blade won't bite: his shield is up. ${heart.pylonsLeft} pylon${heart.pylonsLeft === 1 ? '' : 's'} still feeding it.`,
    });
    return 'deflected';
  }
  heart.bob.strikesLeft -= 1;
  heart.bob.lastStrikeTick = sim.tick;
  sim.events.push({ type: 'BobStruck', tick: sim.tick, strikesLeft: heart.bob.strikesLeft });
  const line = BOB_STRIKE_LINES[HEART.bob.strikes - heart.bob.strikesLeft - 1];
  if (heart.bob.strikesLeft > 0 && line) {
    sim.events.push({ type: 'Comms', tick: sim.tick, from: 'Bob', text: line });
  }
  if (heart.bob.strikesLeft <= 0) startDeletion(sim, heart);
  return 'bob';
}

/**
 * The Bargradian cutlass, only in the Heart: a press swings a plasma blade through
 * everything in reach in front of the nose. It cuts through shields; it ends Bob only
 * once his four pylons are down (before that his shield turns it).
 */
export function cutlassSystem(sim: SimState, input: InputFrame): void {
  const heart = sim.heart;
  if (!heart || sim.chapter !== 'heart') return;
  const cutlass = heart.cutlass;
  if (cutlass.cooldownTicks > 0) cutlass.cooldownTicks--;
  if (!sim.player.alive || heart.ending !== null) return;
  if (!wasPressed(input, sim.previousButtons, Button.Cutlass) || cutlass.cooldownTicks > 0) return;
  cutlass.cooldownTicks = HEART.cutlass.cooldownTicks;
  cutlass.lastSwingTick = sim.tick;
  const body = sim.player.body;
  body.quaternion.vmult(LOCAL_FORWARD, forward);

  let hit: 'bob' | 'structure' | 'deflected' | 'none' = 'none';
  const [cx, cy, cz] = HEART.core.center;
  if (heart.stage === 'bob' && heart.bob.alive && inReach(sim, cx, cy, cz, HEART.bob.hitRadiusM)) {
    hit = strikeBob(sim, heart);
  }
  for (const enemy of sim.enemies) {
    if (!enemy.alive || !isStructureClass(enemy.shipClass)) continue;
    const p = enemy.body.position;
    if (!inReach(sim, p.x, p.y, p.z, enemy.radiusM)) continue;
    // Through the shields: the blade's damage lands on the hull.
    const result = applyDamage(sim, enemy, enemy.shields + HEART.cutlass.damage, 'cutlass');
    sim.events.push({
      type: 'Hit',
      tick: sim.tick,
      targetId: enemy.id,
      shooterId: PLAYER_ID,
      weapon: 'phaser',
      shieldDamage: result.shield,
      hullDamage: result.hull,
      position: [p.x, p.y, p.z],
      directionLocal: null,
    });
    if (result.killed) destroyEnemy(sim, enemy, PLAYER_ID);
    if (hit === 'none') hit = 'structure';
  }
  const p = body.position;
  const reach = HEART.cutlass.rangeM * 0.5;
  sim.events.push({
    type: 'CutlassSwung',
    tick: sim.tick,
    hit,
    position: [p.x + forward.x * reach, p.y + forward.y * reach, p.z + forward.z * reach],
  });
}
