import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import type { HeartState, SimState } from '../../sim';
import { HEART } from '../../sim/content/heart';
import {
  onCombatFrame,
  projectPoint,
  type CombatFrame,
  type ProjectedPoint,
} from '../combat/combat-frame';
import {
  consoleClearEdgeAnchor,
  formatDistance,
  isInsideViewport,
  offscreenDirection,
  type EdgeAnchor,
  type ScreenPoint,
} from '../combat/hud-geometry';
import { Painter, paintersFor } from '../combat/painter';
import { PYLON_COUNT, shieldDown } from './heart-text';

/** Where an edge arrow's card sits, toward the screen centre. */
const EDGE_CARD_OFFSET_PX = 46;
/** …or beside it, when the arrow points down. */
const EDGE_CARD_SIDE_PX = 64;
/** On screen, the card hangs this far below the marker. */
const CARD_DROP_PX = 34;
/** Edge arrows stay this far below the Heart console (top centre). */
const PANEL_CLEARANCE_PX = 26;

/** Slots: the four pylons, then Bob's core, then the uplink. */
const BOB_SLOT = PYLON_COUNT;
const UPLINK_SLOT = PYLON_COUNT + 1;
const [CORE_X, CORE_Y, CORE_Z] = HEART.core.center;
const [UPLINK_X, UPLINK_Y, UPLINK_Z] = HEART.uplink.position;

interface MarkerNodes {
  readonly root: Painter;
  readonly arrow: Painter;
  readonly card: Painter;
  readonly name: Painter;
  readonly distance: Painter;
  readonly shields: Painter | null;
  readonly hull: Painter | null;
}

const point: ProjectedPoint = { inFront: false, x: 0, y: 0, cameraX: 0, cameraY: 0, distance: 0 };
const direction: ScreenPoint = { x: 0, y: 0 };
const anchor: EdgeAnchor = { x: 0, y: 0, angle: 0 };

function bobName(heart: HeartState): string {
  if (heart.stage === 'gauntlet') return "THE HEART'S CORE";
  return shieldDown(heart) ? 'BOB · SHIELD DOWN' : 'BOB · SHIELDED';
}

/** The uplink is the way out once Bob falls (deletion and the hold itself). */
function uplinkShown(heart: HeartState): boolean {
  return heart.stage === 'deletion' || heart.stage === 'uplink';
}

function pylonOf(sim: SimState, heart: HeartState, slot: number) {
  const id = heart.pylonIds[slot];
  const pylon = id === undefined ? undefined : sim.enemyById.get(id);
  return pylon && pylon.alive ? pylon : undefined;
}

/**
 * Waypoints in the Heart: each pylon still standing (name, distance, shields and hull;
 * the targeted one is left to the target bracket), Bob's core (the way through the
 * gauntlet, then Bob himself), and during the deletion the retro computer uplink. Each
 * is a mark in view and an arrow on the console-clear edge ellipse when it is not.
 */
export function HeartMarkers() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const markers: MarkerNodes[] = paintersFor(container).map((root) => {
      const find = (name: string): Painter | null => {
        const element = root.element.querySelector<HTMLElement>(`[data-part="${name}"]`);
        return element ? new Painter(element) : null;
      };
      return {
        root,
        arrow: find('arrow')!,
        card: find('card')!,
        name: find('name')!,
        distance: find('distance')!,
        shields: find('shields'),
        hull: find('hull'),
      };
    });
    for (const marker of markers) marker.root.show(false);

    // The consoles' edges, measured when layout changes (never per frame).
    let consoleTop = Number.POSITIVE_INFINITY;
    let consoleLeft = Number.POSITIVE_INFINITY;
    const panelBox = { left: 0, right: 0, bottom: Number.NEGATIVE_INFINITY };
    const measureAll = (): void => {
      const flight = document.querySelector('.hud-flight');
      const weapons = document.querySelector('.cmb-weapons');
      consoleTop = flight ? flight.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
      consoleLeft = weapons ? weapons.getBoundingClientRect().left : Number.POSITIVE_INFINITY;
      // The Heart console or the countdown, whichever shows: arrows slide under it.
      let box: DOMRect | undefined;
      for (const selector of ['.hrt-panel', '.hrt-countdown']) {
        const rect = document.querySelector(selector)?.getBoundingClientRect();
        if (rect && rect.height > 0) box = rect;
      }
      panelBox.left = box ? box.left : 0;
      panelBox.right = box ? box.right : 0;
      panelBox.bottom = box ? box.bottom : Number.NEGATIVE_INFINITY;
    };
    const observer = new ResizeObserver(() => measureAll());
    for (const selector of ['.hud-flight', '.cmb-weapons', '.hrt-panel', '.hrt-countdown']) {
      const element = document.querySelector(selector);
      if (element) observer.observe(element);
    }
    window.addEventListener('resize', measureAll);
    measureAll();

    const place = (nodes: MarkerNodes, frame: CombatFrame): void => {
      const onScreen =
        point.inFront && isInsideViewport(point.x, point.y, frame.width, frame.height, 14);
      if (
        onScreen &&
        point.y < panelBox.bottom + PANEL_CLEARANCE_PX &&
        point.x > panelBox.left - PANEL_CLEARANCE_PX &&
        point.x < panelBox.right + PANEL_CLEARANCE_PX
      ) {
        // In view but behind the console: an arrow under it, pointing up at it.
        nodes.root.flag('is-edge', true);
        nodes.root.place(point.x, panelBox.bottom + PANEL_CLEARANCE_PX);
        nodes.arrow.rotate(-Math.PI / 2);
        nodes.card.centreAt(0, EDGE_CARD_OFFSET_PX * 0.8);
        return;
      }
      nodes.root.flag('is-edge', !onScreen);
      if (onScreen) {
        nodes.root.place(point.x, point.y);
        nodes.card.centreAt(0, CARD_DROP_PX);
        return;
      }
      offscreenDirection(point.cameraX, point.cameraY, direction);
      consoleClearEdgeAnchor(
        direction.x,
        direction.y,
        frame.width,
        frame.height,
        consoleLeft,
        consoleTop,
        anchor,
      );
      const x = frame.width / 2 + anchor.x;
      let y = frame.height / 2 + anchor.y;
      const underPanel =
        x > panelBox.left - PANEL_CLEARANCE_PX && x < panelBox.right + PANEL_CLEARANCE_PX;
      if (underPanel) y = Math.max(y, panelBox.bottom + PANEL_CLEARANCE_PX);
      nodes.root.place(x, y);
      nodes.arrow.rotate(anchor.angle);
      if (Math.sin(anchor.angle) > 0.6) {
        nodes.card.centreAt((anchor.x < 0 ? -1 : 1) * EDGE_CARD_SIDE_PX, -6);
      } else {
        nodes.card.centreAt(
          -Math.cos(anchor.angle) * EDGE_CARD_OFFSET_PX,
          -Math.sin(anchor.angle) * EDGE_CARD_OFFSET_PX,
        );
      }
    };

    /** Projects and places one marker on a world point; `radiusM` is taken off the distance. */
    const mark = (
      nodes: MarkerNodes,
      frame: CombatFrame,
      x: number,
      y: number,
      z: number,
      radiusM: number,
    ): void => {
      projectPoint(x, y, z, point);
      place(nodes, frame);
      const surface = Math.max(0, point.distance - radiusM);
      nodes.distance.textOf(Math.round(surface / 10), surface, formatDistance);
    };

    const stop = onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      const heart = sim.heart;
      const live =
        frame.valid && frame.playerAlive && heart !== null && heart.ending === null ? heart : null;
      for (let i = 0; i < PYLON_COUNT; i++) {
        const nodes = markers[i]!;
        const pylon = live && live.stage === 'bob' ? pylonOf(sim, live, i) : undefined;
        const shown = pylon !== undefined && pylon.id !== sim.player.targetId;
        if (!nodes.root.show(shown) || !pylon) continue;
        const p = pylon.body.position;
        mark(nodes, frame, p.x, p.y, p.z, pylon.radiusM);
        nodes.name.text(pylon.tag);
        nodes.shields?.fillX(pylon.shields / pylon.shieldsMax);
        nodes.hull?.fillX(pylon.hull / pylon.hullMax);
      }
      const bob = markers[BOB_SLOT]!;
      const bobShown = live !== null && live.bob.alive && live.countdownTicks === null;
      if (bob.root.show(bobShown) && live) {
        mark(bob, frame, CORE_X, CORE_Y, CORE_Z, HEART.bob.hitRadiusM);
        bob.name.text(bobName(live));
        bob.root.flag('is-open', shieldDown(live));
      }
      const uplink = markers[UPLINK_SLOT]!;
      if (uplink.root.show(live !== null && uplinkShown(live)) && live) {
        mark(uplink, frame, UPLINK_X, UPLINK_Y, UPLINK_Z, 0);
        uplink.root.flag('is-inside', live.stage === 'uplink');
      }
    });
    return () => {
      stop();
      observer.disconnect();
      window.removeEventListener('resize', measureAll);
    };
  }, []);

  return (
    <div className="hrt-marks" ref={ref}>
      {Array.from({ length: PYLON_COUNT }, (_, i) => (
        <div className="hrt-mark hrt-mark-pylon" key={i} data-testid="hud-pylon-marker">
          <div className="hrt-mark-icon" />
          <div className="hrt-mark-arrow" data-part="arrow" />
          <div className="hrt-mark-card" data-part="card">
            <span className="hrt-mark-name" data-part="name" />
            <span className="hrt-mark-distance" data-part="distance" />
            <span className="hrt-mark-bars">
              <span className="hrt-mark-bar hrt-mark-bar-shields">
                <span className="hrt-mark-fill" data-part="shields" />
              </span>
              <span className="hrt-mark-bar hrt-mark-bar-hull">
                <span className="hrt-mark-fill" data-part="hull" />
              </span>
            </span>
          </div>
        </div>
      ))}
      <div className="hrt-mark hrt-mark-bob" data-testid="hud-bob-marker">
        <div className="hrt-mark-icon" />
        <div className="hrt-mark-arrow" data-part="arrow" />
        <div className="hrt-mark-card" data-part="card">
          <span className="hrt-mark-name" data-part="name" />
          <span className="hrt-mark-distance" data-part="distance" />
        </div>
      </div>
      <div className="hrt-mark hrt-mark-uplink" data-testid="hud-uplink-marker">
        <div className="hrt-mark-icon" />
        <div className="hrt-mark-arrow" data-part="arrow" />
        <div className="hrt-mark-card" data-part="card">
          <span className="hrt-mark-name">RETRO COMPUTER · UPLINK</span>
          <span className="hrt-mark-distance" data-part="distance" />
        </div>
      </div>
    </div>
  );
}
