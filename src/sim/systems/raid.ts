import { FIXED_DT } from '../constants';
import { FRIENDS, RAID, WANTED } from '../content/piracy-rules';
import { Button, isHeld, type InputFrame } from '../input-frame';
import { rngFloat, rngInt, rngRange } from '../rng';
import type { EnemyShip, SimState } from '../state';
import { sayOnComms } from './comms';
import * as det from '../math/det-math';

export function isDisabled(sim: SimState, enemy: EnemyShip): boolean {
  return enemy.ai.state === 'disabled' && sim.tick < enemy.ai.disabledUntilTick;
}

/** Shields knocked to zero in a raidable sector: the ship drifts helpless for ~8 s. */
export function disableShip(sim: SimState, enemy: EnemyShip): void {
  // Raiding is chapter 1's business: in the party a ship with its shields down keeps fighting.
  if (!sim.sector.traffic || sim.chapter !== 'piracy' || !enemy.alive) return;
  if (enemy.ai.state === 'disabled') return;
  enemy.ai.state = 'disabled';
  enemy.ai.stateSinceTick = sim.tick;
  enemy.ai.disabledUntilTick = sim.tick + RAID.disabledTicks;
  sim.events.push({
    type: 'ShipDisabled',
    tick: sim.tick,
    shipId: enemy.id,
    untilTick: enemy.ai.disabledUntilTick,
  });
}

export function raiseWanted(sim: SimState, amount: number): void {
  const before = Math.floor(sim.wanted);
  sim.wanted = Math.min(WANTED.max, sim.wanted + amount);
  if (Math.floor(sim.wanted) !== before) {
    sim.events.push({ type: 'WantedChanged', tick: sim.tick, level: Math.floor(sim.wanted) });
  }
}

function interrupt(
  sim: SimState,
  reason: 'released' | 'out-of-range' | 'target-recovered' | 'target-lost',
): void {
  const siphon = sim.siphon;
  if (siphon.targetId !== null && siphon.progressTicks > 0) {
    sim.events.push({ type: 'SiphonInterrupted', tick: sim.tick, shipId: siphon.targetId, reason });
  }
  siphon.targetId = null;
  siphon.progressTicks = 0;
}

function steal(sim: SimState, enemy: EnemyShip): void {
  const amount = enemy.credits;
  sim.credits += amount;
  enemy.credits = 0;
  enemy.ai.robbed = true;
  if (!sim.grudgeList.includes(enemy.tag)) sim.grudgeList.push(enemy.tag);
  sim.events.push({
    type: 'CreditsStolen',
    tick: sim.tick,
    shipId: enemy.id,
    tag: enemy.tag,
    amount,
  });
  raiseWanted(sim, WANTED.perRaid);
  // The victim always has something to say; some call their guild.
  sayOnComms(sim, enemy.tag, 'robbed', 1, true);
  if (rngFloat(sim.rng) < FRIENDS.callChance) {
    sim.pendingArrivals.push({
      tick: sim.tick + rngInt(sim.rng, FRIENDS.delayTicks.min, FRIENDS.delayTicks.max),
      count: rngInt(sim.rng, FRIENDS.count.min, FRIENDS.count.max),
      caller: enemy.tag,
    });
    sayOnComms(sim, enemy.tag, 'callFriends', 1, true);
  }
}

/**
 * Siphon (hold G): the locked target must be disabled and within range for the whole
 * three seconds; releasing the key, drifting out of range or the target rebooting
 * interrupts it and the progress is lost.
 */
export function siphonSystem(sim: SimState, input: InputFrame): void {
  const siphon = sim.siphon;
  const player = sim.player;
  if (!player.alive || !isHeld(input, Button.Siphon)) {
    interrupt(sim, 'released');
    return;
  }
  const target = player.targetId === null ? undefined : sim.enemyById.get(player.targetId);
  if (!target || !target.alive) {
    interrupt(sim, 'target-lost');
    return;
  }
  if (!isDisabled(sim, target) || target.credits <= 0) {
    interrupt(sim, 'target-recovered');
    return;
  }
  if (target.body.position.distanceTo(player.body.position) > RAID.siphonRangeM) {
    interrupt(sim, 'out-of-range');
    return;
  }
  if (siphon.targetId !== target.id) {
    interrupt(sim, 'target-lost');
    siphon.targetId = target.id;
    sim.events.push({ type: 'SiphonStarted', tick: sim.tick, shipId: target.id });
  }
  siphon.progressTicks++;
  if (siphon.progressTicks >= RAID.siphonTicks) {
    steal(sim, target);
    siphon.targetId = null;
    siphon.progressTicks = 0;
  }
}

/** A destroyed ship spills a fifth of its credits as a pickup; the rest burn with it. */
export function dropCredits(sim: SimState, enemy: EnemyShip): void {
  const raiding = sim.sector.traffic && sim.chapter === 'piracy';
  const dropped = raiding ? Math.floor(enemy.credits * RAID.destroyedDropShare) : 0;
  sim.creditsDestroyed += enemy.credits - dropped;
  enemy.credits = 0;
  if (dropped <= 0) return;
  const p = enemy.body.position;
  const v = enemy.body.velocity;
  sim.pickups.push({
    id: sim.nextEntityId++,
    position: [p.x, p.y, p.z],
    velocity: [v.x * 0.1, v.y * 0.1, v.z * 0.1],
    credits: dropped,
    expiresTick: sim.tick + RAID.pickupLifeTicks,
  });
  sim.events.push({
    type: 'CreditsDropped',
    tick: sim.tick,
    amount: dropped,
    position: [p.x, p.y, p.z],
  });
}

/** Pickups drift, get scooped up by flying through them, or expire (those credits are gone). */
export function pickupSystem(sim: SimState): void {
  if (sim.pickups.length === 0) return;
  const p = sim.player.body.position;
  const kept = [];
  for (const pickup of sim.pickups) {
    const pos = pickup.position;
    pos[0] += pickup.velocity[0] * FIXED_DT;
    pos[1] += pickup.velocity[1] * FIXED_DT;
    pos[2] += pickup.velocity[2] * FIXED_DT;
    if (
      sim.player.alive &&
      det.hypot(pos[0] - p.x, pos[1] - p.y, pos[2] - p.z) <= RAID.pickupRadiusM + 20
    ) {
      sim.credits += pickup.credits;
      sim.events.push({ type: 'CreditsCollected', tick: sim.tick, amount: pickup.credits });
      continue;
    }
    if (sim.tick >= pickup.expiresTick) {
      sim.creditsDestroyed += pickup.credits;
      continue;
    }
    kept.push(pickup);
  }
  sim.pickups = kept;
}

/** The heat fades if the crew keeps a low profile. */
export function wantedDecaySystem(sim: SimState): void {
  if (sim.wanted <= 0) return;
  const before = Math.floor(sim.wanted);
  sim.wanted = Math.max(0, sim.wanted - WANTED.decayPerS * FIXED_DT);
  if (Math.floor(sim.wanted) !== before) {
    sim.events.push({ type: 'WantedChanged', tick: sim.tick, level: Math.floor(sim.wanted) });
  }
}

/** Random point on a sphere shell around the Callister, for ships that warp in to meet it. */
export function pointNearPlayer(
  sim: SimState,
  minM: number,
  maxM: number,
): [number, number, number] {
  const p = sim.player.body.position;
  const angle = rngRange(sim.rng, 0, Math.PI * 2);
  const r = rngRange(sim.rng, minM, maxM);
  const y = rngRange(sim.rng, -0.3, 0.3) * r;
  return [p.x + det.cos(angle) * r, p.y + y, p.z + det.sin(angle) * r];
}
