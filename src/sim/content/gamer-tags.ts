import { rngInt, type SimRng } from '../rng';

// Infinity is an MMO full of people with gamer tags; the crew have none. Tags are
// assembled from parts so every seed yields a different, believable lobby.
const CORES = [
  'N0vaSlayer',
  'VoidReaper',
  'StarPwnr',
  'Kr0nos',
  'NebulaQueen',
  'QuasarKid',
  'Sp4ceCadet',
  'DarkMatter',
  'PulsarPete',
  'Xenon',
  'Comet',
  'Gr4vity',
  'Orbit',
  'Plasma',
  'Ecl1pse',
  'Vortex',
  'Zenith',
  'Hyperdrive',
  'Ph0ton',
  'Meteor',
  'Sol',
  'W4rpSpeed',
  'Astro',
  'Galaxia',
  'Rogue',
  'Blaze',
  'Frost',
  'Viper',
  'Raven',
  'Titan',
  'Nyx',
  'Echo',
  'Glitch',
  'Pixel',
  'Lag',
  'Noob',
  'ProGamer',
  'Tryhard',
  'Sweaty',
  'Chad',
  'Karen',
  'Dad',
  'Mom',
  'Gran',
  'Toaster',
  'Potato',
] as const;

const PREFIXES = ['', '', '', 'xX_', 'The', 'Lord', 'Lil', 'Big', 'Mr', 'Dr', 'i', 'oO'] as const;
const SUFFIXES = [
  '',
  '',
  '_Xx',
  '99',
  '420',
  '69',
  '_TTV',
  '2007',
  '_OG',
  'HD',
  '_YT',
  '1337',
  '_Oo',
  'x',
] as const;

function pick<T>(rng: SimRng, list: readonly T[]): T {
  return list[rngInt(rng, 0, list.length - 1)]!;
}

/** A gamer tag like `xX_N0vaSlayer_Xx`. Brackets are kept balanced for the xX/Xx style. */
export function generateGamerTag(rng: SimRng): string {
  const core = pick(rng, CORES);
  const prefix = pick(rng, PREFIXES);
  let suffix: string = pick(rng, SUFFIXES);
  if (prefix === 'xX_') suffix = '_Xx';
  else if (prefix === 'oO') suffix = 'Oo';
  else if (suffix === '_Xx' || suffix === '_Oo') suffix = '';
  return `${prefix}${core}${suffix}`;
}
