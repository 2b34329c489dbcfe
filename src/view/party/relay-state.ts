import type { SimState } from '../../sim';
import { rgb, type Rgb } from '../combat/palette';

/**
 * What the view remembers about each invitation relay: where it stands, its party
 * colour, how hard it was just hit, and when it fell (the sim forgets a relay the tick
 * it dies; its collapse plays on for a few seconds after).
 */
export interface RelayView {
  readonly id: number;
  /** 0, 1, 2…: the relay's place in the party's list (it picks the colour). */
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** Each relay stands turned a little differently. */
  readonly yaw: number;
  /** Per-relay offset for every animation, so the three do not pulse in step. */
  readonly seed: number;
  readonly tint: Rgb;
  /** Hit flash, 0..1, decaying. */
  hit: number;
  /** 0 whole … 1 hull gone. */
  damage: number;
  /** Effects-clock seconds when it fell, or null while it stands. */
  fellAt: number | null;
  /** Effects-clock seconds of its next damage spark. */
  nextSparkAt: number;
}

/** The relays' party colours, in relay order: magenta, cyan, gold. */
export const RELAY_TINTS: readonly Rgb[] = [rgb('#ff2bd6'), rgb('#19f0ff'), rgb('#ffc233')];
/** The party's other neon, for confetti and broadcast rings. */
export const PARTY_COLORS: readonly Rgb[] = [
  rgb('#ff2bd6'),
  rgb('#19f0ff'),
  rgb('#ffc233'),
  rgb('#7dff2e'),
  rgb('#a05bff'),
];

/** How long a fallen relay takes to break apart, seconds. */
export const COLLAPSE_S = 4.2;

/** The relays' effects clock, seconds: advances while the run is live. */
export const relayClock = { time: 0 };

const relays: RelayView[] = [];

export function relayViews(): readonly RelayView[] {
  return relays;
}

export function relayById(id: number): RelayView | undefined {
  for (const relay of relays) if (relay.id === id) return relay;
  return undefined;
}

export function clearRelays(): void {
  relays.length = 0;
}

/**
 * Learns any relay the party has put up that the view has not seen yet. Cheap when
 * nothing changed (three ids compared).
 */
export function syncRelays(sim: SimState): void {
  const party = sim.party;
  if (!party) {
    if (relays.length > 0) relays.length = 0;
    return;
  }
  party.relayIds.forEach((id, index) => {
    if (relayById(id)) return;
    const enemy = sim.enemyById.get(id);
    if (!enemy) return;
    const p = enemy.body.position;
    relays.push({
      id,
      index,
      x: p.x,
      y: p.y,
      z: p.z,
      yaw: index * 1.3 + 0.4,
      seed: index * 0.37 + 0.11,
      tint: RELAY_TINTS[index % RELAY_TINTS.length]!,
      hit: 0,
      damage: 0,
      fellAt: enemy.alive ? null : relayClock.time - COLLAPSE_S,
      nextSparkAt: 0,
    });
  });
  for (const relay of relays) {
    const enemy = sim.enemyById.get(relay.id);
    if (enemy && enemy.alive) {
      relay.damage = 1 - Math.max(0, enemy.hull) / enemy.hullMax;
    } else if (relay.fellAt === null) {
      // Gone without its event reaching us: let it fall now.
      relay.fellAt = relayClock.time;
      relay.damage = 1;
    }
  }
}

/** 0 standing … 1 gone (and no longer drawn). */
export function collapseOf(relay: RelayView): number {
  if (relay.fellAt === null) return 0;
  return Math.min(1, Math.max(0, (relayClock.time - relay.fellAt) / COLLAPSE_S));
}
