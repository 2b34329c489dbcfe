/** Projectile kinds, stored as small integers in the pool. */
export const ProjectileKind = { Phaser: 0, Torpedo: 1 } as const;
export type ProjectileKindValue = (typeof ProjectileKind)[keyof typeof ProjectileKind];

/** Who a projectile can hurt: the player's shots hit Infinity ships and vice versa. */
export const Faction = { Player: 0, Infinity: 1 } as const;
export type FactionValue = (typeof Faction)[keyof typeof Faction];

export interface ProjectileSpawn {
  kind: ProjectileKindValue;
  faction: FactionValue;
  ownerId: number;
  targetId: number;
  x: number;
  y: number;
  z: number;
  vx: number;
  vy: number;
  vz: number;
  lifeTicks: number;
  damage: number;
  splashDamage: number;
  splashRadiusM: number;
  /** Homing only: turn rate and speed limits. */
  turnRateRadPerS: number;
  maxSpeedMps: number;
  accelMps2: number;
}

/**
 * Every live bolt and torpedo as structure-of-arrays: thousands of projectiles with
 * no per-shot objects or physics bodies. Live entries are dense in [0, count); a
 * removal swaps the last entry into the hole, which keeps iteration order
 * deterministic. Capacity doubles when full.
 */
export class ProjectilePool {
  count = 0;
  capacity: number;
  kind!: Uint8Array;
  faction!: Uint8Array;
  ownerId!: Int32Array;
  targetId!: Int32Array;
  lifeTicks!: Int32Array;
  /** Position now and at the start of the tick (for swept hit tests and drawing trails). */
  x!: Float64Array;
  y!: Float64Array;
  z!: Float64Array;
  px!: Float64Array;
  py!: Float64Array;
  pz!: Float64Array;
  vx!: Float64Array;
  vy!: Float64Array;
  vz!: Float64Array;
  damage!: Float64Array;
  splashDamage!: Float64Array;
  splashRadiusM!: Float64Array;
  turnRate!: Float64Array;
  maxSpeed!: Float64Array;
  accel!: Float64Array;

  constructor(initialCapacity = 256) {
    this.capacity = 0;
    this.grow(initialCapacity);
  }

  private grow(capacity: number): void {
    const copy = <T extends Float64Array | Int32Array | Uint8Array>(
      old: T | undefined,
      make: (n: number) => T,
    ): T => {
      const next = make(capacity);
      if (old) next.set(old.subarray(0, this.count) as never);
      return next;
    };
    const f64 = (n: number): Float64Array => new Float64Array(n);
    this.kind = copy(this.kind, (n) => new Uint8Array(n));
    this.faction = copy(this.faction, (n) => new Uint8Array(n));
    this.ownerId = copy(this.ownerId, (n) => new Int32Array(n));
    this.targetId = copy(this.targetId, (n) => new Int32Array(n));
    this.lifeTicks = copy(this.lifeTicks, (n) => new Int32Array(n));
    this.x = copy(this.x, f64);
    this.y = copy(this.y, f64);
    this.z = copy(this.z, f64);
    this.px = copy(this.px, f64);
    this.py = copy(this.py, f64);
    this.pz = copy(this.pz, f64);
    this.vx = copy(this.vx, f64);
    this.vy = copy(this.vy, f64);
    this.vz = copy(this.vz, f64);
    this.damage = copy(this.damage, f64);
    this.splashDamage = copy(this.splashDamage, f64);
    this.splashRadiusM = copy(this.splashRadiusM, f64);
    this.turnRate = copy(this.turnRate, f64);
    this.maxSpeed = copy(this.maxSpeed, f64);
    this.accel = copy(this.accel, f64);
    this.capacity = capacity;
  }

  spawn(s: ProjectileSpawn): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const i = this.count++;
    this.kind[i] = s.kind;
    this.faction[i] = s.faction;
    this.ownerId[i] = s.ownerId;
    this.targetId[i] = s.targetId;
    this.lifeTicks[i] = s.lifeTicks;
    this.x[i] = this.px[i] = s.x;
    this.y[i] = this.py[i] = s.y;
    this.z[i] = this.pz[i] = s.z;
    this.vx[i] = s.vx;
    this.vy[i] = s.vy;
    this.vz[i] = s.vz;
    this.damage[i] = s.damage;
    this.splashDamage[i] = s.splashDamage;
    this.splashRadiusM[i] = s.splashRadiusM;
    this.turnRate[i] = s.turnRateRadPerS;
    this.maxSpeed[i] = s.maxSpeedMps;
    this.accel[i] = s.accelMps2;
    return i;
  }

  /** Removes entry i by moving the last entry into its place. */
  remove(i: number): void {
    const last = --this.count;
    if (i === last) return;
    this.kind[i] = this.kind[last]!;
    this.faction[i] = this.faction[last]!;
    this.ownerId[i] = this.ownerId[last]!;
    this.targetId[i] = this.targetId[last]!;
    this.lifeTicks[i] = this.lifeTicks[last]!;
    this.x[i] = this.x[last]!;
    this.y[i] = this.y[last]!;
    this.z[i] = this.z[last]!;
    this.px[i] = this.px[last]!;
    this.py[i] = this.py[last]!;
    this.pz[i] = this.pz[last]!;
    this.vx[i] = this.vx[last]!;
    this.vy[i] = this.vy[last]!;
    this.vz[i] = this.vz[last]!;
    this.damage[i] = this.damage[last]!;
    this.splashDamage[i] = this.splashDamage[last]!;
    this.splashRadiusM[i] = this.splashRadiusM[last]!;
    this.turnRate[i] = this.turnRate[last]!;
    this.maxSpeed[i] = this.maxSpeed[last]!;
    this.accel[i] = this.accel[last]!;
  }

  clear(): void {
    this.count = 0;
  }
}
