import type { Body, World } from 'cannon-es';
import type { SimRng } from './rng';
import type { ShipClass, SimEvent } from './events';
import type { CategoryId } from './content/categories';
import type { DifficultyId } from './content/difficulty';
import type { SectorDefinition } from './content/sector';
import type { ProjectilePool } from './world/projectile-pool';
import type { SpatialGrid } from './world/spatial-grid';

export type ChapterName = 'piracy' | 'party' | 'heart' | 'arena';

/** Anything with shields over a hull. Shields absorb first and regenerate; the hull does not. */
export interface Damageable {
  readonly id: number;
  hull: number;
  readonly hullMax: number;
  shields: number;
  readonly shieldsMax: number;
  readonly shieldRegenPerS: number;
  /** Tick of the last damage taken; shields regenerate only after a quiet spell. */
  lastDamageTick: number;
  alive: boolean;
}

export interface PlayerWeapons {
  phaserHeat: number;
  overheated: boolean;
  phaserCooldownTicks: number;
  /** Which emitter fires next (shots alternate sides). */
  nextEmitter: number;
  lastPhaserTick: number;
  torpedoes: number;
  torpedoCooldownTicks: number;
  /** Ticks the current target has stayed in the lock cone. */
  lockProgressTicks: number;
  locked: boolean;
}

export interface PlayerShip extends Damageable {
  readonly body: Body;
  energy: number;
  /** Throttle lever set-point in [minThrottle, 1]. */
  throttle: number;
  flightAssist: boolean;
  boosting: boolean;
  /** Set when boost ran dry; cleared when the boost key is released. */
  boostLockedOut: boolean;
  readonly weapons: PlayerWeapons;
  /** Id of the locked target, or null. */
  targetId: number | null;
}

export type AiStateName = 'patrol' | 'pursue' | 'attack' | 'evade' | 'flee';

export interface EnemyAi {
  state: AiStateName;
  stateSinceTick: number;
  /** Where patrol is heading. */
  waypoint: [number, number, number];
  /** Approach offset around the target for flanking, unit vector in world space. */
  flank: [number, number, number];
  evadeDirection: [number, number, number];
  evadeUntilTick: number;
  /** Steering output for enemy flight: desired unit direction and speed. */
  steer: [number, number, number];
  desiredSpeedMps: number;
  /** Cached obstacle-avoidance push, refreshed every few ticks. */
  avoid: [number, number, number];
  /** Aim error for the current burst, as a small offset direction (radians on two axes). */
  aimErrorX: number;
  aimErrorY: number;
  gunCooldownTicks: number;
  burstLeft: number;
  torpedoCooldownTicks: number;
  /** Damage taken recently, decays; spikes trigger evasion. */
  recentDamage: number;
  /** Tick when the pilot first noticed the player (reaction delay). */
  noticedTick: number;
  hasSpoken: boolean;
}

export interface EnemyShip extends Damageable {
  readonly shipClass: ShipClass;
  readonly tag: string;
  credits: number;
  readonly body: Body;
  readonly radiusM: number;
  readonly ai: EnemyAi;
  /** Left the sector (fled and warped out) rather than destroyed. */
  warpedOut: boolean;
}

export interface Asteroid {
  readonly body: Body;
  readonly radiusM: number;
  /** Which of the view's rock shapes to draw; gameplay uses the sphere only. */
  readonly shapeVariant: number;
}

export interface Debris {
  readonly body: Body;
  readonly expiresTick: number;
  readonly sizeM: number;
  /** Which ship class it came from, so the view can colour it. */
  readonly shipClass: ShipClass;
}

export interface StaticLandmark {
  readonly body: Body;
  readonly position: readonly [number, number, number];
  readonly radiusM: number;
}

/** A contact the physics step reported for the player ship, resolved into damage afterwards. */
export interface PendingImpact {
  impactSpeedMps: number;
  /** World-space unit vector from the ship toward the other body. */
  normal: [number, number, number];
}

export interface SimState {
  readonly seed: number;
  readonly category: CategoryId;
  readonly sector: SectorDefinition;
  readonly difficulty: DifficultyId;
  chapter: ChapterName;
  tick: number;
  readonly rng: SimRng;
  readonly world: World;
  readonly player: PlayerShip;
  /** Live Infinity ships, in spawn order (the order every system iterates in). */
  enemies: EnemyShip[];
  readonly enemyById: Map<number, EnemyShip>;
  readonly asteroids: Asteroid[];
  debris: Debris[];
  readonly projectiles: ProjectilePool;
  /** Rebuilt every tick after physics: ships and rocks by position. */
  readonly grid: SpatialGrid;
  readonly station: StaticLandmark | null;
  readonly waltonPlanet: StaticLandmark;
  nextEntityId: number;
  /** Button bits of the previous tick, so the sim derives press edges from levels. */
  previousButtons: number;
  readonly pendingImpacts: PendingImpact[];
  lastCommsTick: number;
  /** How and when the run ended; null while it is still going. The run clock stops at its tick. */
  outcome: RunOutcome | null;
  events: SimEvent[];
}

export interface RunOutcome {
  readonly kind: 'destroyed' | 'arena-cleared';
  readonly tick: number;
}

export interface CreateSimOptions {
  readonly seed: number;
  readonly category?: CategoryId;
}
