/**
 * How well Infinity's players fly and shoot. Difficulty is data: the AI reads these
 * numbers and nothing else decides how deadly it is.
 */
export interface Difficulty {
  readonly id: string;
  /** Standard deviation of aim error, radians: how often shots miss a steady target. */
  readonly aimErrorRad: number;
  /** Ticks between seeing something and acting on it. */
  readonly reactionTicks: number;
  /** Only fire when the target is within this angle of the nose. */
  readonly fireConeRad: number;
  /** Multiplies weapon damage dealt to the player. */
  readonly damageScale: number;
  /** Fraction of max shields+hull lost within a second that makes a pilot break off and evade. */
  readonly evadeDamageFraction: number;
  /** Chance per attack run to pick a flanking approach instead of a head-on one. */
  readonly flankChance: number;
  /** How well they lead: 1 = perfect intercept, 0 = aim at where the target is. */
  readonly leadSkill: number;
}

export const DIFFICULTIES = {
  normal: {
    id: 'normal',
    aimErrorRad: 0.03,
    reactionTicks: 18,
    fireConeRad: 0.12,
    damageScale: 1,
    evadeDamageFraction: 0.22,
    flankChance: 0.6,
    leadSkill: 0.85,
  },
} as const satisfies Record<string, Difficulty>;

export type DifficultyId = keyof typeof DIFFICULTIES;
