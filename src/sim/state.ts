import type { Body, Shape, World } from 'cannon-es';
import type { SimRng } from './rng';
import type { ShipClass, SimEvent } from './events';
import type { CategoryId } from './content/categories';
import type { DifficultyId } from './content/difficulty';
import type { SectorDefinition } from './content/sector';
import type { CrewName } from './content/crew';
import type { UpgradeId } from './content/upgrades';
import type { ProjectilePool } from './world/projectile-pool';
import type { SpatialGrid } from './world/spatial-grid';

export type ChapterName = 'piracy' | 'party' | 'heart' | 'arena';

/** Anything with shields over a hull. Shields absorb first and regenerate; the hull does not. */
export interface Damageable {
  readonly id: number;
  hull: number;
  hullMax: number;
  shields: number;
  /** Mutable: the fence sells shield upgrades. */
  shieldsMax: number;
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

export interface CrewMember {
  readonly name: CrewName;
  health: number;
  alive: boolean;
  /** Ticks until the ability can be used again; 0 = ready. */
  cooldownTicks: number;
}

/** Crew abilities currently in effect (ticks are absolute sim ticks). */
export interface ActiveEffects {
  rallyUntilTick: number;
  overchargeUntilTick: number;
  /** Extra shield points from Elena's overcharge, absorbed before the shields. */
  overshield: number;
  sweepUntilTick: number;
  invulnerableUntilTick: number;
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
  readonly effects: ActiveEffects;
}

export type AiStateName =
  | 'patrol'
  | 'pursue'
  | 'attack'
  | 'evade'
  | 'flee'
  /** Peaceful MMO traffic: flying a lane, docked at the station, mining, heading for a gate. */
  | 'travel'
  | 'dock'
  | 'mine'
  | 'leave'
  /** Shields knocked out: drifting, engines sparking, open to the siphon. */
  | 'disabled'
  /** Circling an invitation relay until the Callister comes close. */
  | 'guard'
  /** A relay or pylon: does not move, only stands there. */
  | 'hold'
  /** A turret: does not move; turns its gun on the Callister in range. */
  | 'turret';

/** Where a traffic ship is going on its trip through the sector. */
export interface TrafficPlan {
  /** 'station' to dock and trade, or the index of an asteroid field to mine. */
  destination: 'station' | number;
  /** Index of the warp gate it will leave by. */
  exitGate: number;
  /** The tick its work at the destination ends. */
  workUntilTick: number;
}

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
  /** Cached push away from neighbours, refreshed every other tick. */
  separation: [number, number, number];
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
  /** Traffic minds its own business until provoked; hunters and arena pilots are hostile. */
  hostile: boolean;
  /** null for ships that are not traffic (arena pilots, hunters, friends). */
  plan: TrafficPlan | null;
  disabledUntilTick: number;
  /** Already siphoned: it runs when it comes back online. */
  robbed: boolean;
  /** Party guards: the relay (entity id) this ship defends; -1 for everyone else. */
  guardOf: number;
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
  readonly role: EnemyRole;
  /** The party wave (1–5) that brought it; 0 for guards, relays and anyone outside the party. */
  readonly wave: number;
}

export type EnemyRole =
  | 'arena'
  | 'traffic'
  | 'friend'
  | 'bounty-hunter'
  /** Chapter 2: the swarm answering Walton's invitation. */
  | 'attacker'
  /** Chapter 2: someone the crew robbed, back for revenge (tougher, talks). */
  | 'grudge-holder'
  /** Chapter 2: an invitation relay keeping the party open. */
  | 'relay'
  /** Chapter 3: a defence turret on the Heart's tunnel wall (a structure with a gun). */
  | 'turret'
  /** Chapter 3: one of the four pylons feeding Bob's shield. */
  | 'pylon';

/** Chapter 2, the party invitation: waves of attackers and three relays. */
export interface PartyState {
  /** The party's first tick. */
  readonly startTick: number;
  /** The wave now arriving or fighting, 1–5; 0 before the first. */
  wave: number;
  /** Ships of the current wave still to warp in. */
  toArrive: number;
  nextBurstTick: number;
  /** Entity ids of the three relays, in definition order. */
  readonly relayIds: readonly number[];
  relaysLeft: number;
  /** Next grudge-list entry to come back as a named attacker. */
  nextGrudge: number;
  /** Gun bursts the swarm may still start (refills each tick by the wave's rate). */
  fireBudget: number;
  /** Party ships alive per wave index (0 = guards), recounted each tick. */
  readonly aliveByWave: number[];
  /** Tick the party ended (relays down or timer out), or null while it runs. */
  endedTick: number | null;
  endedBy: 'relays' | 'timer' | null;
  /** Tick the current wave's last ship went down; the next wave follows after a breather. */
  waveClearedTick: number | null;
}

/** Where chapter 3 stands: the gauntlet, Bob's chamber, the deletion run, the uplink hold. */
export type HeartStage = 'gauntlet' | 'bob' | 'deletion' | 'uplink' | 'done';

/**
 * How the Heart (and so the campaign) ended. 'uploaded' is the win; 'copied' (Bob's
 * beam held the Callister), 'deleted' (the countdown ran out) and 'destroyed' are losses.
 */
export type HeartEnding = 'uploaded' | 'copied' | 'deleted' | 'destroyed';

/** A spinning gate across the tunnel: a disc of slabs with one opening (kinematic body). */
export interface HeartRing {
  readonly body: Body;
  readonly z: number;
  /**
   * Which of the ring's slab positions hold a slab (false = the opening). The opening
   * widens when the Heart starts deleting itself: the view re-reads this then.
   */
  readonly slabs: boolean[];
  /** Each slab position's collision shapes (empty where there is no slab). */
  readonly slabShapes: readonly Shape[][];
  /** Where the opening's middle is, measured from slab 0 (add angleRad for the world angle). */
  readonly openingOffsetRad: number;
  /** Current spin (changes when the Heart starts deleting itself). */
  spinRadPerS: number;
  /** Angle of slab 0 now; the view reads the body's quaternion, the autopilot this. */
  angleRad: number;
  /** Tick the collapse swallowed it (its body left the world); null while it stands. */
  deletedTick: number | null;
}

/** A wall across the tunnel whose square port circles the axis: four framing slabs. */
export interface FirewallBarrier {
  /** Left, right, top, bottom slabs (kinematic bodies). */
  readonly bodies: readonly Body[];
  readonly z: number;
  spinRadPerS: number;
  /** The port's centre now (x, y in the tunnel's cross-section). */
  readonly port: [number, number];
  /** The tick it went up: the chapter's start, or the deletion's for the new ones. */
  readonly raisedTick: number;
  /** Its port's angle round the axis now. */
  angleRad: number;
  deletedTick: number | null;
}

/** Chapter 3, the Heart of Infinity. */
export interface HeartState {
  stage: HeartStage;
  /** The chapter's first tick (the jump's arrival). */
  readonly startTick: number;
  stageSinceTick: number;
  readonly rings: HeartRing[];
  readonly firewalls: FirewallBarrier[];
  /** Entity ids of the turrets and the four pylons (EnemyShip structures). */
  readonly turretIds: readonly number[];
  readonly pylonIds: readonly number[];
  pylonsLeft: number;
  /** Bob: the hologram at the centre. His shield holds while any pylon stands. */
  readonly bob: {
    alive: boolean;
    strikesLeft: number;
    lastStrikeTick: number;
  };
  /**
   * The copy beam: where it points (unit vector from Bob's core) and how long it has held.
   * It is awake exactly while the stage is 'bob' (see copyBeamAwake).
   */
  readonly beam: {
    readonly direction: [number, number, number];
    /** On the Callister this tick. */
    onTarget: boolean;
    holdTicks: number;
    nextTauntTick: number;
  };
  /** The Bargradian cutlass. */
  readonly cutlass: {
    cooldownTicks: number;
    /** The last swing's tick (-1 before any); the blade is out for HEART.cutlass.swingTicks. */
    lastSwingTick: number;
  };
  /** Ticks left before Infinity is gone; null until Bob falls. */
  countdownTicks: number | null;
  deletionStartTick: number | null;
  /** Radius of the collapse spreading from the core (0 before the deletion). */
  collapseRadiusM: number;
  uplinkHoldTicks: number;
  ending: HeartEnding | null;
}

/** One split: an objective reached, at an in-game time. */
export interface SplitRecord {
  /** Stable id, e.g. 'wave-2', 'relay-1', 'party-end'; records compare splits by id. */
  readonly id: string;
  readonly label: string;
  /** In-game time at the split, in ticks since the category's start. */
  readonly igtTicks: number;
}

/**
 * The speedrun clock, in the sim so that replays reproduce it exactly: in-game time is
 * ticks simulated since the category's start tick (paused ticks are never simulated).
 */
export interface SpeedrunClock {
  /** Sim tick on which the category's timer started; null before. */
  startTick: number | null;
  /** Sim tick on which it stopped (the category's end event); null while running. */
  endTick: number | null;
  readonly splits: SplitRecord[];
}

export interface CreditPickup {
  readonly id: number;
  readonly position: [number, number, number];
  readonly velocity: [number, number, number];
  readonly credits: number;
  readonly expiresTick: number;
}

export type ObjectiveStage = 'raid' | 'reach-walton' | 'walton-scene' | 'done';

export interface ObjectiveState {
  stage: ObjectiveStage;
  /** Tick the current stage began (the Walton scene's clock). */
  stageSinceTick: number;
}

export interface SiphonState {
  targetId: number | null;
  progressTicks: number;
}

/** A robbed player's friends, due to warp in near the Callister. */
export interface PendingArrival {
  readonly tick: number;
  readonly count: number;
  readonly caller: string;
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
  /** What the ship struck (a rock, a structure, an Infinity ship). */
  readonly other: Body;
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
  /** Emptied when the Callister jumps to the Heart (the sector is left behind). */
  asteroids: Asteroid[];
  debris: Debris[];
  readonly projectiles: ProjectilePool;
  /** Rebuilt every tick after physics: Infinity's ships (not relays) by position. */
  readonly grid: SpatialGrid;
  /** Rebuilt every tick: what ships steer around and shots stop on — the Callister, rocks, relays. */
  readonly obstacles: SpatialGrid;
  readonly station: StaticLandmark | null;
  readonly waltonPlanet: StaticLandmark;
  nextEntityId: number;
  /** Button bits of the previous tick, so the sim derives press edges from levels. */
  previousButtons: number;
  /** Ability slot held on the previous tick, for press edges. */
  previousAbility: number;
  /** Slot order = ability keys 1–5. */
  readonly crew: CrewMember[];
  readonly pendingImpacts: PendingImpact[];
  lastCommsTick: number;
  /** The Callister's stolen credits. */
  credits: number;
  /** Credits that left the game: the 80 % of a destroyed ship's load, expired pickups. */
  creditsDestroyed: number;
  /** Every credit ever loaded onto a ship that entered the sector (for conservation checks). */
  creditsSpawned: number;
  /** Credits carried out of the sector by ships that warped away. */
  creditsDeparted: number;
  /** Last tick's fence purchase slot, for press edges. */
  previousPurchase: number;
  /** Every player the crew has robbed, in order: they come back in chapter 2. */
  readonly grudgeList: string[];
  /** 0–5, fractional; the HUD shows whole stars. */
  wanted: number;
  lastHunterTick: number;
  pickups: CreditPickup[];
  readonly pendingArrivals: PendingArrival[];
  readonly siphon: SiphonState;
  readonly upgrades: Record<UpgradeId, number>;
  docked: boolean;
  readonly objective: ObjectiveState;
  lastTrafficSpawnTick: number;
  /** How and when the run ended; null while it is still going. The run clock stops at its tick. */
  outcome: RunOutcome | null;
  /** Chapter 2's state; null outside the party. */
  party: PartyState | null;
  /** Chapter 3's state; null before the Heart. */
  heart: HeartState | null;
  readonly speedrun: SpeedrunClock;
  events: SimEvent[];
}

export interface RunOutcome {
  /**
   * run-complete: the category's end event (its timer stopped).
   * chapter-complete: a practice run reached the end of its chapter.
   * copied: Bob's beam held the Callister (the copied ending). deleted: the countdown ran out.
   */
  readonly kind:
    'destroyed' | 'arena-cleared' | 'chapter-complete' | 'run-complete' | 'copied' | 'deleted';
  readonly tick: number;
}

/** What a campaign carries from one chapter into the next. */
export interface ChapterCarry {
  readonly credits: number;
  readonly hull: number;
  readonly crew: readonly {
    readonly name: string;
    readonly health: number;
    readonly alive: boolean;
  }[];
  readonly grudgeList: readonly string[];
  readonly upgrades: Readonly<Partial<Record<UpgradeId, number>>>;
}

export interface CreateSimOptions {
  readonly seed: number;
  readonly category?: CategoryId;
  /**
   * Start later in the campaign (Continue from an autosave, chapter practice) with
   * the carried state. Such runs never count as the category's full run.
   */
  readonly start?: { readonly chapter: ChapterName; readonly carry: ChapterCarry | null };
}
