import { describe, expect, it } from 'vitest';
import { LiveSplitBridge, liveSplitTime, type SocketLike } from '../../src/game/livesplit';

class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: string[] = [];
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.();
  }
}

function bridgeWithSockets(): { bridge: LiveSplitBridge; sockets: FakeSocket[]; urls: string[] } {
  const sockets: FakeSocket[] = [];
  const urls: string[] = [];
  const bridge = new LiveSplitBridge((url) => {
    urls.push(url);
    const socket = new FakeSocket();
    sockets.push(socket);
    return socket;
  });
  return { bridge, sockets, urls };
}

describe('LiveSplit Server bridge', () => {
  it("formats in-game ticks as LiveSplit's h:mm:ss.fff", () => {
    expect(liveSplitTime(0)).toBe('0:00:00.000');
    expect(liveSplitTime(5186)).toBe('0:01:26.433');
    expect(liveSplitTime(60 * 60 * 60 + 30)).toBe('1:00:00.500');
  });

  it('is off by default and connects to the default server only when enabled', () => {
    const { bridge, sockets, urls } = bridgeWithSockets();
    bridge.onEvent({ type: 'TimerStarted', tick: 0 });
    bridge.frame(100, 0);
    expect(sockets).toHaveLength(0);
    bridge.setEnabled(true, 0);
    expect(urls).toEqual(['ws://localhost:16834/livesplit']);
  });

  it('starts with game time paused, sets game time at each split, and splits', () => {
    const { bridge, sockets } = bridgeWithSockets();
    bridge.setEnabled(true, 0);
    sockets[0]!.open();
    bridge.onEvent({ type: 'TimerStarted', tick: 0 });
    bridge.frame(10, 16);
    bridge.frame(30, 32);
    bridge.onEvent({
      type: 'Split',
      tick: 600,
      id: 'wave-1',
      label: 'Wave 1',
      igtTicks: 601,
      final: false,
    });
    bridge.onEvent({
      type: 'Split',
      tick: 900,
      id: 'party-end',
      label: 'Party over',
      igtTicks: 901,
      final: true,
    });
    // After the final split the time is no longer pushed.
    bridge.frame(2000, 48);
    expect(sockets[0]!.sent).toEqual([
      'reset',
      'starttimer',
      'initgametime',
      'pausegametime',
      'setgametime 0:00:00.000',
      'setgametime 0:00:00.500',
      'setgametime 0:00:10.017',
      'split',
      'setgametime 0:00:15.017',
      'split',
    ]);
  });

  it('retries a refused connection quietly, and stops when disabled', () => {
    const { bridge, sockets } = bridgeWithSockets();
    bridge.setEnabled(true, 0);
    sockets[0]!.drop();
    bridge.frame(0, 1000);
    expect(sockets).toHaveLength(1);
    bridge.frame(0, 5000);
    expect(sockets).toHaveLength(2);
    // Nothing is sent to a socket that is not open.
    bridge.onEvent({ type: 'TimerStarted', tick: 0 });
    expect(sockets[1]!.sent).toEqual([]);
    bridge.setEnabled(false, 6000);
    expect(sockets[1]!.closed).toBe(true);
    bridge.frame(0, 20000);
    expect(sockets).toHaveLength(2);
  });

  it('freezes the game time where a run ended without its final split', () => {
    const { bridge, sockets } = bridgeWithSockets();
    bridge.setEnabled(true, 0);
    sockets[0]!.open();
    bridge.onEvent({ type: 'TimerStarted', tick: 0 });
    bridge.runEnded(1234);
    bridge.frame(5000, 100);
    expect(sockets[0]!.sent.slice(-1)).toEqual(['setgametime 0:00:20.567']);
  });
});
