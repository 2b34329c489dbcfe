import { describe, expect, it } from 'vitest';
import { commsLine, lockStatus, type LockStatus } from '../../src/hud/combat/combat-text';
import { TORPEDOES } from '../../src/sim';

const status = (): LockStatus => ({ text: '', tone: 'idle' });

describe('torpedo lock line', () => {
  it('walks from no target through locking to locked', () => {
    expect(lockStatus(false, 8, 0, false, status())).toEqual({ text: 'NO TARGET', tone: 'idle' });
    expect(lockStatus(true, 8, 0, false, status()).tone).toBe('idle');
    const half = lockStatus(true, 8, TORPEDOES.lockTicks / 2, false, status());
    expect(half).toEqual({ text: 'LOCKING 50%', tone: 'acquiring' });
    expect(lockStatus(true, 8, TORPEDOES.lockTicks, true, status())).toEqual({
      text: 'TORPEDO LOCK',
      tone: 'locked',
    });
  });

  it('says the tubes are empty whatever the target', () => {
    expect(lockStatus(true, 0, 30, true, status()).tone).toBe('empty');
    expect(lockStatus(false, 0, 0, false, status()).text).toBe('TUBES EMPTY');
  });

  it('reuses the object it is given', () => {
    const out = status();
    expect(lockStatus(true, 3, 10, false, out)).toBe(out);
  });
});

describe('comms feed lines', () => {
  it('carries player comms with the speaker tag', () => {
    expect(commsLine({ type: 'Comms', tick: 12, from: 'Pixel', text: 'gg' })).toEqual({
      tick: 12,
      from: 'Pixel',
      text: 'gg',
      kind: 'player',
    });
  });

  it('logs kills as system lines', () => {
    const line = commsLine({
      type: 'ShipDestroyed',
      tick: 40,
      shipId: 7,
      shipClass: 'dart',
      tag: 'xX_N0vaSlayer_Xx',
      position: [0, 0, 0],
      killerId: 0,
    });
    expect(line).toMatchObject({ from: 'xX_N0vaSlayer_Xx', text: 'destroyed', kind: 'system' });
  });

  it('ignores events that are not for the feed', () => {
    expect(commsLine({ type: 'PhasersOverheated', tick: 1 })).toBeNull();
  });
});
