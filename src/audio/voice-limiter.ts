/**
 * Voice budgets: each group of sounds (phasers, explosions, …) has a fixed number of
 * slots, so hundreds of ships firing at once never build hundreds of audio nodes.
 * Pure bookkeeping on plain objects; the Web Audio side lives in sfx-player.ts.
 */

export interface VoiceSlot {
  /** Context time the voice started, seconds; -Infinity when never used. */
  startTime: number;
  /** Context time the voice finishes on its own. */
  endTime: number;
  /** Loudness at start (0–1): quiet distant voices are the first to give way. */
  priority: number;
}

export function createVoiceSlots(count: number): VoiceSlot[] {
  return Array.from({ length: count }, () => ({
    startTime: -Infinity,
    endTime: -Infinity,
    priority: 0,
  }));
}

/**
 * Chooses a slot for a new voice of loudness `priority` at time `now`:
 * a free slot (never used or finished) if there is one; otherwise the oldest voice
 * that is no louder than the new one (it is stolen); otherwise -1 (drop the new one,
 * since every playing voice matters more).
 */
export function pickVoiceSlot(slots: readonly VoiceSlot[], now: number, priority: number): number {
  let oldest = -1;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.endTime <= now) return i;
    if (slot.priority <= priority && (oldest < 0 || slot.startTime < slots[oldest]!.startTime)) {
      oldest = i;
    }
  }
  return oldest;
}

/** Number of voices still sounding at `now`. */
export function activeVoices(slots: readonly VoiceSlot[], now: number): number {
  let count = 0;
  for (const slot of slots) if (slot.endTime > now) count++;
  return count;
}

/**
 * Drops repeats: true when the same sound starts within `minIntervalS` of its last
 * start, on either side (starts can be scheduled slightly ahead). Swarms firing on the
 * same tick would otherwise stack into one loud, phasey hit.
 */
export function tooSoon(lastStart: number, start: number, minIntervalS: number): boolean {
  return Math.abs(start - lastStart) < minIntervalS;
}
