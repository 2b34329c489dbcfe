import { Vec3 } from 'cannon-es';
import { TARGET_AHEAD_CONE_RAD, TORPEDOES } from '../content/weapons';
import { Button, wasPressed, type InputFrame } from '../input-frame';
import type { EnemyShip, SimState } from '../state';
import * as det from '../math/det-math';

const forward = new Vec3();
const toTarget = new Vec3();
const LOCAL_FORWARD = new Vec3(0, 0, -1);

function angleAndDistance(sim: SimState, enemy: EnemyShip): { angle: number; distance: number } {
  enemy.body.position.vsub(sim.player.body.position, toTarget);
  const distance = toTarget.length();
  const cos = distance > 0 ? forward.dot(toTarget) / distance : 1;
  return { angle: det.acos(Math.max(-1, Math.min(1, cos))), distance };
}

function setTarget(sim: SimState, id: number | null): void {
  const player = sim.player;
  if (player.targetId === id) return;
  if (player.weapons.lockProgressTicks > 0 && player.targetId !== null) {
    sim.events.push({
      type: 'TorpedoLock',
      tick: sim.tick,
      targetId: player.targetId,
      phase: 'lost',
    });
  }
  player.targetId = id;
  player.weapons.lockProgressTicks = 0;
  player.weapons.locked = false;
  sim.events.push({ type: 'TargetChanged', tick: sim.tick, targetId: id });
}

/** The hostile closest to the nose inside the cone, else the nearest one. */
function targetAhead(sim: SimState): number | null {
  let best: EnemyShip | null = null;
  let bestAngle = TARGET_AHEAD_CONE_RAD;
  let nearest: EnemyShip | null = null;
  let nearestDistance = Infinity;
  for (const enemy of sim.enemies) {
    if (!enemy.alive) continue;
    const { angle, distance } = angleAndDistance(sim, enemy);
    if (angle < bestAngle) {
      bestAngle = angle;
      best = enemy;
    }
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = enemy;
    }
  }
  return (best ?? nearest)?.id ?? null;
}

/** Next hostile by distance after the current one (wrapping), starting with the nearest. */
function cycleTarget(sim: SimState): number | null {
  const candidates = sim.enemies
    .filter((e) => e.alive)
    .map((e) => ({ id: e.id, distance: e.body.position.distanceTo(sim.player.body.position) }))
    .sort((a, b) => a.distance - b.distance || a.id - b.id);
  if (candidates.length === 0) return null;
  const current = candidates.findIndex((c) => c.id === sim.player.targetId);
  return candidates[(current + 1) % candidates.length]!.id;
}

/** Target ahead (T), cycle (Tab), dropping dead targets, and torpedo lock-on progress. */
export function targetingSystem(sim: SimState, input: InputFrame): void {
  const player = sim.player;
  if (!player.alive) return;
  player.body.quaternion.vmult(LOCAL_FORWARD, forward);

  if (wasPressed(input, sim.previousButtons, Button.TargetAhead)) setTarget(sim, targetAhead(sim));
  else if (wasPressed(input, sim.previousButtons, Button.TargetCycle))
    setTarget(sim, cycleTarget(sim));

  const target = player.targetId === null ? undefined : sim.enemyById.get(player.targetId);
  if (player.targetId !== null && (!target || !target.alive || target.warpedOut)) {
    setTarget(sim, null);
    return;
  }
  if (!target) return;

  const weapons = player.weapons;
  const { angle, distance } = angleAndDistance(sim, target);
  const inCone = angle <= TORPEDOES.lockConeRad && distance <= TORPEDOES.lockRangeM;
  if (inCone && weapons.torpedoes > 0) {
    if (weapons.lockProgressTicks === 0) {
      sim.events.push({
        type: 'TorpedoLock',
        tick: sim.tick,
        targetId: target.id,
        phase: 'acquiring',
      });
    }
    weapons.lockProgressTicks = Math.min(TORPEDOES.lockTicks, weapons.lockProgressTicks + 1);
    if (!weapons.locked && weapons.lockProgressTicks >= TORPEDOES.lockTicks) {
      weapons.locked = true;
      sim.events.push({
        type: 'TorpedoLock',
        tick: sim.tick,
        targetId: target.id,
        phase: 'locked',
      });
    }
  } else if (weapons.lockProgressTicks > 0) {
    weapons.lockProgressTicks = 0;
    weapons.locked = false;
    sim.events.push({ type: 'TorpedoLock', tick: sim.tick, targetId: target.id, phase: 'lost' });
  }
}
