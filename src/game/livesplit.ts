import type { SimEvent } from '../sim';
import { TICK_RATE } from '../sim';

/** LiveSplit Server's WebSocket (Control → Start Server in LiveSplit, default port). */
export const LIVESPLIT_URL = 'ws://localhost:16834/livesplit';

/** What the bridge needs of a WebSocket (the browser's, or a fake in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: (() => void) | null;
  onclose: (() => void) | null;
  onerror: (() => void) | null;
}

export type SocketFactory = (url: string) => SocketLike;

const OPEN = 1;
/** A refused or lost connection is retried this often while the bridge is enabled. */
const RETRY_MS = 5000;
/** Game time is pushed at most this often between splits (LiveSplit's own clock is paused). */
const GAME_TIME_EVERY_TICKS = 15;

/** LiveSplit's TimeSpan format: h:mm:ss.fff. */
export function liveSplitTime(ticks: number): string {
  const totalMs = Math.round((Math.max(0, ticks) * 1000) / TICK_RATE);
  const ms = totalMs % 1000;
  const totalS = Math.floor(totalMs / 1000);
  const s = totalS % 60;
  const m = Math.floor(totalS / 60) % 60;
  const h = Math.floor(totalS / 3600);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${h}:${pad(m, 2)}:${pad(s, 2)}.${pad(ms, 3)}`;
}

/**
 * Drives LiveSplit Server from the run: the sim's timer start resets and starts
 * LiveSplit with its game time paused, every split sets the game time to the split's
 * in-game time and splits, and the game time follows the in-game clock in between. So
 * LiveSplit compared against Game Time shows exactly the game's IGT (pause and menus
 * excluded). Optional and off by default; a missing LiveSplit is retried quietly and
 * never disturbs the game.
 */
export class LiveSplitBridge {
  private socket: SocketLike | null = null;
  private enabled = false;
  private retryAt = 0;
  private running = false;
  private lastSentTicks = -1;
  /** Commands sent before the socket opened are dropped: a stale start is worse than none. */
  connected = false;

  constructor(
    private readonly createSocket: SocketFactory,
    private readonly url = LIVESPLIT_URL,
  ) {}

  /** Turns the bridge on or off (the setting); `nowMs` is the caller's clock. */
  setEnabled(on: boolean, nowMs: number): void {
    if (on === this.enabled) return;
    this.enabled = on;
    if (on) {
      this.retryAt = nowMs;
      this.connect(nowMs);
    } else {
      this.running = false;
      this.socket?.close();
      this.socket = null;
      this.connected = false;
    }
  }

  private connect(nowMs: number): void {
    if (!this.enabled || this.socket || nowMs < this.retryAt) return;
    this.retryAt = nowMs + RETRY_MS;
    let socket: SocketLike;
    try {
      socket = this.createSocket(this.url);
    } catch {
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.connected = true;
    };
    const lost = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.connected = false;
    };
    socket.onclose = lost;
    socket.onerror = lost;
  }

  private send(command: string): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return;
    try {
      socket.send(command);
    } catch {
      // A socket closing under us: the retry picks it up.
    }
  }

  /** A sim event of a live run (never a replay's playback). */
  onEvent(event: SimEvent): void {
    if (!this.enabled) return;
    if (event.type === 'TimerStarted') {
      this.send('reset');
      this.send('starttimer');
      this.send('initgametime');
      this.send('pausegametime');
      this.send(`setgametime ${liveSplitTime(0)}`);
      this.running = true;
      this.lastSentTicks = 0;
      return;
    }
    if (event.type === 'Split' && this.running) {
      this.send(`setgametime ${liveSplitTime(event.igtTicks)}`);
      this.send('split');
      this.lastSentTicks = event.igtTicks;
      if (event.final) this.running = false;
    }
  }

  /** Once a frame: keeps LiveSplit's game time on the in-game clock, retries a lost link. */
  frame(igtTicks: number, nowMs: number): void {
    if (!this.enabled) return;
    if (!this.socket) this.connect(nowMs);
    if (!this.running || igtTicks - this.lastSentTicks < GAME_TIME_EVERY_TICKS) return;
    this.send(`setgametime ${liveSplitTime(igtTicks)}`);
    this.lastSentTicks = igtTicks;
  }

  /** The run ended without its final split (destroyed, copied, deleted): freeze the time there. */
  runEnded(igtTicks: number): void {
    if (!this.enabled || !this.running) return;
    this.send(`setgametime ${liveSplitTime(igtTicks)}`);
    this.running = false;
  }
}

/** The browser's WebSocket behind the bridge's small interface. */
export function browserSocket(url: string): SocketLike {
  const ws = new WebSocket(url);
  const adapter: SocketLike = {
    get readyState() {
      return ws.readyState;
    },
    send: (data) => ws.send(data),
    close: () => ws.close(),
    onopen: null,
    onclose: null,
    onerror: null,
  };
  ws.onopen = () => adapter.onopen?.();
  ws.onclose = () => adapter.onclose?.();
  ws.onerror = () => adapter.onerror?.();
  return adapter;
}
