import type { ShipClass } from '../events';

/** What an Infinity player's ship can do. Difficulty scales these, it does not replace them. */
export interface ShipClassStats {
  readonly label: string;
  /** Collision sphere radius; matches the model's bounding sphere (models/<class>.ts). */
  readonly radiusM: number;
  readonly massT: number;
  readonly hullMax: number;
  readonly shieldsMax: number;
  readonly shieldRegenPerS: number;
  readonly cruiseSpeedMps: number;
  readonly boostSpeedMps: number;
  readonly accelMps2: number;
  readonly turnRateRadPerS: number;
  readonly credits: { readonly min: number; readonly max: number };
  /** null: this class carries no guns (haulers run instead). */
  readonly gun: EnemyGun | null;
  readonly torpedo: EnemyTorpedo | null;
  /** Preferred fighting distance and the distance it breaks off at to avoid ramming. */
  readonly engageRangeM: number;
  readonly breakOffRangeM: number;
  readonly detectionRangeM: number;
  /** Hull fraction below which the pilot runs for it. */
  readonly fleeHullFraction: number;
}

export interface EnemyGun {
  readonly damage: number;
  readonly speedMps: number;
  readonly lifeTicks: number;
  readonly intervalTicks: number;
  readonly burst: number;
  readonly burstPauseTicks: number;
}

export interface EnemyTorpedo {
  readonly damage: number;
  readonly splashDamage: number;
  readonly splashRadiusM: number;
  readonly speedMps: number;
  readonly turnRateRadPerS: number;
  readonly lifeTicks: number;
  readonly cooldownTicks: number;
}

export const SHIP_CLASSES: Readonly<Record<ShipClass, ShipClassStats>> = {
  dart: {
    label: 'Dart',
    radiusM: 7.6,
    massT: 30,
    hullMax: 30,
    shieldsMax: 20,
    shieldRegenPerS: 6,
    cruiseSpeedMps: 190,
    boostSpeedMps: 260,
    accelMps2: 150,
    turnRateRadPerS: 2.2,
    credits: { min: 50, max: 180 },
    gun: {
      damage: 2.5,
      speedMps: 850,
      lifeTicks: 70,
      intervalTicks: 9,
      burst: 5,
      burstPauseTicks: 50,
    },
    torpedo: null,
    engageRangeM: 650,
    breakOffRangeM: 160,
    detectionRangeM: 1800,
    fleeHullFraction: 0.25,
  },
  brawler: {
    label: 'Brawler',
    radiusM: 11.6,
    massT: 90,
    hullMax: 90,
    shieldsMax: 60,
    shieldRegenPerS: 8,
    cruiseSpeedMps: 140,
    boostSpeedMps: 200,
    accelMps2: 90,
    turnRateRadPerS: 1.4,
    credits: { min: 100, max: 300 },
    gun: {
      damage: 4.5,
      speedMps: 780,
      lifeTicks: 60,
      intervalTicks: 8,
      burst: 6,
      burstPauseTicks: 60,
    },
    torpedo: null,
    engageRangeM: 420,
    breakOffRangeM: 110,
    detectionRangeM: 1600,
    fleeHullFraction: 0.15,
  },
  hunter: {
    label: 'Hunter',
    radiusM: 13.2,
    massT: 70,
    hullMax: 60,
    shieldsMax: 40,
    shieldRegenPerS: 7,
    cruiseSpeedMps: 165,
    boostSpeedMps: 230,
    accelMps2: 110,
    turnRateRadPerS: 1.6,
    credits: { min: 150, max: 350 },
    gun: {
      damage: 2,
      speedMps: 850,
      lifeTicks: 70,
      intervalTicks: 12,
      burst: 3,
      burstPauseTicks: 80,
    },
    torpedo: {
      damage: 18,
      splashDamage: 8,
      splashRadiusM: 35,
      speedMps: 260,
      turnRateRadPerS: 1.3,
      lifeTicks: 420,
      cooldownTicks: 330,
    },
    engageRangeM: 900,
    breakOffRangeM: 220,
    detectionRangeM: 2200,
    fleeHullFraction: 0.3,
  },
  hauler: {
    label: 'Hauler',
    radiusM: 24.6,
    massT: 600,
    hullMax: 160,
    shieldsMax: 80,
    shieldRegenPerS: 5,
    cruiseSpeedMps: 75,
    boostSpeedMps: 120,
    accelMps2: 35,
    turnRateRadPerS: 0.55,
    credits: { min: 350, max: 600 },
    gun: null,
    torpedo: null,
    engageRangeM: 0,
    breakOffRangeM: 0,
    detectionRangeM: 900,
    fleeHullFraction: 1,
  },
  /**
   * Chapter 2's invitation relay: a static broadcast mast, all shields and hull, no guns.
   * 900 points: ~25 s of steady, well-aimed phaser fire with a few torpedoes, so the
   * relay route fits inside the party's timer for a pilot who is not perfect.
   */
  relay: {
    label: 'Invitation relay',
    radiusM: 42,
    massT: 0,
    hullMax: 600,
    shieldsMax: 300,
    shieldRegenPerS: 12,
    cruiseSpeedMps: 0,
    boostSpeedMps: 0,
    accelMps2: 0,
    turnRateRadPerS: 0,
    credits: { min: 0, max: 0 },
    gun: null,
    torpedo: null,
    engageRangeM: 0,
    breakOffRangeM: 0,
    detectionRangeM: 0,
    fleeHullFraction: 0,
  },
  /**
   * Chapter 3's defence turret on the Heart's tunnel wall: a structure with a gun. Two or
   * three phaser bursts knock it out; the gauntlet can also be flown past them.
   */
  turret: {
    label: 'Defence turret',
    radiusM: 16,
    massT: 0,
    hullMax: 80,
    shieldsMax: 50,
    shieldRegenPerS: 6,
    cruiseSpeedMps: 0,
    boostSpeedMps: 0,
    accelMps2: 0,
    turnRateRadPerS: 0,
    credits: { min: 0, max: 0 },
    gun: {
      damage: 2.5,
      speedMps: 620,
      lifeTicks: 110,
      intervalTicks: 9,
      burst: 3,
      burstPauseTicks: 140,
    },
    torpedo: null,
    engageRangeM: 0,
    breakOffRangeM: 0,
    detectionRangeM: 900,
    fleeHullFraction: 0,
  },
  /**
   * Chapter 3's shield pylon: four of them feed Bob. 420 points each: about ten seconds
   * of phaser fire, less with torpedoes or the cutlass.
   */
  pylon: {
    label: 'Shield pylon',
    radiusM: 28,
    massT: 0,
    hullMax: 280,
    shieldsMax: 140,
    shieldRegenPerS: 8,
    cruiseSpeedMps: 0,
    boostSpeedMps: 0,
    accelMps2: 0,
    turnRateRadPerS: 0,
    credits: { min: 0, max: 0 },
    gun: null,
    torpedo: null,
    engageRangeM: 0,
    breakOffRangeM: 0,
    detectionRangeM: 0,
    fleeHullFraction: 0,
  },
};

/** Structures: they never move, stand in the obstacle grid, and never flee or talk. */
export function isStructureClass(shipClass: ShipClass): boolean {
  return shipClass === 'relay' || shipClass === 'turret' || shipClass === 'pylon';
}

/** The classes Infinity's players fly (the relay is a structure, not a ship). */
export const SHIP_CLASS_IDS: readonly ShipClass[] = ['dart', 'brawler', 'hunter', 'hauler'];
