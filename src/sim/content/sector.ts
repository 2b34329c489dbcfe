/**
 * The Piracy sector's fixed landmarks. Asteroid placement within each field is
 * seeded, so every seed gives a different (but reproducible) sector.
 * Units: metres. The Callister starts at the origin facing -Z.
 */
export const SECTOR = {
  radiusM: 6000,
  spawn: { position: [0, 0, 0], facing: [0, 0, -1] },
  station: { position: [-420, 60, -760], radiusM: 160 },
  waltonPlanet: { position: [1800, 1100, -5200], radiusM: 900 },
  asteroidFields: [
    { center: [380, -40, -1500], radiusM: 520, count: 90 },
    { center: [-1700, 260, -2700], radiusM: 720, count: 110 },
    { center: [2300, -120, 700], radiusM: 620, count: 70 },
    { center: [-900, -300, 1800], radiusM: 560, count: 60 },
  ],
  /** Loose rocks scattered through the whole sector, outside the fields. */
  scatteredAsteroids: 45,
  asteroidRadiusM: { min: 4, max: 46 },
  /** Asteroid mass = density × r³: small rocks get shoved, big ones do not budge. */
  asteroidDensity: 0.45,
  asteroidDriftMps: 2.5,
  asteroidSpinRadPerS: 0.25,
  asteroidShapeVariants: 6,
  /** Rocks never spawn this close to the start, the station or the planet surface. */
  clearanceM: 140,
} as const;
