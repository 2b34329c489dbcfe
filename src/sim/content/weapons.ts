/** The Callister's armament. */
export const PHASERS = {
  damage: 7,
  speedMps: 1100,
  lifeTicks: 75,
  intervalTicks: 8,
  energyPerShot: 1.5,
  heatPerShot: 6,
  /** Heat vents this fast once the trigger has been released for ventDelayTicks. */
  ventPerS: 34,
  ventDelayTicks: 18,
  overheatAt: 100,
  /** Overheated phasers stay locked until they cool to this. */
  recoverAt: 35,
  /** Emitters under the saucer, ship frame; shots alternate between them. */
  emitters: [
    [-7, 1, -30],
    [7, 1, -30],
  ],
} as const;

export const TORPEDOES = {
  stock: 8,
  damage: 55,
  splashDamage: 30,
  splashRadiusM: 45,
  launchSpeedMps: 160,
  maxSpeedMps: 480,
  accelMps2: 260,
  turnRateRadPerS: 2.3,
  lifeTicks: 360,
  cooldownTicks: 42,
  /** Hold the target inside this cone for lockTicks to lock on. */
  lockConeRad: 0.24,
  lockTicks: 90,
  lockRangeM: 2600,
  /** Torpedo tube, ship frame: under the saucer's leading edge. */
  tube: [0, -1, -34],
  /** Point-defence: a torpedo is a sphere this big for hit tests. */
  radiusM: 1.5,
} as const;

/** Targeting: "target ahead" picks the hostile nearest the nose within this cone. */
export const TARGET_AHEAD_CONE_RAD = 0.5;
