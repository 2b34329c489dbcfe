/**
 * The black-market fence on the trade station. Buying is an input like any other
 * (InputFrame.purchase = the upgrade's slot), so a replay reproduces every purchase.
 */
export type UpgradeId = 'shields' | 'phasers' | 'torpedoes' | 'engines' | 'repair';

export interface UpgradeDefinition {
  readonly id: UpgradeId;
  readonly label: string;
  readonly description: string;
  /** Cost of each level in credits; repair is repeatable at its single price. */
  readonly costs: readonly number[];
  readonly repeatable: boolean;
}

/** In slot order: InputFrame.purchase = index + 1. */
export const UPGRADES: readonly UpgradeDefinition[] = [
  {
    id: 'shields',
    label: 'Shield emitters',
    description: '+25 maximum shields',
    costs: [300, 550, 900],
    repeatable: false,
  },
  {
    id: 'phasers',
    label: 'Phaser coils',
    description: '+20% phaser damage',
    costs: [250, 500, 850],
    repeatable: false,
  },
  {
    id: 'torpedoes',
    label: 'Torpedo racks',
    description: '+2 torpedo capacity, refilled',
    costs: [200, 400, 700],
    repeatable: false,
  },
  {
    id: 'engines',
    label: 'Engine tuning',
    description: '+10% speed and thrust',
    costs: [300, 600, 1000],
    repeatable: false,
  },
  {
    id: 'repair',
    label: 'Hull patch',
    description: 'Repairs 40 hull',
    costs: [150],
    repeatable: true,
  },
];

export const UPGRADE_EFFECTS = {
  shieldsPerLevel: 25,
  phaserDamagePerLevel: 0.2,
  torpedoesPerLevel: 2,
  enginesPerLevel: 0.1,
  repairHull: 40,
} as const;

/** Docking: slow to a crawl this close to the station and the fence opens. */
export const DOCKING = { rangeM: 320, maxSpeedMps: 30 } as const;
