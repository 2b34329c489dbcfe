import type { SimEvent } from '../../sim';
import { fx } from '../combat/fx-particles';
import { FX_COLORS, rgb, type Rgb } from '../combat/palette';
import { RELAY_KEEL_Y, RELAY_OUTER_RING_M, RELAY_TIP_Y } from './relay-geometry';
import { PARTY_COLORS, RELAY_TINTS, relayById, relayClock, type RelayView } from './relay-state';

/**
 * The relays' moments, into the shared effect pool: sparks where shots land, electric
 * faults on a damaged mast, and the fall — a white flash, the mast going up in a chain
 * of blasts from the keel to the beacon, shockwaves in party colours rolling out across
 * the sector, and the invitation bursting like a party popper.
 */

function scaled(c: Rgb, k: number): Rgb {
  return { r: c.r * k, g: c.g * k, b: c.b * k };
}

const ELECTRIC = rgb('#7fe8ff');
const ELECTRIC_HOT = rgb('#effcff');
const PUFF_HOT = scaled(FX_COLORS.fireHot, 0.38);
const PUFF_COOL = scaled(FX_COLORS.fireCool, 0.5);
const SMOKE = rgb('#1a1420');
const mixed = { r: 0, g: 0, b: 0 };

/** View-only randomness for effect placement. */
let seed = 0x5eed1e57;
function random(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
}

function onRelayHit(relay: RelayView, event: Extract<SimEvent, { type: 'Hit' }>): void {
  const damage = event.shieldDamage + event.hullDamage;
  relay.hit = Math.min(1, relay.hit + 0.3 + damage / 80);
  if (event.hullDamage <= 0) return;
  // Through the shields: the mast's plating sparks where the shot landed.
  const [x, y, z] = event.position;
  fx.sparks(x, y, z, 0, 0, 0, 6, 60, 200, 0.5, 0.3, 0.8, FX_COLORS.sparkHot, relay.tint);
  fx.flash(x, y, z, 0, 0, 0, 6, 0.18, ELECTRIC_HOT, relay.tint, 1);
}

/** A damaged relay shorts out now and then: a crackle somewhere on the mast. */
export function relayFaults(relay: RelayView): void {
  if (relay.fellAt !== null || relay.damage < 0.3) return;
  if (relayClock.time < relay.nextSparkAt) return;
  const gap = 1.6 - relay.damage * 1.3;
  relay.nextSparkAt = relayClock.time + gap * (0.5 + random());
  const along = RELAY_KEEL_Y + random() * (RELAY_TIP_Y - RELAY_KEEL_Y);
  const around = random() * Math.PI * 2;
  const out = Math.abs(along) < 20 ? 14 : 5;
  const x = relay.x + Math.cos(around) * out;
  const y = relay.y + along;
  const z = relay.z + Math.sin(around) * out;
  fx.sparks(x, y, z, 0, 0, 0, 10, 50, 180, 0.45, 0.25, 0.7, ELECTRIC_HOT, ELECTRIC);
  fx.flash(x, y, z, 0, 0, 0, 7, 0.16, ELECTRIC_HOT, ELECTRIC, 1);
  if (relay.damage > 0.6 && random() < 0.5) {
    fx.smokePuffs(x, y, z, 0, 6, 0, 1.4, 3, SMOKE, 0.45);
  }
}

function onRelayDestroyed(relay: RelayView): void {
  relay.fellAt = relayClock.time;
  relay.damage = 1;
  const { x, y, z, tint } = relay;
  mixed.r = tint.r * 0.6 + 0.4;
  mixed.g = tint.g * 0.6 + 0.4;
  mixed.b = tint.b * 0.6 + 0.4;

  // The core lets go: a white flash and a star, then a long party-coloured afterglow.
  fx.flash(x, y, z, 0, 0, 0, 240, 0.55, FX_COLORS.flashWhite, tint, 1.5);
  fx.star(x, y, z, 0, 0, 0, 190, 0.9, mixed);
  fx.flash(x, y, z, 0, 0, 0, 150, 2.6, scaled(tint, 0.45), scaled(FX_COLORS.fireCool, 0.2), 0);

  // Shockwaves: a flat one in the relay's level plane out across the sector, a tipped
  // one in the next party colour, and a shell toward the camera.
  const next = RELAY_TINTS[(relay.index + 1) % RELAY_TINTS.length]!;
  fx.ring(x, y, z, 0, 0, 0, 40, 1300, 2.1, mixed, 0.03, 0, 1, 0);
  fx.ring(x, y, z, 0, 0, 0, 30, 900, 2.5, next, 0.035, 0.35, 1, 0.2);
  fx.ring(x, y, z, 0, 0, 0, 30, 420, 1.0, FX_COLORS.flashWhite, 0.05);

  // The mast goes up in a chain, from the keel to the beacon.
  const blasts = 7;
  for (let k = 0; k < blasts; k++) {
    const along = RELAY_KEEL_Y + ((k + 0.5) / blasts) * (RELAY_TIP_Y - RELAY_KEEL_Y);
    const delay = 0.1 + k * 0.16 + random() * 0.08;
    const bx = x + (random() - 0.5) * 16;
    const bz = z + (random() - 0.5) * 16;
    fx.fireball(bx, y + along, bz, 0, 0, 0, 2.6, 10, PUFF_HOT, PUFF_COOL);
    fx.flash(bx, y + along, bz, 0, 0, 0, 34, 0.3, FX_COLORS.fireHot, FX_COLORS.fireCool, 0.9);
    fx.sparks(bx, y + along, bz, 0, 0, 0, 12, 60, 240, 0.9, 0.5, 1.3, FX_COLORS.sparkHot, tint);
    fx.delayLast(23, delay);
  }
  // The rings shed their neon as they fly apart.
  for (let k = 0; k < 3; k++) {
    const colour = RELAY_TINTS[k]!;
    const a = random() * Math.PI * 2;
    const r = RELAY_OUTER_RING_M * (0.65 + 0.15 * k);
    fx.sparks(
      x + Math.cos(a) * r,
      y + (random() - 0.5) * 20,
      z + Math.sin(a) * r,
      0,
      0,
      0,
      16,
      40,
      160,
      0.8,
      0.8,
      1.8,
      colour,
      colour,
    );
    fx.delayLast(16, 0.25 + k * 0.2);
  }
  // The invitation bursts like a party popper: confetti in every party colour.
  for (const colour of PARTY_COLORS) {
    fx.sparks(x, y, z, 0, 0, 0, 26, 140, 460, 1.5, 1.2, 2.8, FX_COLORS.flashWhite, colour);
  }
  fx.smokePuffs(x, y, z, 0, 0, 0, 5.5, 16, SMOKE, 0.55);
}

/** Routes the sim's events to the relays' effects. Cheap for every other event. */
export function onRelayEvent(event: SimEvent): void {
  if (event.type === 'Hit') {
    const relay = relayById(event.targetId);
    if (relay && relay.fellAt === null) onRelayHit(relay, event);
  } else if (event.type === 'RelayDestroyed') {
    const relay = relayById(event.shipId);
    if (relay && relay.fellAt === null) onRelayDestroyed(relay);
  }
}
