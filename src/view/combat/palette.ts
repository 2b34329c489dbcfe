import { Color } from 'three';

/** A colour in three's linear working space, as plain numbers (no per-frame objects). */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Converts an sRGB hex string to linear RGB once, at module load. */
export function rgb(hex: string): Rgb {
  const c = new Color(hex);
  return { r: c.r, g: c.g, b: c.b };
}

/**
 * Infinity's players each fly in their own neon: the glow strips, engines and death
 * ring of a ship take one of these, picked from its id so it never changes mid-run.
 */
export const NEON_PALETTE: readonly Rgb[] = [
  rgb('#19f0ff'), // cyan
  rgb('#ff2bd6'), // magenta
  rgb('#7dff2e'), // lime
  rgb('#ff8a1c'), // orange
  rgb('#a05bff'), // violet
  rgb('#ff3d8b'), // hot pink
  rgb('#2f7bff'), // electric blue
  rgb('#ffe53d'), // yellow
];

/** The neon tint of an Infinity ship: a hash of its id, so neighbours in spawn order differ. */
export function shipTint(id: number): Rgb {
  const h = Math.imul(id ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  return NEON_PALETTE[(h >>> 13) % NEON_PALETTE.length]!;
}

/** Weapon and effect colours. */
export const FX_COLORS = {
  /** The Callister's phasers: warm TOS orange-red. */
  playerPhaser: rgb('#ff6424'),
  /** Infinity's bolts alternate between these two by shooter, so they read as hostile. */
  infinityPhaserA: rgb('#ff2bd6'),
  infinityPhaserB: rgb('#19e8ff'),
  /** Photon torpedo: red-orange starburst. */
  playerTorpedo: rgb('#ff3a12'),
  playerTorpedoTrail: rgb('#ff7a2a'),
  infinityTorpedo: rgb('#b24dff'),
  infinityTorpedoTrail: rgb('#7a3dff'),
  flashWhite: rgb('#fff4dc'),
  fireHot: rgb('#ffe39a'),
  fireMid: rgb('#ff8a2a'),
  fireCool: rgb('#c2260a'),
  sparkHot: rgb('#ffe7a6'),
  sparkCool: rgb('#ff4a10'),
  ember: rgb('#ff6a1a'),
  /** Shields: the Callister's are Starfleet blue, Infinity's a cool cyan-white. */
  playerShield: rgb('#4aa8ff'),
  infinityShield: rgb('#7fe8ff'),
  /** Debris: hot edges cool from white-orange to a dull ember. */
  debrisHot: rgb('#ffb45a'),
} as const;
