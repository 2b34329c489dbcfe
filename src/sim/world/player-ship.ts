import { Body, Box, Vec3 } from 'cannon-es';
import { CALLISTER } from '../content/callister';
import { TORPEDOES } from '../content/weapons';
import type { PlayerShip } from '../state';
import { ALL_GROUPS, CollisionGroup } from './collision-groups';
import { HULL_MATERIAL } from './physics-world';

/** The Callister's entity id: events name it as shipId 0. */
export const PLAYER_ID = 0;

export function createPlayerShip(position: readonly [number, number, number]): PlayerShip {
  const body = new Body({
    mass: CALLISTER.massT,
    material: HULL_MATERIAL,
    position: new Vec3(position[0], position[1], position[2]),
    linearDamping: 0,
    angularDamping: 0,
    collisionFilterGroup: CollisionGroup.Player,
    collisionFilterMask: ALL_GROUPS,
  });
  for (const box of CALLISTER.collisionBoxes) {
    const [hx, hy, hz] = box.halfExtents;
    const [ox, oy, oz] = box.offset;
    body.addShape(new Box(new Vec3(hx, hy, hz)), new Vec3(ox, oy, oz));
  }
  return {
    id: PLAYER_ID,
    body,
    hull: CALLISTER.hullMax,
    hullMax: CALLISTER.hullMax,
    shields: CALLISTER.shieldsMax,
    shieldsMax: CALLISTER.shieldsMax,
    shieldRegenPerS: CALLISTER.shieldRegenPerS,
    energy: CALLISTER.energyMax,
    throttle: 0,
    flightAssist: true,
    boosting: false,
    boostLockedOut: false,
    lastDamageTick: -1e9,
    alive: true,
    targetId: null,
    effects: {
      rallyUntilTick: -1,
      overchargeUntilTick: -1,
      overshield: 0,
      sweepUntilTick: -1,
      invulnerableUntilTick: -1,
    },
    weapons: {
      phaserHeat: 0,
      overheated: false,
      phaserCooldownTicks: 0,
      nextEmitter: 0,
      lastPhaserTick: -1e9,
      torpedoes: TORPEDOES.stock,
      torpedoCooldownTicks: 0,
      lockProgressTicks: 0,
      locked: false,
    },
  };
}
