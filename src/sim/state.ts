import type { Body, World } from 'cannon-es';
import type { SimRng } from './rng';
import type { SimEvent } from './events';
import type { CategoryId } from './content/categories';

export type ChapterName = 'piracy' | 'party' | 'heart' | 'arena';

export interface PlayerShip {
  readonly body: Body;
  hull: number;
  shields: number;
  energy: number;
  /** Throttle lever set-point in [minThrottle, 1]. */
  throttle: number;
  flightAssist: boolean;
  boosting: boolean;
  /** Set when boost ran dry; cleared when the boost key is released. */
  boostLockedOut: boolean;
  /** Tick of the last damage taken; shields regenerate only after a quiet spell. */
  lastDamageTick: number;
  alive: boolean;
}

export interface Asteroid {
  readonly body: Body;
  readonly radiusM: number;
  /** Which of the view's rock shapes to draw; gameplay uses the sphere only. */
  readonly shapeVariant: number;
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
  chapter: ChapterName;
  tick: number;
  readonly rng: SimRng;
  readonly world: World;
  readonly player: PlayerShip;
  readonly asteroids: Asteroid[];
  readonly station: StaticLandmark;
  readonly waltonPlanet: StaticLandmark;
  /** Button bits of the previous tick, so the sim derives press edges from levels. */
  previousButtons: number;
  readonly pendingImpacts: PendingImpact[];
  events: SimEvent[];
}

export interface CreateSimOptions {
  readonly seed: number;
  readonly category?: CategoryId;
}
