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
  // Every body in the physics world, in world order: ship, rocks, structures.
  h.number(sim.world.bodies.length);
  for (const body of sim.world.bodies) h.body(body);
  return h.digest();
}
