/**
 * The USS Callister's flight and survival numbers. Speeds are arcade-readable:
 * cruise crosses an asteroid field in seconds, boost crosses the sector in ~20 s.
 */
export const CALLISTER = {
  massT: 400,
  /** Set-point speed at full throttle, flight assist on. */
  cruiseSpeedMps: 170,
  /** Reverse thrust is weaker than forward: the ship is built to charge. */
  reverseSpeedFactor: 0.35,
  boostSpeedMps: 320,
  strafeSpeedMps: 70,
  /** How hard the thrusters can change velocity (assist on) or push (assist off). */
  thrustAccelMps2: 95,
  boostAccelMps2: 170,
  strafeAccelMps2: 60,
  /** Flight assist off has no speed set-point; this is the engines' physical limit. */
  maxDriftSpeedMps: 420,
  /** Throttle lever travel per second with the throttle key held. */
  throttleRatePerS: 1.1,
  minThrottle: -1,
  turnRateRadPerS: { pitch: 1.45, yaw: 1.15, roll: 2.5 },
  /** 1/s: how quickly the ship reaches a commanded turn rate (higher = snappier). */
  turnResponsePerS: 7,
  hullMax: 100,
  shieldsMax: 100,
  energyMax: 100,
  boostDrainPerS: 28,
  energyRegenPerS: 14,
  /** Boost can restart only above this, so it does not flicker at empty. */
  boostRestartEnergy: 12,
  shieldRegenDelayTicks: 180,
  shieldRegenPerS: 22,
  /** Collision damage: impacts slower than this are scrapes; above, damage grows linearly. */
  collisionSafeSpeedMps: 5,
  collisionDamagePerMps: 0.75,
  /**
   * Compound collision shape in metres, ship forward = -Z, fitted to the mesh bounds of
   * models/callister.glb: saucer, secondary hull, two nacelles.
   */
  collisionBoxes: [
    { halfExtents: [19.5, 3.3, 19.5], offset: [0, 4.7, -16.5] },
    { halfExtents: [3.2, 3.2, 15], offset: [0, -4.6, 7] },
    { halfExtents: [2, 2, 16.5], offset: [-11, 6.6, 20] },
    { halfExtents: [2, 2, 16.5], offset: [11, 6.6, 20] },
  ],
  /** Rough bounding radius for hit tests against projectiles. */
  hitRadiusM: 38,
} as const;
