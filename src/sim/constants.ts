/** The simulation advances in fixed ticks; every rule is written against this clock. */
export const TICK_RATE = 60;
export const FIXED_DT = 1 / TICK_RATE;

/** Bumped whenever a rule change would make an old replay simulate differently. */
export const SIM_VERSION = 1;
