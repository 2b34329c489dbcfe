/** What happened during a tick, for the view, HUD and audio. The sim never calls them. */

import type { HeartEnding } from './state';

export type Vec3Tuple = readonly [number, number, number];
export type WeaponKind = 'phaser' | 'torpedo';
export type ShipClass = 'dart' | 'brawler' | 'hunter' | 'hauler' | 'relay' | 'turret' | 'pylon';

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
  /** A crew member used their station's ability. */
  | {
      readonly type: 'AbilityUsed';
      readonly tick: number;
      readonly crew: string;
      readonly ability: string;
    }
  /** A heavy hit wounded the crew member at the struck station. */
  | {
      readonly type: 'CrewWounded';
      readonly tick: number;
      readonly crew: string;
      readonly health: number;
    }
  /** A crew member died: their ability is gone for the rest of the run. */
  | { readonly type: 'CrewDied'; readonly tick: number; readonly crew: string }
  /** A ship entered or left the sector through warp (the view draws the flash). */
  | {
      readonly type: 'ShipWarped';
      readonly tick: number;
      readonly shipId: number;
      readonly direction: 'in' | 'out';
      readonly position: Vec3Tuple;
    }
  /** Raiding: shields down, the ship drifts helpless for a few seconds. */
  | {
      readonly type: 'ShipDisabled';
      readonly tick: number;
      readonly shipId: number;
      readonly untilTick: number;
    }
  | { readonly type: 'SiphonStarted'; readonly tick: number; readonly shipId: number }
  | {
      readonly type: 'SiphonInterrupted';
      readonly tick: number;
      readonly shipId: number;
      readonly reason: 'released' | 'out-of-range' | 'target-recovered' | 'target-lost';
    }
  | {
      readonly type: 'CreditsStolen';
      readonly tick: number;
      readonly shipId: number;
      readonly tag: string;
      readonly amount: number;
    }
  | {
      readonly type: 'CreditsDropped';
      readonly tick: number;
      readonly amount: number;
      readonly position: Vec3Tuple;
    }
  | { readonly type: 'CreditsCollected'; readonly tick: number; readonly amount: number }
  | { readonly type: 'WantedChanged'; readonly tick: number; readonly level: number }
  | { readonly type: 'Docked'; readonly tick: number; readonly docked: boolean }
  | {
      readonly type: 'Purchased';
      readonly tick: number;
      readonly upgrade: string;
      readonly level: number;
      readonly cost: number;
    }
  | {
      readonly type: 'PurchaseRejected';
      readonly tick: number;
      readonly upgrade: string;
      readonly reason: string;
    }
  | { readonly type: 'ObjectiveChanged'; readonly tick: number; readonly stage: string }
  /** A chapter ended and the next begins (e.g. Walton's broadcast starts the party). */
  | { readonly type: 'ChapterChanged'; readonly tick: number; readonly chapter: string }
  /** The arena or a stage objective was completed. */
  | { readonly type: 'ArenaCleared'; readonly tick: number }
  /** Chapter 2: a wave of the party starts warping in (1–5) with this many ships. */
  | {
      readonly type: 'WaveStarted';
      readonly tick: number;
      readonly wave: number;
      readonly size: number;
    }
  | { readonly type: 'WaveEnded'; readonly tick: number; readonly wave: number }
  /** Chapter 2: an invitation relay went down; `left` still stand. */
  | {
      readonly type: 'RelayDestroyed';
      readonly tick: number;
      readonly shipId: number;
      readonly left: number;
      readonly position: Vec3Tuple;
    }
  /** Chapter 2 is over: every relay down, or the party's timer ran out. */
  | { readonly type: 'PartyEnded'; readonly tick: number; readonly by: 'relays' | 'timer' }
  /** The party is over in the campaign: the Callister jumps for the Heart, arriving on `arriveTick`. */
  | { readonly type: 'HeartJump'; readonly tick: number; readonly arriveTick: number }
  /** Chapter 3: the Callister crossed into Bob's chamber; his copy beam wakes. */
  | { readonly type: 'BobAwake'; readonly tick: number }
  /** Chapter 3: a pylon feeding Bob's shield went down; `left` still stand. */
  | {
      readonly type: 'PylonDestroyed';
      readonly tick: number;
      readonly shipId: number;
      readonly left: number;
      readonly position: Vec3Tuple;
    }
  /** Bob's copy beam found the Callister ('acquired') or lost it ('lost'). */
  | { readonly type: 'BeamLock'; readonly tick: number; readonly phase: 'acquired' | 'lost' }
  /**
   * The cutlass swung. `hit`: what the blade met — Bob (a strike), a structure, Bob's
   * shield (deflected while pylons stand), or nothing.
   */
  | {
      readonly type: 'CutlassSwung';
      readonly tick: number;
      readonly hit: 'bob' | 'structure' | 'deflected' | 'none';
      readonly position: Vec3Tuple;
    }
  /** A cutlass strike landed on Bob; at 0 he is gone. */
  | { readonly type: 'BobStruck'; readonly tick: number; readonly strikesLeft: number }
  /** Bob is dead and Infinity starts deleting itself: `countdownTicks` to reach the uplink. */
  | { readonly type: 'DeletionStarted'; readonly tick: number; readonly countdownTicks: number }
  /** The Callister entered or left the uplink's zone. */
  | { readonly type: 'UplinkContact'; readonly tick: number; readonly inside: boolean }
  /** Chapter 3 is over, one way or another. */
  | { readonly type: 'HeartEnded'; readonly tick: number; readonly ending: HeartEnding }
  /** The speedrun timer started (the category's start tick). */
  | { readonly type: 'TimerStarted'; readonly tick: number }
  /** A split: `igtTicks` is the in-game time at it; `final` stops the timer. */
  | {
      readonly type: 'Split';
      readonly tick: number;
      readonly id: string;
      readonly label: string;
      readonly igtTicks: number;
      readonly final: boolean;
    };

export type SimEventType = SimEvent['type'];
