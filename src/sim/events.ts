/** What happened during a tick, for the view, HUD and audio. The sim never calls them. */
export type SimEvent =
  | {
      readonly type: 'ShipImpact';
      readonly tick: number;
      readonly impactSpeedMps: number;
      readonly shieldDamage: number;
      readonly hullDamage: number;
      /** Unit vector in the ship's own frame pointing toward what was hit (for the HUD). */
      readonly directionLocal: readonly [number, number, number];
    }
  | { readonly type: 'ShieldsDepleted'; readonly tick: number }
  | { readonly type: 'ShieldsRestored'; readonly tick: number }
  | { readonly type: 'PlayerDestroyed'; readonly tick: number; readonly cause: string }
  | { readonly type: 'FlightAssistChanged'; readonly tick: number; readonly on: boolean }
  | { readonly type: 'BoostStarted'; readonly tick: number }
  | { readonly type: 'BoostEnded'; readonly tick: number; readonly outOfEnergy: boolean };

export type SimEventType = SimEvent['type'];
