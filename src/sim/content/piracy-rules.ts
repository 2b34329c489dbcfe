/** Chapter 1's rules: raiding, consequences and the objective. Tuning lives here. */
export const RAID = {
  /** An Infinity ship whose shields reach zero is disabled (drifting, engines sparking) this long. */
  disabledTicks: 8 * 60,
  /** Disabled ships bleed speed so they drift to a near stop. */
  disabledDragPerS: 0.6,
  siphonRangeM: 300,
  siphonTicks: 3 * 60,
  /** Destroying a ship instead of robbing it drops only this share of its credits. */
  destroyedDropShare: 0.2,
  pickupRadiusM: 45,
  pickupLifeTicks: 45 * 60,
} as const;

export const WANTED = {
  max: 5,
  perRaid: 1,
  perKill: 0.5,
  /** Levels lost per second of keeping a low profile (no raids, no kills). */
  decayPerS: 1 / 75,
  /** Bounty hunters start at this level. */
  huntersFrom: 3,
  /** Ticks between hunter waves at levels 3, 4, 5. */
  hunterIntervalTicks: [45 * 60, 32 * 60, 22 * 60],
} as const;

export const FRIENDS = {
  /** Chance a robbed player calls friends. */
  callChance: 0.4,
  delayTicks: { min: 8 * 60, max: 16 * 60 },
  count: { min: 1, max: 3 },
} as const;

export const OBJECTIVE = {
  /** Credits the crew must steal before Walton is worth visiting. */
  targetCredits: 3000,
  /** Close enough to Walton's planet to tractor him: this far above the surface. */
  waltonRangeM: 700,
  /** The tractor scene's length; skipping jumps the clock to its end. */
  waltonSceneTicks: 22 * 60,
} as const;

export const TRAFFIC = {
  population: { min: 20, max: 40 },
  /** A new ship warps in at most this often while the sector is under-populated. */
  warpInIntervalTicks: 150,
  dockTicks: { min: 6 * 60, max: 16 * 60 },
  mineTicks: { min: 10 * 60, max: 22 * 60 },
  /** Share of traffic by class (haulers carry the most, so they are the raid targets). */
  classWeights: { dart: 3, brawler: 2, hunter: 1, hauler: 3 },
} as const;
