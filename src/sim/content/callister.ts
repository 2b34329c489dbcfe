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
  /** Compound collision shape, in metres, ship forward = -Z (matches models/callister.glb). */
  collisionBoxes: [
    { halfExtents: [19, 3, 19], offset: [0, 4, -17] },
    { halfExtents: [4.5, 5, 15], offset: [0, -5, 8] },
    { halfExtents: [2.6, 2.6, 15], offset: [-13, 6, 15] },
    { halfExtents: [2.6, 2.6, 15], offset: [13, 6, 15] },
  ],
} as const;
