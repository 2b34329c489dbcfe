import {
  browserGamepads,
  createPadState,
  PAD_CODES,
  pollGamepad,
  type GamepadSource,
} from './gamepad-device';

/** Menu directions from the d-pad (12–15), which auto-repeat when held. */
export const PAD_UP = 'Pad12';
export const PAD_DOWN = 'Pad13';
export const PAD_LEFT = 'Pad14';
export const PAD_RIGHT = 'Pad15';
/**
 * The left stick leaning as a d-pad, for menus only. These are not `Pad<n>` codes, so
 * they never bind to an action or reach the pause check.
 */
export const STICK_UP = 'StickUp';
export const STICK_DOWN = 'StickDown';
export const STICK_LEFT = 'StickLeft';
export const STICK_RIGHT = 'StickRight';
const DIRECTIONS = [
  PAD_UP,
  PAD_DOWN,
  PAD_LEFT,
  PAD_RIGHT,
  STICK_UP,
  STICK_DOWN,
  STICK_LEFT,
  STICK_RIGHT,
] as const;
const WATCHED: readonly string[] = [...PAD_CODES, STICK_UP, STICK_DOWN, STICK_LEFT, STICK_RIGHT];

/** How far the left stick must lean to act as a d-pad press in menus. */
const STICK_PRESS = 0.6;
const REPEAT_DELAY_MS = 380;
const REPEAT_INTERVAL_MS = 110;
/** A held direction also needs this many polls before it repeats: a single slow frame is not a hold. */
const REPEAT_MIN_POLLS = 4;

export interface PadPress {
  readonly code: string;
  /** True for auto-repeats of a held direction. */
  readonly repeat: boolean;
}

/**
 * Watches the gamepad once per animation frame, outside the sim, and reports button
 * presses as edges — for what must work when no ticks run: pausing and resuming with
 * Start, navigating menus, capturing a button in Settings.
 */
export class GamepadPoller {
  private readonly pad = createPadState();
  private readonly previous = new Set<string>();
  private readonly heldSince = new Map<string, number>();
  private readonly lastRepeat = new Map<string, number>();
  private readonly heldPolls = new Map<string, number>();

  constructor(private readonly source: GamepadSource = browserGamepads) {}

  /** Polls once and calls `onPress` for each new press (and each repeat of a held direction). */
  poll(nowMs: number, onPress: (press: PadPress) => void): void {
    pollGamepad(this.source, this.pad);
    const down = this.pad.down;
    if (this.pad.connected) {
      // The left stick doubles as a d-pad for menus.
      if (this.pad.leftY > STICK_PRESS) down.add(STICK_UP);
      else if (this.pad.leftY < -STICK_PRESS) down.add(STICK_DOWN);
      if (this.pad.leftX < -STICK_PRESS) down.add(STICK_LEFT);
      else if (this.pad.leftX > STICK_PRESS) down.add(STICK_RIGHT);
    }
    for (const code of WATCHED) {
      const isDown = down.has(code);
      const wasDown = this.previous.has(code);
      if (isDown && !wasDown) {
        this.previous.add(code);
        this.heldSince.set(code, nowMs);
        this.lastRepeat.set(code, nowMs);
        this.heldPolls.set(code, 0);
        onPress({ code, repeat: false });
      } else if (!isDown && wasDown) {
        this.previous.delete(code);
      }
    }
    for (const code of DIRECTIONS) {
      if (!down.has(code) || !this.previous.has(code)) continue;
      const polls = (this.heldPolls.get(code) ?? 0) + 1;
      this.heldPolls.set(code, polls);
      if (polls < REPEAT_MIN_POLLS) continue;
      const since = this.heldSince.get(code) ?? nowMs;
      const last = this.lastRepeat.get(code) ?? nowMs;
      if (nowMs - since >= REPEAT_DELAY_MS && nowMs - last >= REPEAT_INTERVAL_MS) {
        this.lastRepeat.set(code, nowMs);
        onPress({ code, repeat: true });
      }
    }
  }
}

type PadCaptureHandler = (code: string) => void;
let captureHandler: PadCaptureHandler | null = null;

/**
 * While Settings is waiting for "press a button…", gamepad presses go to it instead of
 * navigating the menu. Returns a function that releases the capture.
 */
export function capturePadButtons(handler: PadCaptureHandler): () => void {
  captureHandler = handler;
  return () => {
    if (captureHandler === handler) captureHandler = null;
  };
}

export function padCaptureHandler(): PadCaptureHandler | null {
  return captureHandler;
}

/** The keyboard key a gamepad button stands for in menus, or null. */
export function menuKeyFor(code: string): string | null {
  switch (code) {
    case PAD_UP:
    case STICK_UP:
      return 'ArrowUp';
    case PAD_DOWN:
    case STICK_DOWN:
      return 'ArrowDown';
    case PAD_LEFT:
    case STICK_LEFT:
      return 'ArrowLeft';
    case PAD_RIGHT:
    case STICK_RIGHT:
      return 'ArrowRight';
    case 'Pad0':
      return 'Enter';
    case 'Pad1':
      return 'Escape';
    case 'Pad2':
      return 'Delete';
    case 'Pad4':
      return 'PageUp';
    case 'Pad5':
      return 'PageDown';
    default:
      return null;
  }
}

const KEY_VALUES: Record<string, string> = {
  ArrowUp: 'ArrowUp',
  ArrowDown: 'ArrowDown',
  ArrowLeft: 'ArrowLeft',
  ArrowRight: 'ArrowRight',
  Enter: 'Enter',
  Escape: 'Escape',
  Delete: 'Delete',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
};

/**
 * Presses a key on the focused element the way a keyboard would, so every menu works
 * with the pad without knowing about it. Synthetic events do not activate buttons, so
 * Enter on a focused button clicks it, as the browser would for a real key.
 */
export function pressMenuKey(code: string): void {
  const target =
    document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
  const init = { code, key: KEY_VALUES[code] ?? code, bubbles: true, cancelable: true };
  const down = new KeyboardEvent('keydown', init);
  const handled = !target.dispatchEvent(down);
  target.dispatchEvent(new KeyboardEvent('keyup', init));
  if (!handled && code === 'Enter' && target instanceof HTMLButtonElement) target.click();
}
