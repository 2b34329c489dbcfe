import { describe, expect, it } from 'vitest';
import {
  COMMS_VARIANTS,
  PLAYER_ID,
  createCue,
  cueForEvent,
  hitGain,
  lockPhaseForEvent,
  panForDirection,
  stringVariant,
} from '../../src/audio/event-sounds';
import { SOUND_DEFS } from '../../src/audio/sound-bank';
import type { SimEvent } from '../../src/sim';

const P = [10, 20, 30] as const;

function cueOf(event: SimEvent) {
  const cue = createCue();
  return cueForEvent(event, cue) ? cue : null;
}

describe('event → sound', () => {
  it('gives the player’s phasers the retro pew and enemies the neon zap, both placed', () => {
    const own = cueOf({
      type: 'WeaponFired',
      tick: 1,
      shipId: PLAYER_ID,
      weapon: 'phaser',
      position: P,
    });
    expect(own).toMatchObject({ sound: 'phaserPlayer', positional: true, x: 10 });
    const enemy = cueOf({ type: 'WeaponFired', tick: 1, shipId: 7, weapon: 'phaser', position: P });
    expect(enemy).toMatchObject({ sound: 'phaserEnemy', positional: true, x: 10, y: 20, z: 30 });
  });

  it('plays torpedo launches for both sides', () => {
    const own = cueOf({ type: 'WeaponFired', tick: 1, shipId: 0, weapon: 'torpedo', position: P });
    expect(own).toMatchObject({ sound: 'torpedoLaunch', positional: false });
    const enemy = cueOf({
      type: 'WeaponFired',
      tick: 1,
      shipId: 3,
      weapon: 'torpedo',
      position: P,
    });
    expect(enemy).toMatchObject({ sound: 'torpedoLaunch', positional: true });
  });

  it('tells shield hits from hull hits, and hits on the Callister from hits on others', () => {
    const hit = (targetId: number, shieldDamage: number, hullDamage: number): SimEvent => ({
      type: 'Hit',
      tick: 1,
      targetId,
      shooterId: targetId === 0 ? 5 : 0,
      weapon: 'phaser',
      shieldDamage,
      hullDamage,
      position: P,
      directionLocal: null,
    });
    expect(cueOf(hit(0, 5, 0))).toMatchObject({ sound: 'hitShield', positional: false });
    expect(cueOf(hit(0, 2, 3))).toMatchObject({ sound: 'hitHull', positional: false });
    expect(cueOf(hit(4, 7, 0))).toMatchObject({ sound: 'hitShield', positional: true });
    expect(cueOf(hit(4, 0, 7))).toMatchObject({ sound: 'hitHull', positional: true });
  });

  it('pans hits on the Callister toward the side they came from', () => {
    const fromRight: SimEvent = {
      type: 'Hit',
      tick: 1,
      targetId: 0,
      shooterId: 5,
      weapon: 'phaser',
      shieldDamage: 3,
      hullDamage: 0,
      position: P,
      directionLocal: [1, 0, 0],
    };
    expect(cueOf(fromRight)!.pan).toBeGreaterThan(0.3);
    expect(cueOf({ ...fromRight, directionLocal: [-1, 0, 0] })!.pan).toBeLessThan(-0.3);
    expect(cueOf({ ...fromRight, directionLocal: null })!.pan).toBe(0);
    expect(panForDirection([Number.NaN, 0, 0])).toBe(0);
    // A reused cue does not keep the last pan.
    const cue = createCue();
    cueForEvent(fromRight, cue);
    cueForEvent({ type: 'BoostStarted', tick: 2 }, cue);
    expect(cue.pan).toBe(0);
  });

  it('scales hit loudness with damage, within bounds', () => {
    expect(hitGain(55)).toBeGreaterThan(hitGain(2));
    expect(hitGain(1e6)).toBeLessThanOrEqual(1.2);
    expect(hitGain(-5)).toBeGreaterThan(0);
  });

  it('sizes explosions by ship class', () => {
    const destroyed = (shipClass: 'dart' | 'brawler' | 'hunter' | 'hauler'): SimEvent => ({
      type: 'ShipDestroyed',
      tick: 1,
      shipId: 9,
      shipClass,
      tag: 'xX_N0vaSlayer_Xx',
      position: P,
      killerId: 0,
    });
    expect(cueOf(destroyed('dart'))?.sound).toBe('explosionSmall');
    expect(cueOf(destroyed('brawler'))?.sound).toBe('explosionMedium');
    expect(cueOf(destroyed('hunter'))?.sound).toBe('explosionMedium');
    expect(cueOf(destroyed('hauler'))?.sound).toBe('explosionLarge');
    expect(cueOf(destroyed('dart'))?.positional).toBe(true);
  });

  it('booms once for the Callister: PlayerDestroyed, not ShipDestroyed', () => {
    expect(
      cueOf({
        type: 'ShipDestroyed',
        tick: 1,
        shipId: 0,
        shipClass: 'brawler',
        tag: '',
        position: P,
        killerId: 3,
      }),
    ).toBeNull();
    expect(cueOf({ type: 'PlayerDestroyed', tick: 1, cause: 'hull' })).toMatchObject({
      sound: 'explosionLarge',
      positional: false,
    });
  });

  it('maps cockpit events to their cues', () => {
    expect(cueOf({ type: 'BoostStarted', tick: 1 })?.sound).toBe('boostWhoosh');
    expect(cueOf({ type: 'BoostEnded', tick: 1, outOfEnergy: true })?.sound).toBe('powerDown');
    expect(cueOf({ type: 'BoostEnded', tick: 1, outOfEnergy: false })).toBeNull();
    expect(cueOf({ type: 'ShieldsDepleted', tick: 1, shipId: 0 })?.sound).toBe('shieldsDownAlarm');
    expect(cueOf({ type: 'ShieldsDepleted', tick: 1, shipId: 4 })?.sound).toBe('shieldBreak');
    expect(cueOf({ type: 'ShieldsRestored', tick: 1, shipId: 0 })?.sound).toBe('shieldsUp');
    expect(cueOf({ type: 'ShieldsRestored', tick: 1, shipId: 4 })).toBeNull();
    expect(cueOf({ type: 'PhasersOverheated', tick: 1 })?.sound).toBe('phasersOverheated');
    expect(cueOf({ type: 'PhasersCooled', tick: 1 })?.sound).toBe('phasersReady');
    expect(cueOf({ type: 'TargetChanged', tick: 1, targetId: 3 })?.sound).toBe('targetBlip');
    expect(cueOf({ type: 'TargetChanged', tick: 1, targetId: null })).toBeNull();
    expect(cueOf({ type: 'FlightAssistChanged', tick: 1, on: true })).toMatchObject({
      sound: 'assistToggle',
      variant: 0,
    });
    expect(cueOf({ type: 'FlightAssistChanged', tick: 1, on: false })?.variant).toBe(1);
    expect(cueOf({ type: 'ArenaCleared', tick: 1 })?.sound).toBe('objective');
  });

  it('sounds the party: a wave alarm (heavier for the last), a relay falling, the end', () => {
    const wave = (n: number) => cueOf({ type: 'WaveStarted', tick: 1, wave: n, size: 60 });
    expect(wave(1)).toMatchObject({ sound: 'waveAlarm', positional: false });
    expect(wave(5)!.rate).toBeLessThan(wave(1)!.rate);
    expect(wave(5)!.gain).toBeGreaterThan(wave(1)!.gain);
    expect(
      cueOf({ type: 'RelayDestroyed', tick: 1, shipId: 4, left: 2, position: P }),
    ).toMatchObject({ sound: 'relayDown', positional: false });
    expect(cueOf({ type: 'PartyEnded', tick: 1, by: 'relays' })?.sound).toBe('partyOver');
    expect(cueOf({ type: 'PartyEnded', tick: 1, by: 'timer' })?.sound).toBe('partyOver');
    expect(cueOf({ type: 'WaveEnded', tick: 1, wave: 2 })).toBeNull();
  });

  it('plays impacts louder the faster the ship hits', () => {
    const impact = (impactSpeedMps: number): SimEvent => ({
      type: 'ShipImpact',
      tick: 1,
      impactSpeedMps,
      shieldDamage: 0,
      hullDamage: 1,
      directionLocal: [0, 0, -1],
    });
    expect(cueOf(impact(30))!.gain).toBeGreaterThan(cueOf(impact(3))!.gain);
    expect(cueOf(impact(30))!.sound).toBe('hitHull');
  });

  it('gives each comms sender a stable chatter variant', () => {
    const comms = (from: string): SimEvent => ({ type: 'Comms', tick: 1, from, text: 'hi' });
    const a = cueOf(comms('xX_N0vaSlayer_Xx'))!;
    const b = cueOf(comms('xX_N0vaSlayer_Xx'))!;
    expect(a.sound).toBe('comms');
    expect(a.variant).toBe(b.variant);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(stringVariant(`pilot${i}`, COMMS_VARIANTS));
    expect(seen.size).toBe(COMMS_VARIANTS);
    expect(COMMS_VARIANTS).toBe(SOUND_DEFS.comms.variants.length);
  });

  it('ignores events it has no sound for, including unknown ones', () => {
    expect(cueOf({ type: 'TorpedoLock', tick: 1, targetId: 2, phase: 'acquiring' })).toBeNull();
    expect(cueOf({ type: 'SomethingNew', tick: 1 } as unknown as SimEvent)).toBeNull();
  });

  it('drives the lock tone from TorpedoLock and stops it on death', () => {
    expect(
      lockPhaseForEvent({ type: 'TorpedoLock', tick: 1, targetId: 2, phase: 'acquiring' }),
    ).toBe('acquiring');
    expect(lockPhaseForEvent({ type: 'TorpedoLock', tick: 1, targetId: 2, phase: 'locked' })).toBe(
      'locked',
    );
    expect(lockPhaseForEvent({ type: 'TorpedoLock', tick: 1, targetId: 2, phase: 'lost' })).toBe(
      'lost',
    );
    expect(lockPhaseForEvent({ type: 'PlayerDestroyed', tick: 1, cause: 'hull' })).toBe('lost');
    expect(lockPhaseForEvent({ type: 'BoostStarted', tick: 1 })).toBeNull();
  });
});
