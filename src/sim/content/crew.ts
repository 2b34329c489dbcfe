/**
 * The Callister's crew: fully conscious digital clones with no gamer tags and no
 * respawn. Each crews a station and gives one ability; a dead crew member's ability
 * goes dark for the rest of the run.
 */
export type CrewName = 'Nanette' | 'Nate' | 'Elena' | 'Kabir' | 'Karl';
export type AbilityId = 'rally' | 'evasive' | 'overcharge' | 'sweep' | 'reload';

export interface CrewDefinition {
  readonly name: CrewName;
  readonly role: string;
  readonly ability: AbilityId;
  readonly abilityLabel: string;
  readonly cooldownTicks: number;
  /** Which way a hit must come from to strike this station (ship frame, unit vector). */
  readonly stationDirection: readonly [number, number, number];
}

/** In slot order: keys 1–5. */
export const CREW: readonly CrewDefinition[] = [
  {
    name: 'Nanette',
    role: 'Captain',
    ability: 'rally',
    abilityLabel: 'Rally',
    cooldownTicks: 40 * 60,
    stationDirection: [0, 1, 0],
  },
  {
    name: 'Nate',
    role: 'Helm',
    ability: 'evasive',
    abilityLabel: 'Evasive manoeuvre',
    cooldownTicks: 12 * 60,
    stationDirection: [0, 0, -1],
  },
  {
    name: 'Elena',
    role: 'Engineering',
    ability: 'overcharge',
    abilityLabel: 'Shield overcharge',
    cooldownTicks: 45 * 60,
    stationDirection: [0, 0, 1],
  },
  {
    name: 'Kabir',
    role: 'Sensors',
    ability: 'sweep',
    abilityLabel: 'Sweep',
    cooldownTicks: 30 * 60,
    stationDirection: [-1, 0, 0],
  },
  {
    name: 'Karl',
    role: 'Weapons',
    ability: 'reload',
    abilityLabel: 'Torpedo reload',
    cooldownTicks: 60 * 60,
    stationDirection: [1, 0, 0],
  },
];

export const CREW_RULES = {
  healthMax: 100,
  /** A single hull hit at least this big wounds whoever crews the struck station. */
  heavyHitHull: 6,
  /** Crew health lost per point of hull damage in a heavy hit. */
  woundPerHull: 3,
  rally: { durationTicks: 8 * 60, damageScale: 1.5, fireIntervalScale: 0.7 },
  evasive: { impulseMps: 150, invulnerableTicks: 24 },
  overcharge: { durationTicks: 10 * 60, overshield: 50 },
  sweep: { durationTicks: 12 * 60 },
  reload: { torpedoes: 3 },
} as const;
