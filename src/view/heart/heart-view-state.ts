import type { SimEvent, SimState } from '../../sim';
import { HEART } from '../../sim/content/heart';
import { fx } from '../combat/fx-particles';
import { HEART_COLORS } from './heart-palette';

/**
 * What the Heart's view remembers between frames: its effects clock, hit flashes on the
 * turrets and pylons, and when Bob was struck or fell. The sim says *that* something
 * happened (events); the view decides how long it glows. Module scope, like the relays'
 * view state: one Heart at a time, reset on a new run.
 */
export const heartView = {
  /** Effects clock, seconds: advances while the run is live (pause freezes it). */
  time: 0,
  generation: -1,
  /** Hit flash 0..1 per structure id (decays in the structures' frame). */
  hits: new Map<number, number>(),
  /** Effects-clock seconds of the last strike on Bob, his shield turning the blade, his end. */
  bobStruckAt: -1e9,
  deflectedAt: -1e9,
  deletionAt: -1e9,
  /** Effects-clock seconds the Heart began (the jump's arrival flash). */
  arrivedAt: -1e9,
};

export function resetHeartView(generation: number): void {
  heartView.generation = generation;
  heartView.hits.clear();
  heartView.bobStruckAt = -1e9;
  heartView.deflectedAt = -1e9;
  heartView.deletionAt = -1e9;
  heartView.arrivedAt = -1e9;
}

const [CX, CY, CZ] = HEART.core.center;

/** Sim events → the Heart's flashes and sparks. */
export function onHeartEvent(event: SimEvent, sim: SimState): void {
  const now = heartView.time;
  switch (event.type) {
    case 'Hit': {
      const target = sim.enemyById.get(event.targetId);
      if (target && (target.shipClass === 'turret' || target.shipClass === 'pylon'))
        heartView.hits.set(event.targetId, 1);
      return;
    }
    case 'CutlassSwung': {
      const [x, y, z] = event.position;
      if (event.hit === 'deflected') {
        heartView.deflectedAt = now;
        fx.sparks(
          x,
          y,
          z,
          0,
          0,
          0,
          26,
          60,
          180,
          3.5,
          0.3,
          0.7,
          HEART_COLORS.pylon,
          HEART_COLORS.firewall,
        );
        fx.ring(x, y, z, 0, 0, 0, 10, 90, 0.45, HEART_COLORS.pylon, 0.06);
      } else if (event.hit === 'structure') {
        fx.sparks(
          x,
          y,
          z,
          0,
          0,
          0,
          22,
          40,
          140,
          3,
          0.25,
          0.6,
          HEART_COLORS.cutlassCore,
          HEART_COLORS.cutlass,
        );
      }
      return;
    }
    case 'BobStruck':
      heartView.bobStruckAt = now;
      fx.flash(CX, CY, CZ, 0, 0, 0, 160, 0.5, HEART_COLORS.white, HEART_COLORS.hologram, 1);
      fx.sparks(
        CX,
        CY,
        CZ,
        0,
        0,
        0,
        60,
        80,
        260,
        5,
        0.4,
        1.1,
        HEART_COLORS.cutlassCore,
        HEART_COLORS.hologram,
      );
      fx.ring(CX, CY, CZ, 0, 0, 0, 30, 320, 0.8, HEART_COLORS.hologram, 0.04);
      return;
    case 'PylonDestroyed': {
      const [x, y, z] = event.position;
      // The pylon's charge snaps back along its feed into Bob's shield.
      fx.ring(x, y, z, 0, 0, 0, 20, 260, 0.9, HEART_COLORS.pylon, 0.05);
      fx.ring(CX, CY, CZ, 0, 0, 0, 200, 300, 0.6, HEART_COLORS.pylon, 0.03);
      return;
    }
    case 'DeletionStarted':
      heartView.deletionAt = now;
      fx.flash(CX, CY, CZ, 0, 0, 0, 420, 1.2, HEART_COLORS.white, HEART_COLORS.voidEdge, 1);
      fx.ring(CX, CY, CZ, 0, 0, 0, 60, 900, 1.6, HEART_COLORS.voidEdge, 0.03);
      return;
    case 'ChapterChanged':
      if (event.chapter === 'heart') heartView.arrivedAt = now;
      return;
    default:
      return;
  }
}

/** Seconds since an effects-clock moment. */
export function since(at: number): number {
  return heartView.time - at;
}
