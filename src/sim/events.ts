/** What happened during a tick, for the view, HUD and audio. The sim never calls them. */

export type Vec3Tuple = readonly [number, number, number];
export type WeaponKind = 'phaser' | 'torpedo';
export type ShipClass = 'dart' | 'brawler' | 'hunter' | 'hauler';

export type SimEvent =
  /** The player's hull struck something solid (asteroid, structure, another ship). */
  | {
      readonly type: 'ShipImpact';
      readonly tick: number;
      readonly impactSpeedMps: number;
      readonly shieldDamage: number;
      readonly hullDamage: number;
      /** Unit vector in the ship's own frame pointing toward what was hit (for the HUD). */
      readonly directionLocal: Vec3Tuple;
    }
  | { readonly type: 'ShieldsDepleted'; readonly tick: number; readonly shipId: number }
  | { readonly type: 'ShieldsRestored'; readonly tick: number; readonly shipId: number }
  | { readonly type: 'PlayerDestroyed'; readonly tick: number; readonly cause: string }
  | { readonly type: 'FlightAssistChanged'; readonly tick: number; readonly on: boolean }
  | { readonly type: 'BoostStarted'; readonly tick: number }
  | { readonly type: 'BoostEnded'; readonly tick: number; readonly outOfEnergy: boolean }
  /** A weapon discharged. shipId 0 is the Callister. */
  | {
      readonly type: 'WeaponFired';
      readonly tick: number;
      readonly shipId: number;
      readonly weapon: WeaponKind;
      readonly position: Vec3Tuple;
    }
  /** Phasers overheated (locked until they cool) or came back. */
  | { readonly type: 'PhasersOverheated'; readonly tick: number }
  | { readonly type: 'PhasersCooled'; readonly tick: number }
  /** Something took weapon damage. `shieldHit` when shields absorbed all of it. */
  | {
      readonly type: 'Hit';
      readonly tick: number;
      readonly targetId: number;
      readonly shooterId: number;
      readonly weapon: WeaponKind;
      readonly shieldDamage: number;
      readonly hullDamage: number;
      readonly position: Vec3Tuple;
      /** For hits on the player: unit vector in the ship's frame toward the shooter. */
      readonly directionLocal: Vec3Tuple | null;
    }
  /** A projectile hit an asteroid or expired with a bang (torpedo). */
  | {
      readonly type: 'ProjectileBurst';
      readonly tick: number;
      readonly weapon: WeaponKind;
      readonly position: Vec3Tuple;
    }
  | {
      readonly type: 'ShipDestroyed';
      readonly tick: number;
      readonly shipId: number;
      readonly shipClass: ShipClass;
      readonly tag: string;
      readonly position: Vec3Tuple;
      readonly killerId: number;
    }
  | { readonly type: 'TargetChanged'; readonly tick: number; readonly targetId: number | null }
  /** Torpedo lock: 'acquiring' starts the tone, 'locked' completes it, 'lost' stops it. */
  | {
      readonly type: 'TorpedoLock';
      readonly tick: number;
      readonly targetId: number;
      readonly phase: 'acquiring' | 'locked' | 'lost';
    }
  /** A line on the comms feed from another player (or the crew). */
  | { readonly type: 'Comms'; readonly tick: number; readonly from: string; readonly text: string }
  /** The arena or a stage objective was completed. */
  | { readonly type: 'ArenaCleared'; readonly tick: number };

export type SimEventType = SimEvent['type'];
