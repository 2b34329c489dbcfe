/**
 * What the player hears for each simulation event: a pure decision (which sound, where,
 * how loud, how fast) with no Web Audio in it, so it is unit-tested in Node.
 */
import type { ShipClass, SimEvent } from '../sim';
import { WAVES } from '../sim/content/party';
import type { SoundId } from './sound-bank';

/** The Callister's ship id in events. */
export const PLAYER_ID = 0;

/** One sound to start, written into a reused object (events can come in the hundreds). */
export interface SoundCue {
  sound: SoundId;
  variant: number;
  /** false: played centred on the listener (the player's own ship, cockpit sounds). */
  positional: boolean;
  x: number;
  y: number;
  z: number;
  /** Stereo position of a non-positional cue, -1…1 (e.g. which side a hit came from). */
  pan: number;
  /** Gain before distance attenuation, 0–1.5. */
  gain: number;
  /** Playback-rate multiplier before random jitter (1 = as rendered). */
  rate: number;
}

export function createCue(): SoundCue {
  return {
    sound: 'uiMove',
    variant: 0,
    positional: false,
    x: 0,
    y: 0,
    z: 0,
    pan: 0,
    gain: 1,
    rate: 1,
  };
}

const EXPLOSION_BY_CLASS: Readonly<Record<ShipClass, SoundId>> = {
  dart: 'explosionSmall',
  brawler: 'explosionMedium',
  hunter: 'explosionMedium',
  hauler: 'explosionLarge',
  relay: 'explosionLarge',
  turret: 'explosionMedium',
  pylon: 'explosionLarge',
};

/** Bigger hulls boom lower. */
const EXPLOSION_RATE_BY_CLASS: Readonly<Record<ShipClass, number>> = {
  dart: 1.1,
  brawler: 1,
  hunter: 0.92,
  hauler: 1,
  turret: 1.05,
  pylon: 0.8,
  relay: 0.7,
};

/** A stable small number from a string (which comms chatter variant a sender gets). */
export function stringVariant(text: string, count: number): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return count > 0 ? (hash >>> 0) % count : 0;
}

/** How far a hit on our own hull is panned toward the side it came from. */
const HIT_PAN = 0.6;

/** Pan for a direction in the ship's frame (+X is right). */
export function panForDirection(direction: readonly [number, number, number] | null): number {
  if (!direction) return 0;
  const x = direction[0];
  return Number.isFinite(x) ? Math.max(-1, Math.min(1, x)) * HIT_PAN : 0;
}

/** Loudness of a hit from its damage: a graze is quieter than a torpedo strike. */
export function hitGain(damage: number): number {
  const d = Math.max(0, damage);
  return Math.min(1.2, 0.45 + d / 40);
}

function at(cue: SoundCue, position: readonly [number, number, number]): void {
  cue.positional = true;
  cue.x = position[0];
  cue.y = position[1];
  cue.z = position[2];
}

function set(cue: SoundCue, sound: SoundId, gain = 1, rate = 1, variant = 0): true {
  cue.sound = sound;
  cue.variant = variant;
  cue.positional = false;
  cue.pan = 0;
  cue.gain = gain;
  cue.rate = rate;
  return true;
}

/**
 * Fills `cue` with the one-shot for `event` and returns true, or returns false when the
 * event has no one-shot (e.g. TorpedoLock drives the lock tone instead; events this
 * version does not know about are ignored, so new sim events never break audio).
 */
export function cueForEvent(event: SimEvent, cue: SoundCue): boolean {
  switch (event.type) {
    case 'WeaponFired': {
      const own = event.shipId === PLAYER_ID;
      if (event.weapon === 'phaser') {
        // The Callister's own shots are placed too: the emitters alternate left and right.
        set(cue, own ? 'phaserPlayer' : 'phaserEnemy', own ? 1 : 0.8);
      } else {
        if (own) return set(cue, 'torpedoLaunch');
        set(cue, 'torpedoLaunch', 0.7, 1.15);
      }
      at(cue, event.position);
      return true;
    }
    case 'Hit': {
      const onHull = event.hullDamage > 0;
      const sound: SoundId = onHull ? 'hitHull' : 'hitShield';
      const gain = hitGain(event.shieldDamage + event.hullDamage);
      if (event.targetId === PLAYER_ID) {
        // On our own ship: inside the hull, heavier, from the side the shot came from.
        set(cue, sound, Math.min(1.3, gain * 1.15), onHull ? 0.85 : 0.95);
        cue.pan = panForDirection(event.directionLocal);
        return true;
      }
      set(cue, sound, event.shooterId === PLAYER_ID ? gain : gain * 0.8);
      at(cue, event.position);
      return true;
    }
    case 'ShipImpact': {
      const gain = Math.min(1.3, 0.3 + event.impactSpeedMps / 40);
      set(cue, 'hitHull', gain, event.impactSpeedMps < 10 ? 0.7 : 0.8);
      cue.pan = panForDirection(event.directionLocal);
      return true;
    }
    case 'ProjectileBurst':
      if (event.weapon === 'torpedo') set(cue, 'explosionSmall', 0.9, 1.05);
      else set(cue, 'impactSpark', 0.8);
      at(cue, event.position);
      return true;
    case 'ShipDestroyed':
      // The Callister's own end is PlayerDestroyed; never boom twice.
      if (event.shipId === PLAYER_ID) return false;
      set(
        cue,
        EXPLOSION_BY_CLASS[event.shipClass] ?? 'explosionMedium',
        event.killerId === PLAYER_ID ? 1.1 : 1,
        EXPLOSION_RATE_BY_CLASS[event.shipClass] ?? 1,
      );
      at(cue, event.position);
      return true;
    case 'PlayerDestroyed':
      return set(cue, 'explosionLarge', 1.3, 0.85);
    case 'BoostStarted':
      return set(cue, 'boostWhoosh');
    case 'BoostEnded':
      return event.outOfEnergy ? set(cue, 'powerDown') : false;
    case 'ShieldsDepleted':
      // Another ship's shields collapsing is the raid cue; it is heard where the ship is,
      // but the event carries no position, so it plays centred and softer.
      return event.shipId === PLAYER_ID
        ? set(cue, 'shieldsDownAlarm')
        : set(cue, 'shieldBreak', 0.55);
    case 'ShieldsRestored':
      return event.shipId === PLAYER_ID ? set(cue, 'shieldsUp') : false;
    case 'PhasersOverheated':
      return set(cue, 'phasersOverheated');
    case 'PhasersCooled':
      return set(cue, 'phasersReady');
    case 'TargetChanged':
      return event.targetId === null ? false : set(cue, 'targetBlip');
    case 'FlightAssistChanged':
      return set(cue, 'assistToggle', 1, 1, event.on ? 0 : 1);
    case 'Comms':
      return set(cue, 'comms', 1, 1, stringVariant(event.from, COMMS_VARIANTS));
    case 'ArenaCleared':
      return set(cue, 'objective');
    // Chapter 2, the party: each wave's alarm (the last one lower and louder), a relay's
    // fall, and the party's end.
    case 'WaveStarted':
      return event.wave >= FINAL_WAVE ? set(cue, 'waveAlarm', 1.15, 0.89) : set(cue, 'waveAlarm');
    case 'RelayDestroyed':
      return set(cue, 'relayDown', 1.2);
    case 'PartyEnded':
      return set(cue, 'partyOver', 1.1);
    // Chapter 3, the Heart.
    case 'HeartJump':
      return set(cue, 'jumpWhoosh', 1.1);
    case 'BeamLock':
      // Only the lock: its hold is the beam tone (beamToneLevel), its loss is silence.
      return event.phase === 'acquired' ? set(cue, 'beamLock', 1.1) : false;
    case 'CutlassSwung':
      // The swing itself; a blow that lands adds its own strike (BobStruck, below).
      if (event.hit === 'deflected') return set(cue, 'shieldDeflect', 1.1);
      if (event.hit === 'structure') return set(cue, 'cutlassStrike', 0.9, 1.15);
      return set(cue, 'cutlassSwing');
    case 'BobStruck':
      // The last strike rings lower.
      return set(cue, 'cutlassStrike', 1.3, event.strikesLeft === 0 ? 0.8 : 0.95);
    case 'PylonDestroyed':
      return set(cue, 'pylonDown', 1.2, 1 + event.left * 0.04);
    case 'DeletionStarted':
      return set(cue, 'deletionAlarm', 1.2);
    case 'UplinkContact':
      return event.inside ? set(cue, 'modemChirp', 1.1) : false;
    case 'HeartEnded':
      if (event.ending === 'uploaded') return set(cue, 'uploadComplete', 1.2);
      if (event.ending === 'copied') return set(cue, 'copiedGlitch', 1.2);
      return false;
    default:
      return false;
  }
}

/** The party's last wave gets the heavier alarm. */
const FINAL_WAVE = WAVES.length;

/** Must match SOUND_DEFS.comms.variants.length (checked by a unit test). */
export const COMMS_VARIANTS = 6;

/** The purge's countdown beeps: one a second for the last ten, the last three higher. */
export const COUNTDOWN_BEEP_FROM_S = 10;
export const COUNTDOWN_FINAL_S = 3;

/**
 * Which countdown beep (if any) to play as the deletion's countdown goes from
 * `previousTicks` to `ticks` (ticks left; null outside the deletion): null, or the
 * countdownBeep variant (0 regular, 1 the final seconds). One beep per whole second
 * crossed, so a slow frame never doubles it.
 */
export function countdownBeep(
  previousTicks: number | null,
  ticks: number | null,
  ticksPerSecond = 60,
): number | null {
  if (previousTicks === null || ticks === null || ticks >= previousTicks || ticks <= 0) return null;
  const before = Math.ceil(previousTicks / ticksPerSecond);
  const now = Math.ceil(ticks / ticksPerSecond);
  if (now === before || now > COUNTDOWN_BEEP_FROM_S) return null;
  return now <= COUNTDOWN_FINAL_S ? 1 : 0;
}

export type LockPhase = 'acquiring' | 'locked' | 'lost';

/** The lock tone's state after an event: null when the event does not concern it. */
export function lockPhaseForEvent(event: SimEvent): LockPhase | null {
  if (event.type === 'TorpedoLock') return event.phase;
  if (event.type === 'PlayerDestroyed') return 'lost';
  return null;
}
