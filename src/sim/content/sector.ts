import type { ShipClass } from '../events';

type Vec3Tuple = readonly [number, number, number];

/** A place to fly: landmarks, seeded asteroid fields, and who is there at the start. */
export interface SectorDefinition {
  readonly radiusM: number;
  readonly spawn: { readonly position: Vec3Tuple };
  readonly station: { readonly position: Vec3Tuple; readonly radiusM: number } | null;
  readonly waltonPlanet: { readonly position: Vec3Tuple; readonly radiusM: number };
  readonly asteroidFields: readonly {
    readonly center: Vec3Tuple;
    readonly radiusM: number;
    readonly count: number;
  }[];
  /** Loose rocks scattered through the whole sector, outside the fields. */
  readonly scatteredAsteroids: number;
  /** Infinity players present at the start: class and where (seeded jitter is added). */
  readonly enemies: readonly { readonly shipClass: ShipClass; readonly position: Vec3Tuple }[];
  /** Everyone here already knows the Callister is worth a bounty: armed ships come straight for it. */
  readonly enemiesStartHunting: boolean;
  /** Where MMO traffic enters and leaves the sector; traffic lanes run between these and the landmarks. */
  readonly warpGates: readonly Vec3Tuple[];
  /** A living sector: players fly lanes, dock, mine, come and go; raiding is possible. */
  readonly traffic: boolean;
}

/** Rock physics shared by every sector. */
export const ASTEROIDS = {
  radiusM: { min: 4, max: 46 },
  /** Asteroid mass = density × r³: small rocks get shoved, big ones do not budge. */
  density: 0.45,
  driftMps: 2.5,
  spinRadPerS: 0.25,
  shapeVariants: 6,
  /** Rocks never spawn this close to the start, the station or the planet surface. */
  clearanceM: 140,
} as const;

/** Chapter 1's open sector. Units: metres. The Callister starts at the origin facing -Z. */
export const PIRACY_SECTOR: SectorDefinition = {
  radiusM: 6000,
  spawn: { position: [0, 0, 0] },
  station: { position: [-420, 60, -760], radiusM: 160 },
  waltonPlanet: { position: [1800, 1100, -5200], radiusM: 900 },
  asteroidFields: [
    { center: [380, -40, -1500], radiusM: 520, count: 90 },
    { center: [-1700, 260, -2700], radiusM: 720, count: 110 },
    { center: [2300, -120, 700], radiusM: 620, count: 70 },
    { center: [-900, -300, 1800], radiusM: 560, count: 60 },
  ],
  scatteredAsteroids: 45,
  enemies: [],
  enemiesStartHunting: false,
  warpGates: [
    [4800, 100, 1200],
    [-4800, 250, -1200],
    [-600, -200, 4800],
    [-1500, 300, -4700],
  ],
  traffic: true,
};

/** Practice arena: a rock garden and five Infinity players who want the bounty. */
export const ARENA_SECTOR: SectorDefinition = {
  radiusM: 3500,
  spawn: { position: [0, 0, 0] },
  station: null,
  waltonPlanet: { position: [1800, 1100, -5200], radiusM: 900 },
  asteroidFields: [
    { center: [0, 0, -1100], radiusM: 700, count: 55 },
    { center: [-1300, 150, 300], radiusM: 450, count: 25 },
  ],
  scatteredAsteroids: 20,
  enemies: [
    { shipClass: 'dart', position: [-350, 60, -1500] },
    { shipClass: 'dart', position: [380, -40, -1650] },
    { shipClass: 'brawler', position: [0, 120, -1900] },
    { shipClass: 'hunter', position: [700, 200, -2200] },
    { shipClass: 'hauler', position: [-800, -150, -1900] },
  ],
  enemiesStartHunting: true,
  warpGates: [],
  traffic: false,
};

/**
 * Chapter 2 played alone: the Piracy sector as the party finds it, the Callister off
 * Walton's planet where the campaign's broadcast leaves it, no peaceful traffic.
 */
export const PARTY_SECTOR: SectorDefinition = {
  ...PIRACY_SECTOR,
  spawn: { position: [1500, 800, -3700] },
  traffic: false,
};

/**
 * Chapter 3 played alone. The Heart is its own place (see content/heart.ts): no rocks,
 * no station, no traffic. Walton's planet is far outside it (it is left behind when
 * the Heart begins).
 */
export const HEART_SECTOR: SectorDefinition = {
  radiusM: 4000,
  spawn: { position: [0, 0, 0] },
  station: null,
  waltonPlanet: { position: [0, 0, 60000], radiusM: 900 },
  asteroidFields: [],
  scatteredAsteroids: 0,
  enemies: [],
  enemiesStartHunting: false,
  warpGates: [],
  traffic: false,
};
