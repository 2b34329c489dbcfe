import { z } from 'zod';
import {
  ACTION_LABELS,
  ACTIONS,
  actionsOverlap,
  DEFAULT_BINDINGS,
  type Action,
  type Bindings,
} from './actions';

/**
 * How an action's codes are shown and edited: two keyboard/mouse slots (primary and
 * secondary) and one gamepad slot. Stored as one flat list per action — keyboard and
 * mouse codes first, then the gamepad button — so the sampler just asks "is any down?".
 */
export const BINDING_SLOTS = ['key', 'key', 'pad'] as const;
export type SlotKind = (typeof BINDING_SLOTS)[number];
export const KEY_SLOT_COUNT = 2;
export const PAD_SLOT_COUNT = 1;
export const SLOT_NAMES = ['Primary', 'Secondary', 'Gamepad'] as const;

/** Escape cancels a capture and always opens the pause menu, so it cannot be captured. */
export const RESERVED_CODE = 'Escape';

const PAD_CODE = /^Pad(\d{1,2})$/;

export function isPadCode(code: string): boolean {
  return PAD_CODE.test(code);
}

export function slotKind(slot: number): SlotKind {
  return BINDING_SLOTS[slot] ?? 'key';
}

/** Whether a code from some device may go into a slot of this kind. */
export function fitsSlot(code: string, slot: number): boolean {
  return isPadCode(code) === (slotKind(slot) === 'pad');
}

/** One action's codes spread over the slots; null where a slot is empty. */
export function slotCodes(codes: readonly string[]): (string | null)[] {
  const keys = codes.filter((code) => !isPadCode(code));
  const pads = codes.filter(isPadCode);
  return [keys[0] ?? null, keys[1] ?? null, pads[0] ?? null];
}

function fromSlots(slots: readonly (string | null)[]): string[] {
  const keys = slots.filter(
    (code, slot): code is string => code !== null && slotKind(slot) === 'key',
  );
  const pads = slots.filter(
    (code, slot): code is string => code !== null && slotKind(slot) === 'pad',
  );
  return [...keys, ...pads];
}

/** De-duplicates and trims a code list to the slots: at most two keys and one pad button. */
export function normalizeCodes(codes: readonly string[]): string[] {
  const unique = [...new Set(codes)];
  const keys = unique.filter((code) => !isPadCode(code)).slice(0, KEY_SLOT_COUNT);
  const pads = unique.filter(isPadCode).slice(0, PAD_SLOT_COUNT);
  return [...keys, ...pads];
}

/**
 * Puts `code` into one slot of one action, replacing what the slot held. If the action
 * already had the code in another slot it moves (an action never lists a code twice).
 * Other actions are left alone: a code on two actions is a conflict the screen shows.
 */
export function bindSlot(bindings: Bindings, action: Action, slot: number, code: string): Bindings {
  if (!fitsSlot(code, slot)) return bindings;
  const slots = slotCodes(bindings[action]).map((existing) =>
    existing === code ? null : existing,
  );
  slots[slot] = code;
  return { ...bindings, [action]: fromSlots(slots) };
}

export function clearSlot(bindings: Bindings, action: Action, slot: number): Bindings {
  const slots = slotCodes(bindings[action]);
  if (slots[slot] === null || slots[slot] === undefined) return bindings;
  slots[slot] = null;
  return { ...bindings, [action]: fromSlots(slots) };
}

export function copyBindings(source: Bindings): Bindings {
  const copy = {} as Record<Action, readonly string[]>;
  for (const action of ACTIONS) copy[action] = [...source[action]];
  return copy;
}

/**
 * Codes bound to more than one action, with the actions that share each. Actions that
 * never apply in the same chapter (siphon in chapter 1, the cutlass in chapter 3: see
 * ACTION_CHAPTERS) may share a code, so a code they alone share is not reported.
 */
export function findConflicts(bindings: Bindings): Map<string, Action[]> {
  const byCode = new Map<string, Action[]>();
  for (const action of ACTIONS) {
    for (const code of bindings[action]) {
      const list = byCode.get(code);
      if (list) list.push(action);
      else byCode.set(code, [action]);
    }
  }
  for (const [code, actions] of byCode) if (!anyOverlap(actions)) byCode.delete(code);
  return byCode;
}

/** Whether any two of these actions can apply at once (one action alone never does). */
function anyOverlap(actions: readonly Action[]): boolean {
  for (let i = 0; i < actions.length; i++) {
    for (let j = i + 1; j < actions.length; j++) {
      if (actionsOverlap(actions[i]!, actions[j]!)) return true;
    }
  }
  return false;
}

/** A binding code as stored: `KeyW`, `Digit1`, `ShiftLeft`, `Mouse0`, `Pad9`… */
export const BINDING_CODE = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z][A-Za-z0-9]*$/);

/** One action's stored list. A few spare entries are tolerated and trimmed by normalizeCodes. */
export const ACTION_CODES = z.array(BINDING_CODE).max(8);

export interface ParsedBindings {
  readonly bindings: Bindings;
  /** Actions whose stored entry was invalid and fell back to the defaults. */
  readonly reset: readonly Action[];
  /** The whole entry was not a bindings record: everything is default. */
  readonly unreadable: boolean;
}

/**
 * Validates stored bindings action by action: a bad entry falls back to that action's
 * defaults, unknown actions are ignored (a removed action), missing ones get defaults
 * (an action added since the save, e.g. the cutlass). A new action's default code that
 * the player has already given to another action is left out, so an update never
 * creates a conflict the player did not make.
 */
export function parseBindings(value: unknown): ParsedBindings {
  const bindings = copyBindings(DEFAULT_BINDINGS);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { bindings, reset: [], unreadable: true };
  }
  const stored = value as Record<string, unknown>;
  const reset: Action[] = [];
  const missing: Action[] = [];
  for (const action of ACTIONS) {
    if (!Object.hasOwn(stored, action)) {
      missing.push(action);
      continue;
    }
    const result = ACTION_CODES.safeParse(stored[action]);
    if (result.success) bindings[action] = normalizeCodes(result.data);
    else reset.push(action);
  }
  if (missing.length < ACTIONS.length) {
    for (const action of missing) {
      bindings[action] = DEFAULT_BINDINGS[action].filter(
        (code) =>
          !ACTIONS.some(
            (other) =>
              other !== action &&
              !missing.includes(other) &&
              bindings[other].includes(code) &&
              actionsOverlap(action, other),
          ),
      );
    }
  }
  return { bindings, reset, unreadable: false };
}

export function describeBindingProblem(parsed: ParsedBindings): string | null {
  if (parsed.unreadable) return 'Saved key bindings were unreadable and were reset to defaults.';
  if (parsed.reset.length === 0) return null;
  const names = parsed.reset.map((action) => ACTION_LABELS[action]).join(', ');
  return `Some saved key bindings were invalid and were reset to defaults: ${names}.`;
}

const PAD_NAMES = [
  'A',
  'B',
  'X',
  'Y',
  'LB',
  'RB',
  'LT',
  'RT',
  'Back',
  'Start',
  'L-Stick',
  'R-Stick',
  'D-pad ↑',
  'D-pad ↓',
  'D-pad ←',
  'D-pad →',
  'Home',
];

const MOUSE_NAMES = ['Mouse L', 'Mouse M', 'Mouse R', 'Mouse 4', 'Mouse 5'];

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ShiftLeft: 'L Shift',
  ShiftRight: 'R Shift',
  ControlLeft: 'L Ctrl',
  ControlRight: 'R Ctrl',
  AltLeft: 'L Alt',
  AltRight: 'R Alt',
  MetaLeft: 'L Meta',
  MetaRight: 'R Meta',
  Escape: 'Esc',
  Backquote: '`',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  CapsLock: 'Caps',
  PageUp: 'PgUp',
  PageDown: 'PgDn',
  Delete: 'Del',
  Insert: 'Ins',
  Backspace: 'Bksp',
};

/** A short, readable name for a binding code: `KeyW` → `W`, `Pad9` → `Start`. */
export function codeName(code: string): string {
  const pad = PAD_CODE.exec(code);
  if (pad) return PAD_NAMES[Number(pad[1])] ?? `Pad ${pad[1]}`;
  const mouse = /^Mouse(\d)$/.exec(code);
  if (mouse) return MOUSE_NAMES[Number(mouse[1])] ?? `Mouse ${mouse[1]}`;
  const named = KEY_NAMES[code];
  if (named) return named;
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit\d$/.test(code)) return code.slice(5);
  if (code.startsWith('Numpad')) return `Num ${code.slice(6)}`;
  return code;
}
