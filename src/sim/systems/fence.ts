import { CALLISTER } from '../content/callister';
import { DOCKING, UPGRADE_EFFECTS, UPGRADES } from '../content/upgrades';
import { TORPEDOES } from '../content/weapons';
import type { InputFrame } from '../input-frame';
import type { SimState } from '../state';
import * as det from '../math/det-math';

/** Torpedo capacity with the racks the fence has sold. */
export function torpedoCapacity(sim: SimState): number {
  return TORPEDOES.stock + sim.upgrades.torpedoes * UPGRADE_EFFECTS.torpedoesPerLevel;
}

/** Engine tuning multiplies speeds and thrust. */
export function engineScale(sim: SimState): number {
  return 1 + sim.upgrades.engines * UPGRADE_EFFECTS.enginesPerLevel;
}

export function phaserDamageScale(sim: SimState): number {
  return 1 + sim.upgrades.phasers * UPGRADE_EFFECTS.phaserDamagePerLevel;
}

function isDockable(sim: SimState): boolean {
  const station = sim.station;
  const player = sim.player;
  if (!station || !player.alive) return false;
  const p = player.body.position;
  const [x, y, z] = station.position;
  const distance = det.hypot(p.x - x, p.y - y, p.z - z);
  return (
    distance <= DOCKING.rangeM + station.radiusM &&
    player.body.velocity.length() <= DOCKING.maxSpeedMps
  );
}

function buy(sim: SimState, slot: number): void {
  const upgrade = UPGRADES[slot - 1];
  if (!upgrade) return;
  const level = sim.upgrades[upgrade.id];
  const player = sim.player;
  const reject = (reason: string): void => {
    sim.events.push({ type: 'PurchaseRejected', tick: sim.tick, upgrade: upgrade.id, reason });
  };
  if (!upgrade.repeatable && level >= upgrade.costs.length) return reject('max level');
  const cost = upgrade.costs[upgrade.repeatable ? 0 : level]!;
  if (sim.credits < cost) return reject('not enough credits');
  if (upgrade.id === 'repair' && player.hull >= player.hullMax) return reject('hull intact');
  sim.credits -= cost;
  sim.upgrades[upgrade.id] = level + 1;
  switch (upgrade.id) {
    case 'shields':
      player.shieldsMax =
        CALLISTER.shieldsMax + sim.upgrades.shields * UPGRADE_EFFECTS.shieldsPerLevel;
      player.shields = player.shieldsMax;
      break;
    case 'torpedoes':
      player.weapons.torpedoes = torpedoCapacity(sim);
      break;
    case 'repair':
      player.hull = Math.min(player.hullMax, player.hull + UPGRADE_EFFECTS.repairHull);
      break;
    case 'phasers':
    case 'engines':
      break;
  }
  sim.events.push({
    type: 'Purchased',
    tick: sim.tick,
    upgrade: upgrade.id,
    level: sim.upgrades[upgrade.id],
    cost,
  });
}

/**
 * The black-market fence: slow to a crawl near the trade station to dock; while
 * docked, InputFrame.purchase buys an upgrade on its press edge.
 */
export function fenceSystem(sim: SimState, input: InputFrame): void {
  const docked = isDockable(sim);
  if (docked !== sim.docked) {
    sim.docked = docked;
    sim.events.push({ type: 'Docked', tick: sim.tick, docked });
  }
  const pressed = input.purchase !== 0 && input.purchase !== sim.previousPurchase;
  sim.previousPurchase = input.purchase;
  if (docked && pressed) buy(sim, input.purchase);
}
