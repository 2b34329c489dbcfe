import type { Body } from 'cannon-es';
import { rngState } from './rng';
import type { SimState } from './state';

/**
 * A digest of all gameplay state: two independent 32-bit FNV-1a lanes over the exact
 * IEEE-754 bits of every number, so the smallest divergence changes the hash.
 */
class StateHasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  private readonly view = new DataView(new ArrayBuffer(8));

  private byte(value: number): void {
    this.a = Math.imul(this.a ^ value, 0x01000193);
    this.b = Math.imul(this.b ^ value, 0x01000193 + 0x3c6ef372);
  }

  number(value: number): void {
    this.view.setFloat64(0, value);
    for (let i = 0; i < 8; i++) this.byte(this.view.getUint8(i));
  }

  string(value: string): void {
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      this.byte(code & 0xff);
      this.byte(code >>> 8);
    }
    this.byte(0);
  }

  body(body: Body): void {
    const { position: p, velocity: v, quaternion: q, angularVelocity: w } = body;
    this.number(p.x);
    this.number(p.y);
    this.number(p.z);
    this.number(v.x);
    this.number(v.y);
    this.number(v.z);
    this.number(q.x);
    this.number(q.y);
    this.number(q.z);
    this.number(q.w);
    this.number(w.x);
    this.number(w.y);
    this.number(w.z);
  }

  digest(): string {
    const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
    return hex(this.a) + hex(this.b);
  }
}

export function hashSim(sim: SimState): string {
  const h = new StateHasher();
  h.number(sim.tick);
  h.number(sim.seed);
  h.string(sim.category);
  h.string(sim.chapter);
  for (const word of rngState(sim.rng)) h.number(word);
  h.number(sim.previousButtons);
  const ship = sim.player;
  h.number(ship.hull);
  h.number(ship.shields);
  h.number(ship.energy);
  h.number(ship.throttle);
  h.number(ship.flightAssist ? 1 : 0);
  h.number(ship.boosting ? 1 : 0);
  h.number(ship.boostLockedOut ? 1 : 0);
  h.number(ship.lastDamageTick);
  h.number(ship.alive ? 1 : 0);
  h.number(ship.targetId ?? -1);
  const w = ship.weapons;
  h.number(w.phaserHeat);
  h.number(w.overheated ? 1 : 0);
  h.number(w.phaserCooldownTicks);
  h.number(w.nextEmitter);
  h.number(w.torpedoes);
  h.number(w.torpedoCooldownTicks);
  h.number(w.lockProgressTicks);
  h.number(sim.nextEntityId);
  h.number(sim.previousAbility);
  for (const member of sim.crew) {
    h.number(member.health);
    h.number(member.alive ? 1 : 0);
    h.number(member.cooldownTicks);
  }
  const fx = ship.effects;
  h.number(fx.rallyUntilTick);
  h.number(fx.overchargeUntilTick);
  h.number(fx.overshield);
  h.number(fx.sweepUntilTick);
  h.number(fx.invulnerableUntilTick);
  h.number(sim.lastCommsTick);
  h.string(sim.outcome ? `${sim.outcome.kind}@${sim.outcome.tick}` : '-');
  h.number(sim.enemies.length);
  for (const e of sim.enemies) {
    h.number(e.id);
    h.string(e.tag);
    h.number(e.credits);
    h.number(e.hull);
    h.number(e.shields);
    h.number(e.lastDamageTick);
    h.string(e.ai.state);
    h.number(e.ai.gunCooldownTicks);
    h.number(e.ai.burstLeft);
    h.number(e.ai.torpedoCooldownTicks);
    h.number(e.ai.recentDamage);
    h.number(e.ai.disabledUntilTick);
    h.number(e.ai.robbed ? 1 : 0);
    h.number(e.ai.hostile ? 1 : 0);
    h.number(e.warpedOut ? 1 : 0);
    h.number(e.ai.guardOf);
    h.number(e.hullMax);
  }
  const pool = sim.projectiles;
  h.number(pool.count);
  for (let i = 0; i < pool.count; i++) {
    h.number(pool.kind[i]!);
    h.number(pool.ownerId[i]!);
    h.number(pool.targetId[i]!);
    h.number(pool.lifeTicks[i]!);
    h.number(pool.x[i]!);
    h.number(pool.y[i]!);
    h.number(pool.z[i]!);
    h.number(pool.vx[i]!);
    h.number(pool.vy[i]!);
    h.number(pool.vz[i]!);
  }
  h.number(sim.debris.length);
  h.number(sim.credits);
  h.number(sim.creditsDestroyed);
  h.number(sim.creditsSpawned);
  h.number(sim.creditsDeparted);
  h.number(sim.previousPurchase);
  for (const tag of sim.grudgeList) h.string(tag);
  h.number(sim.wanted);
  h.number(sim.lastHunterTick);
  h.number(sim.lastTrafficSpawnTick);
  for (const pickup of sim.pickups) {
    h.number(pickup.credits);
    h.number(pickup.position[0]);
    h.number(pickup.position[1]);
    h.number(pickup.position[2]);
  }
  for (const arrival of sim.pendingArrivals) {
    h.number(arrival.tick);
    h.number(arrival.count);
  }
  h.number(sim.siphon.targetId ?? -1);
  h.number(sim.siphon.progressTicks);
  for (const level of Object.values(sim.upgrades)) h.number(level);
  h.number(ship.shieldsMax);
  h.number(sim.docked ? 1 : 0);
  h.string(sim.objective.stage);
  h.number(sim.objective.stageSinceTick);
  const party = sim.party;
  if (party) {
    h.number(party.startTick);
    h.number(party.wave);
    h.number(party.toArrive);
    h.number(party.nextBurstTick);
    h.number(party.relaysLeft);
    h.number(party.nextGrudge);
    h.number(party.fireBudget);
    h.number(party.endedTick ?? -1);
    h.number(party.waveClearedTick ?? -1);
  }
  const heart = sim.heart;
  if (heart) {
    h.string(heart.stage);
    h.number(heart.startTick);
    h.number(heart.stageSinceTick);
    for (const ring of heart.rings) {
      h.number(ring.angleRad);
      h.number(ring.spinRadPerS);
      h.number(ring.deletedTick ?? -1);
    }
    for (const wall of heart.firewalls) {
      h.number(wall.angleRad);
      h.number(wall.spinRadPerS);
      h.number(wall.deletedTick ?? -1);
    }
    h.number(heart.pylonsLeft);
    h.number(heart.bob.strikesLeft);
    h.number(heart.beam.direction[0]);
    h.number(heart.beam.direction[1]);
    h.number(heart.beam.direction[2]);
    h.number(heart.beam.holdTicks);
    h.number(heart.cutlass.cooldownTicks);
    h.number(heart.countdownTicks ?? -1);
    h.number(heart.collapseRadiusM);
    h.number(heart.uplinkHoldTicks);
    h.string(heart.ending ?? '');
  }
  const clock = sim.speedrun;
  h.number(clock.startTick ?? -1);
  h.number(clock.endTick ?? -1);
  for (const s of clock.splits) {
    h.string(s.id);
    h.number(s.igtTicks);
  }
  // Every body in the physics world, in world order: ship, rocks, structures.
  h.number(sim.world.bodies.length);
  for (const body of sim.world.bodies) h.body(body);
  return h.digest();
}
