import { codeName } from '../../input/bindings';
import { DOCKING, OBJECTIVE, RAID, TICK_RATE, WANTED } from '../../sim';
import type { ActiveEffects, ChapterName, ObjectiveStage } from '../../sim';
import type { AbilityId } from '../../sim/content/crew';
import { formatCredits, formatDistance } from '../combat/hud-geometry';

/**
 * Words and numbers the chapter 1 HUD shows, derived from sim state and events.
 * Pure (no DOM, no runtime): tested in Node. Functions that run every frame write
 * into a caller-owned object instead of returning a new one.
 */

/** Whole seconds left on a tick countdown, rounded up: "12s" (never "0s" while running). */
export function formatSeconds(ticks: number): string {
  return `${Math.max(0, Math.ceil(ticks / TICK_RATE))}s`;
}

/** Whole wanted stars shown for a fractional level (0–5). */
export function wantedStarCount(level: number): number {
  return Math.max(0, Math.min(WANTED.max, Math.floor(level)));
}

/** "★★★☆☆": filled stars for the whole wanted level, hollow for the rest. */
export function wantedStars(level: number): string {
  const filled = wantedStarCount(level);
  return '★'.repeat(filled) + '☆'.repeat(WANTED.max - filled);
}

/** "¤ 1,240 / 3,000". */
export function creditsOfTarget(credits: number, target: number = OBJECTIVE.targetCredits): string {
  return `${formatCredits(Math.min(credits, target))} / ${Math.round(target).toLocaleString('en-US')}`;
}

export interface ObjectiveText {
  visible: boolean;
  label: string;
  value: string;
  /** 0..1 for the progress bar, or -1 for none. */
  progress: number;
}

/**
 * The objective line: steal the target, then fly to Walton's planet (distance to where
 * the tractor beam reaches him); nothing while his scene plays or after it.
 */
export function objectiveText(
  stage: ObjectiveStage,
  credits: number,
  waltonDistanceM: number,
  out: ObjectiveText,
): ObjectiveText {
  out.visible = true;
  out.progress = -1;
  switch (stage) {
    case 'raid':
      out.label = 'STEAL CREDITS';
      out.value = creditsOfTarget(credits);
      out.progress = Math.max(0, Math.min(1, credits / OBJECTIVE.targetCredits));
      break;
    case 'reach-walton':
      out.label = "FLY TO WALTON'S PLANET";
      out.value = formatDistance(waltonDistanceM);
      break;
    default:
      out.visible = false;
      out.label = '';
      out.value = '';
  }
  return out;
}

/** How far the Callister still has to fly before Walton is in tractor range, metres. */
export function waltonRemainingM(centreDistanceM: number, planetRadiusM: number): number {
  return Math.max(0, centreDistanceM - planetRadiusM - OBJECTIVE.waltonRangeM);
}

export type CrewTone = 'ready' | 'cooling' | 'active' | 'dead';

/** Ticks the ability's effect still runs (0 for instant abilities or when it has ended). */
export function activeTicksLeft(ability: AbilityId, effects: ActiveEffects, tick: number): number {
  switch (ability) {
    case 'rally':
      return Math.max(0, effects.rallyUntilTick - tick);
    case 'overcharge':
      return Math.max(0, effects.overchargeUntilTick - tick);
    case 'sweep':
      return Math.max(0, effects.sweepUntilTick - tick);
    case 'evasive':
      return Math.max(0, effects.invulnerableUntilTick - tick);
    case 'reload':
      return 0;
  }
}

const CREW_DEAD = -1;
const CREW_ACTIVE = 100_000;

/**
 * A crew tile's status as one number that changes exactly when its words do (so a
 * steady frame builds no strings): dead, the running effect's seconds, the cooldown's
 * seconds, or 0 for ready.
 */
export function crewStatusKey(alive: boolean, cooldownTicks: number, activeTicks: number): number {
  if (!alive) return CREW_DEAD;
  if (activeTicks > 0) return CREW_ACTIVE + Math.ceil(activeTicks / TICK_RATE);
  return Math.max(0, Math.ceil(cooldownTicks / TICK_RATE));
}

export function crewTone(key: number): CrewTone {
  if (key === CREW_DEAD) return 'dead';
  if (key >= CREW_ACTIVE) return 'active';
  return key > 0 ? 'cooling' : 'ready';
}

/** The status words for a key: "KIA", "ACTIVE 6s", "12s", "READY". */
export function crewStatusText(key: number): string {
  switch (crewTone(key)) {
    case 'dead':
      return 'KIA';
    case 'active':
      return `ACTIVE ${key - CREW_ACTIVE}s`;
    case 'cooling':
      return `${key}s`;
    case 'ready':
      return 'READY';
  }
}

/** The status for a narrow tile: the running effect shows only its seconds (the tile glows). */
export function crewStatusShort(key: number): string {
  return crewTone(key) === 'active' ? `${key - CREW_ACTIVE}s` : crewStatusText(key);
}

/** Recharge for the cooldown gauge: 0 just used .. 1 ready (0 for the dead). */
export function crewCharge(
  alive: boolean,
  cooldownTicks: number,
  cooldownMaxTicks: number,
): number {
  if (!alive) return 0;
  if (cooldownTicks <= 0 || cooldownMaxTicks <= 0) return 1;
  return Math.max(0, Math.min(1, 1 - cooldownTicks / cooldownMaxTicks));
}

/** What the raid tag over a ship says, encoded as one number: unchanged frames build no strings. */
const TAG_NONE = 0;
const TAG_DISABLED = 1;
const TAG_DISABLED_ROBBED = 2;
const TAG_CREDITS = 3;
const TAG_ROBBED = 4;

/**
 * The raid tag for a ship as a key: 0 for none. Disabled ships always get one (seconds
 * left and what they carry); while Kabir's sweep runs every ship shows its credits.
 */
export function raidTagKey(
  disabledSecondsLeft: number,
  credits: number,
  robbed: boolean,
  sweeping: boolean,
): number {
  const whole = Math.max(0, Math.round(credits));
  if (disabledSecondsLeft > 0) {
    const seconds = Math.min(99, Math.ceil(disabledSecondsLeft));
    const kind = whole <= 0 && robbed ? TAG_DISABLED_ROBBED : TAG_DISABLED;
    return whole * 1000 + seconds * 10 + kind;
  }
  if (!sweeping) return TAG_NONE;
  return whole <= 0 && robbed ? TAG_ROBBED : whole * 1000 + TAG_CREDITS;
}

/** The words for a raid tag key: "DISABLED 6s ¤ 420", "¤ 420", "ROBBED". */
export function raidTagText(key: number): string {
  const kind = key % 10;
  const seconds = Math.floor(key / 10) % 100;
  const credits = Math.floor(key / 1000);
  switch (kind) {
    case TAG_DISABLED:
      return `DISABLED ${seconds}s ${formatCredits(credits)}`;
    case TAG_DISABLED_ROBBED:
      return `DISABLED ${seconds}s · ROBBED`;
    case TAG_CREDITS:
      return formatCredits(credits);
    case TAG_ROBBED:
      return 'ROBBED';
    default:
      return '';
  }
}

/** Whole seconds a disabled ship has left (0 when it is not disabled). */
export function disabledSeconds(state: string, disabledUntilTick: number, tick: number): number {
  if (state !== 'disabled' || tick >= disabledUntilTick) return 0;
  return Math.ceil((disabledUntilTick - tick) / TICK_RATE);
}

/** The badge over a disabled target: "DISABLED 6s". */
export function disabledText(seconds: number): string {
  return `DISABLED ${seconds}s`;
}

/** True for tags about a disabled ship (drawn hot), false for sweep credit marks. */
export function isDisabledTag(key: number): boolean {
  const kind = key % 10;
  return kind === TAG_DISABLED || kind === TAG_DISABLED_ROBBED;
}

export type SiphonInterruptReason =
  'released' | 'out-of-range' | 'target-recovered' | 'target-lost';

const INTERRUPT_WORDS: Record<SiphonInterruptReason, string> = {
  released: 'released',
  'out-of-range': 'out of range',
  'target-recovered': 'target rebooted',
  'target-lost': 'target lost',
};

const RANGE = formatDistance(RAID.siphonRangeM);

export type RaidPromptTone = 'none' | 'prompt' | 'far' | 'siphon' | 'interrupted';

export interface RaidPromptInput {
  /** The locked target is disabled and still carries credits. */
  targetRaidable: boolean;
  targetCredits: number;
  targetDistanceM: number;
  /** Siphon progress on the current target, ticks (0 when not siphoning). */
  siphonTicks: number;
  /** The last interruption, while it is still shown; null otherwise. */
  interrupted: SiphonInterruptReason | null;
  /** The siphon key as the player bound it ("G"). */
  siphonKey: string;
}

/** Siphon progress as a whole percentage (floor, so 100 % only when it is done). */
export function siphonPercent(siphonTicks: number): number {
  return Math.max(0, Math.min(100, Math.floor((siphonTicks / RAID.siphonTicks) * 100)));
}

/**
 * Which raid prompt shows under the gunsight: siphoning beats a fresh interruption,
 * which beats the invitation to siphon (or to close in first).
 */
export function raidPromptTone(input: RaidPromptInput): RaidPromptTone {
  if (input.siphonTicks > 0) return 'siphon';
  if (input.interrupted) return 'interrupted';
  if (!input.targetRaidable) return 'none';
  return input.targetDistanceM <= RAID.siphonRangeM ? 'prompt' : 'far';
}

/** The prompt's words for its tone. */
export function raidPromptText(input: RaidPromptInput): string {
  switch (raidPromptTone(input)) {
    case 'siphon':
      return `SIPHONING ${siphonPercent(input.siphonTicks)}%`;
    case 'interrupted':
      return `SIPHON INTERRUPTED — ${INTERRUPT_WORDS[input.interrupted ?? 'released']}`;
    case 'prompt':
      return `HOLD ${input.siphonKey} — SIPHON ${formatCredits(input.targetCredits)}`;
    case 'far':
      return `CLOSE IN TO SIPHON — ${formatDistance(input.targetDistanceM)} / ${RANGE}`;
    case 'none':
      return '';
  }
}

/** Interruption reasons in a fixed order, for keys. */
export const INTERRUPT_REASONS: readonly SiphonInterruptReason[] = [
  'released',
  'out-of-range',
  'target-recovered',
  'target-lost',
];

/**
 * A number that changes exactly when the prompt's words do (for Painter.textOf): the
 * tone, and the percentage, reason, credits or whole metres in the words.
 */
export function raidPromptKey(input: RaidPromptInput): number {
  switch (raidPromptTone(input)) {
    case 'siphon':
      return 1_000_000_000 + siphonPercent(input.siphonTicks);
    case 'interrupted':
      return 2_000_000_000 + INTERRUPT_REASONS.indexOf(input.interrupted ?? 'released');
    case 'prompt':
      return 3_000_000_000 + Math.round(input.targetCredits);
    case 'far':
      return 4_000_000_000 + Math.round(input.targetDistanceM);
    case 'none':
      return 0;
  }
}

/** The toast for credits coming aboard. */
export function stolenToast(amount: number, tag: string): { title: string; detail: string } {
  return { title: `+${formatCredits(amount)}`, detail: `${tag} added to the grudge list` };
}

export function collectedToast(amount: number): { title: string; detail: string } {
  return { title: `+${formatCredits(amount)}`, detail: 'spilled credits scooped up' };
}

/**
 * The station marker's docking hint as a key (so steady frames build no strings):
 * -1 out of range, otherwise the speed to shed in whole m/s (0 once slow enough).
 */
export function dockingHintKey(hullDistanceM: number, speedMps: number): number {
  if (hullDistanceM > DOCKING.rangeM) return -1;
  return speedMps > DOCKING.maxSpeedMps ? Math.max(1, Math.round(speedMps)) : 0;
}

/** "dock: slow below 30 m/s within 320 m", or what is still missing once in range. */
export function dockingHintText(key: number): string {
  if (key < 0) return `dock: slow below ${DOCKING.maxSpeedMps} m/s within ${DOCKING.rangeM} m`;
  if (key === 0) return 'docking…';
  return `in range — slow below ${DOCKING.maxSpeedMps} m/s to dock (now ${key})`;
}

/** Speakers of Walton's scene: their lines play as subtitles. */
export const SCENE_SPEAKERS = ['Nanette', 'Kabir', 'Walton', 'Nate'] as const;
export type SceneSpeaker = (typeof SCENE_SPEAKERS)[number];

export function isSceneSpeaker(from: string): from is SceneSpeaker {
  return (SCENE_SPEAKERS as readonly string[]).includes(from);
}

const TARGET = OBJECTIVE.targetCredits.toLocaleString('en-US');

export interface ChapterCard {
  kicker: string;
  title: string;
  brief: string;
}

/** The card that opens a run, per chapter (null where there is none yet). */
export function chapterCard(chapter: ChapterName): ChapterCard | null {
  switch (chapter) {
    case 'piracy':
      return {
        kicker: 'USS CALLISTER · INTO INFINITY',
        title: 'CHAPTER 1 — PIRACY',
        brief: `Raid players' ships for ${TARGET} credits, then find James Walton.`,
      };
    case 'arena':
      return {
        kicker: 'PRACTICE',
        title: 'COMBAT ARENA',
        brief: 'Five Infinity players want the bounty. Clear them all.',
      };
    default:
      return null;
  }
}

/**
 * The key to show for an action: the first keyboard binding (mouse, then gamepad, when
 * there is none), by its short name; a dash when nothing is bound.
 */
export function keyLabel(codes: readonly string[]): string {
  const code =
    codes.find((c) => !c.startsWith('Pad') && !c.startsWith('Mouse')) ??
    codes.find((c) => !c.startsWith('Pad')) ??
    codes[0];
  return code === undefined ? '—' : codeName(code);
}
