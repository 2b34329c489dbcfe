import { TORPEDOES, type SimEvent } from '../../sim';

/** Words the combat HUD shows, derived from sim state and events. Pure: tested in Node. */

export type LockTone = 'idle' | 'acquiring' | 'locked' | 'empty';

export interface LockStatus {
  text: string;
  tone: LockTone;
}

/** What the lock line says, from the target and torpedo state (written into `out`). */
export function lockStatus(
  hasTarget: boolean,
  torpedoes: number,
  lockProgressTicks: number,
  locked: boolean,
  out: LockStatus,
): LockStatus {
  out.tone = 'idle';
  if (torpedoes <= 0) {
    out.text = 'TUBES EMPTY';
    out.tone = 'empty';
  } else if (!hasTarget) {
    out.text = 'NO TARGET';
  } else if (locked) {
    out.text = 'TORPEDO LOCK';
    out.tone = 'locked';
  } else if (lockProgressTicks > 0) {
    out.text = `LOCKING ${Math.floor((lockProgressTicks / TORPEDOES.lockTicks) * 100)}%`;
    out.tone = 'acquiring';
  } else {
    out.text = 'NOSE ON TARGET';
  }
  return out;
}

export interface CommsLine {
  tick: number;
  from: string;
  text: string;
  /** 'player' lines come from Infinity's players; 'system' lines are the crew's own log. */
  kind: 'player' | 'system';
}

/** The line a sim event puts on the feed, or null. */
export function commsLine(event: SimEvent): CommsLine | null {
  switch (event.type) {
    case 'Comms':
      return { tick: event.tick, from: event.from, text: event.text, kind: 'player' };
    case 'ShipDestroyed':
      return {
        tick: event.tick,
        from: event.tag,
        text: 'destroyed',
        kind: 'system',
      };
    case 'ArenaCleared':
      return {
        tick: event.tick,
        from: 'ARENA',
        text: 'cleared — all hostiles down',
        kind: 'system',
      };
    default:
      return null;
  }
}
