import { CREW } from '../content/crew';
import { UPGRADES } from '../content/upgrades';
import { AXIS_MAX, Button, EMPTY_INPUT, type InputFrame } from '../input-frame';
import { decodeBase64, encodeBase64 } from './base64';

/**
 * The per-tick InputFrame stream of a replay, compact.
 *
 * Identical consecutive frames collapse into runs. Each run is written as bytes:
 *
 *   mask      1 byte: which fields differ from the previous run's frame (the first run
 *             compares with EMPTY_INPUT). Bit 0 throttle, 1 pitch, 2 yaw, 3 roll,
 *             4 strafe, 5 buttons, 6 ability, 7 purchase.
 *   length    unsigned LEB128 varint: ticks in the run minus one.
 *   fields    for each set mask bit, in bit order: an axis as one signed byte
 *             (two's complement), buttons as a varint, ability and purchase as one byte.
 *
 * and the bytes travel as base64 text. Held input costs 2 bytes per run however long it
 * is held; a tick where only the mouse moved costs 4.
 *
 * Decoding validates the whole stream once (ranges, truncation, length) and reports
 * problems as messages; the InputCursor then replays the validated bytes into one
 * reusable frame with no per-tick allocation.
 */

/** The longest stream a replay may hold: four hours of play. */
export const MAX_REPLAY_TICKS = 4 * 60 * 60 * 60;
/** Every button the sim knows, as one mask. */
export const ALL_BUTTONS = Object.values(Button).reduce((all, bit) => all | bit, 0);
/** Highest crew ability slot (1-based; 0 = none). */
export const ABILITY_MAX = CREW.length;
/** Highest fence purchase slot (1-based; 0 = none). */
export const PURCHASE_MAX = UPGRADES.length;

const FIELD_COUNT = 8;
const BUTTONS_FIELD = 5;
const ABILITY_FIELD = 6;
const PURCHASE_FIELD = 7;
const FIELD_NAMES = [
  'throttle',
  'pitch',
  'yaw',
  'roll',
  'strafe',
  'buttons',
  'ability',
  'purchase',
] as const;
/** Varints are at most 5 bytes (35 bits): far above any tick count or button mask. */
const MAX_VARINT_BYTES = 5;

/** An InputFrame whose fields the cursor rewrites in place. */
type MutableInputFrame = { -readonly [K in keyof InputFrame]: InputFrame[K] };

function fieldMax(field: number): number {
  if (field < BUTTONS_FIELD) return AXIS_MAX;
  if (field === BUTTONS_FIELD) return ALL_BUTTONS;
  if (field === ABILITY_FIELD) return ABILITY_MAX;
  if (field === PURCHASE_FIELD) return PURCHASE_MAX;
  return 0;
}

function fieldMin(field: number): number {
  return field < BUTTONS_FIELD ? -AXIS_MAX : 0;
}

function frameField(frame: InputFrame, field: number): number {
  switch (field) {
    case 0:
      return frame.throttle;
    case 1:
      return frame.pitch;
    case 2:
      return frame.yaw;
    case 3:
      return frame.roll;
    case 4:
      return frame.strafe;
    case 5:
      return frame.buttons;
    case 6:
      return frame.ability;
    default:
      return frame.purchase;
  }
}

function setFrameField(frame: MutableInputFrame, field: number, value: number): void {
  switch (field) {
    case 0:
      frame.throttle = value;
      break;
    case 1:
      frame.pitch = value;
      break;
    case 2:
      frame.yaw = value;
      break;
    case 3:
      frame.roll = value;
      break;
    case 4:
      frame.strafe = value;
      break;
    case 5:
      frame.buttons = value;
      break;
    case 6:
      frame.ability = value;
      break;
    default:
      frame.purchase = value;
  }
}

/** A readable reason why a frame cannot be recorded, or null when it is valid. */
export function inputFrameProblem(frame: InputFrame): string | null {
  for (let field = 0; field < FIELD_COUNT; field++) {
    const value = frameField(frame, field);
    const min = fieldMin(field);
    const max = fieldMax(field);
    if (!Number.isInteger(value) || value < min || value > max) {
      return `InputFrame.${FIELD_NAMES[field]} must be an integer in ${min}..${max}, got ${String(value)}`;
    }
    if (field === BUTTONS_FIELD && (value & ~ALL_BUTTONS) !== 0) {
      return `InputFrame.buttons has unknown bits set: ${value}`;
    }
  }
  return null;
}

/**
 * Builds the encoded stream one tick at a time (what the recorder uses). Memory grows
 * only when a run ends, by a few bytes; the buffer doubles when full.
 */
export class InputStreamEncoder {
  private bytes = new Uint8Array(4096);
  private length = 0;
  /** The frame of the run being counted, and how many ticks it has lasted. */
  private readonly current: MutableInputFrame = { ...EMPTY_INPUT };
  private runTicks = 0;
  /** The frame of the last run written, which the next run's mask compares against. */
  private readonly written: MutableInputFrame = { ...EMPTY_INPUT };
  private total = 0;

  /** Ticks pushed so far. */
  get ticks(): number {
    return this.total;
  }

  /** Appends one tick's input. Throws a RangeError for a frame outside the InputFrame ranges. */
  push(frame: InputFrame): void {
    if (this.runTicks > 0 && sameFrame(frame, this.current)) {
      this.runTicks++;
      this.total++;
      return;
    }
    const problem = inputFrameProblem(frame);
    if (problem) throw new RangeError(problem);
    if (this.runTicks > 0) this.writeRun();
    for (let field = 0; field < FIELD_COUNT; field++) {
      setFrameField(this.current, field, frameField(frame, field));
    }
    this.runTicks = 1;
    this.total++;
  }

  /** The stream so far as base64 text. The encoder can keep recording afterwards. */
  encode(): string {
    if (this.runTicks === 0) return '';
    const savedLength = this.length;
    const saved = { ...this.written };
    this.writeRun();
    const text = encodeBase64(this.bytes, this.length);
    this.length = savedLength;
    for (let field = 0; field < FIELD_COUNT; field++) {
      setFrameField(this.written, field, frameField(saved, field));
    }
    return text;
  }

  private writeRun(): void {
    this.reserve(2 + MAX_VARINT_BYTES * 2 + FIELD_COUNT);
    let mask = 0;
    for (let field = 0; field < FIELD_COUNT; field++) {
      if (frameField(this.current, field) !== frameField(this.written, field)) mask |= 1 << field;
    }
    this.bytes[this.length++] = mask;
    this.writeVarint(this.runTicks - 1);
    for (let field = 0; field < FIELD_COUNT; field++) {
      if ((mask & (1 << field)) === 0) continue;
      const value = frameField(this.current, field);
      if (field === BUTTONS_FIELD) this.writeVarint(value);
      else this.bytes[this.length++] = value & 0xff;
      setFrameField(this.written, field, value);
    }
  }

  private writeVarint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

function sameFrame(a: InputFrame, b: InputFrame): boolean {
  return (
    a.throttle === b.throttle &&
    a.pitch === b.pitch &&
    a.yaw === b.yaw &&
    a.roll === b.roll &&
    a.strafe === b.strafe &&
    a.buttons === b.buttons &&
    a.ability === b.ability &&
    a.purchase === b.purchase
  );
}

/** Encodes a whole list of frames at once (tests, tools). */
export function encodeInputFrames(frames: Iterable<InputFrame>): string {
  const encoder = new InputStreamEncoder();
  for (const frame of frames) encoder.push(frame);
  return encoder.encode();
}

/** A validated stream, ready to play: the raw run bytes and the ticks they hold. */
export interface InputStream {
  readonly bytes: Uint8Array;
  readonly ticks: number;
  readonly runs: number;
}

export type InputStreamResult =
  | { readonly ok: true; readonly stream: InputStream }
  | { readonly ok: false; readonly error: string };

/**
 * Decodes and validates an encoded stream. Every problem (bad base64, a run cut short,
 * a value out of range, more than `maxTicks` ticks) comes back as a message.
 */
export function decodeInputStream(text: string, maxTicks = MAX_REPLAY_TICKS): InputStreamResult {
  if (typeof text !== 'string') return { ok: false, error: 'the input stream is not text' };
  const decoded = decodeBase64(text);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const bytes = decoded.bytes;
  const reader = { pos: 0 };
  const readVarint = (): number => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      if (reader.pos >= bytes.length) return -1;
      const byte = bytes[reader.pos++]!;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 0x80;
    }
    return -2;
  };
  let ticks = 0;
  let runs = 0;
  while (reader.pos < bytes.length) {
    const runStart = reader.pos;
    const where = `run ${runs + 1} (byte ${runStart})`;
    const mask = bytes[reader.pos++]!;
    const length = readVarint();
    if (length === -1) return { ok: false, error: `the stream ends inside ${where}` };
    if (length === -2) return { ok: false, error: `${where} has an overlong run length` };
    ticks += length + 1;
    if (ticks > maxTicks) {
      return { ok: false, error: `the stream holds more than ${maxTicks} ticks` };
    }
    for (let field = 0; field < FIELD_COUNT; field++) {
      if ((mask & (1 << field)) === 0) continue;
      let value: number;
      if (field === BUTTONS_FIELD) {
        value = readVarint();
        if (value === -1) return { ok: false, error: `the stream ends inside ${where}` };
        if (value === -2) return { ok: false, error: `${where} has an overlong buttons value` };
      } else {
        if (reader.pos >= bytes.length) {
          return { ok: false, error: `the stream ends inside ${where}` };
        }
        const byte = bytes[reader.pos++]!;
        value = field < BUTTONS_FIELD ? (byte << 24) >> 24 : byte;
      }
      const min = fieldMin(field);
      const max = fieldMax(field);
      if (value < min || value > max || (field === BUTTONS_FIELD && (value & ~ALL_BUTTONS) !== 0)) {
        return {
          ok: false,
          error: `${where}: ${FIELD_NAMES[field]} ${value} is outside ${min}..${max}`,
        };
      }
    }
    runs++;
  }
  return { ok: true, stream: { bytes, ticks, runs } };
}

/**
 * Plays a validated stream tick by tick. `next()` returns the same frame object every
 * time, rewritten in place: read it before the next call, copy it to keep it.
 */
export class InputCursor {
  private readonly frame: MutableInputFrame = { ...EMPTY_INPUT };
  private pos = 0;
  private runLeft = 0;
  private index = 0;

  constructor(private readonly stream: InputStream) {}

  /** Ticks handed out so far. */
  get tick(): number {
    return this.index;
  }

  get total(): number {
    return this.stream.ticks;
  }

  get done(): boolean {
    return this.index >= this.stream.ticks;
  }

  /** The next tick's input, or null at the end of the stream. */
  next(): InputFrame | null {
    if (this.runLeft === 0) {
      if (this.index >= this.stream.ticks) return null;
      this.readRun();
    }
    this.runLeft--;
    this.index++;
    return this.frame;
  }

  private readRun(): void {
    const bytes = this.stream.bytes;
    const mask = bytes[this.pos++]!;
    this.runLeft = this.readVarint() + 1;
    for (let field = 0; field < FIELD_COUNT; field++) {
      if ((mask & (1 << field)) === 0) continue;
      let value: number;
      if (field === BUTTONS_FIELD) value = this.readVarint();
      else if (field < BUTTONS_FIELD) value = (bytes[this.pos++]! << 24) >> 24;
      else value = bytes[this.pos++]!;
      setFrameField(this.frame, field, value);
    }
  }

  private readVarint(): number {
    const bytes = this.stream.bytes;
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[this.pos++]!;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 0x80;
    }
  }
}

/** Every frame of a validated stream as separate objects (tests, tools; not for playback). */
export function inputFrames(stream: InputStream): InputFrame[] {
  const cursor = new InputCursor(stream);
  const frames: InputFrame[] = [];
  for (let frame = cursor.next(); frame; frame = cursor.next()) frames.push({ ...frame });
  return frames;
}
