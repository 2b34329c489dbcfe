import type { EnemyShip } from '../../sim';
import { hash01 } from './piracy-view';

/** A ship whose shields were knocked out: drifting, engines dead, open to the siphon. */
export function isDisabledShip(enemy: EnemyShip, tick: number): boolean {
  return enemy.ai.state === 'disabled' && tick < enemy.ai.disabledUntilTick;
}

/** Ticks the power-failure flash lasts after the shields go. */
const BLACKOUT_TICKS = 24;
/** In the last this-many ticks the ship tries to reboot: its strips stutter back on. */
const REBOOT_TICKS = 100;

/**
 * Brightness of a ship's neon glow strips (1 = normal). A disabled ship's strips
 * blow out bright, die, then gutter: mostly dark with ragged surges as the circuits
 * short, stuttering back toward full as it reboots. Keyed to the sim tick, so it
 * holds still while the game is paused and is the same on every machine.
 */
export function glowLevel(enemy: EnemyShip, tick: number): number {
  if (!isDisabledShip(enemy, tick)) return 1;
  const ai = enemy.ai;
  const since = tick - ai.stateSinceTick;
  if (since < BLACKOUT_TICKS) {
    // The overload: a white-hot blink, then the lights drain away.
    if (since < 3) return 2.2;
    return 0.04 + 0.9 * (1 - since / BLACKOUT_TICKS) ** 2;
  }
  const h = hash01(enemy.id, Math.floor(tick / 3));
  // Linear light: a few percent already reads as a dull glow once encoded for the screen.
  let level = 0.02 + 0.05 * h;
  if (h > 0.88) level = 0.55 + (h - 0.88) * 6;
  const left = ai.disabledUntilTick - tick;
  if (left < REBOOT_TICKS) {
    // Rebooting: the strips catch more often, and brighter, as the moment nears.
    const progress = 1 - left / REBOOT_TICKS;
    if (hash01(enemy.id + 7919, Math.floor(tick / 4)) < progress) level = 0.5 + 0.5 * progress;
  }
  return level;
}

/** Whether a disabled ship's circuits are surging this tick (sparks and sputters go with it). */
export function isSurging(enemy: EnemyShip, tick: number): boolean {
  return hash01(enemy.id, Math.floor(tick / 3)) > 0.88;
}
