import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { PARTY } from '../../sim';
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

/** Where an edge arrow's card sits, toward the screen centre. */
const EDGE_CARD_OFFSET_PX = 46;
/** …or beside it, when the arrow points down. */
const EDGE_CARD_SIDE_PX = 64;
/** On screen, the card hangs this far below the marker. */
const CARD_DROP_PX = 34;
const RELAY_COUNT = PARTY.relays.length;
/** Edge arrows stay this far below the party console (top centre). */
const PANEL_CLEARANCE_PX = 26;

interface MarkerNodes {
  readonly root: Painter;
  readonly arrow: Painter;
  readonly card: Painter;
  readonly name: Painter;
  readonly distance: Painter;
  readonly shields: Painter;
  readonly hull: Painter;
}

const point: ProjectedPoint = { inFront: false, x: 0, y: 0, cameraX: 0, cameraY: 0, distance: 0 };
const direction: ScreenPoint = { x: 0, y: 0 };
const anchor: EdgeAnchor = { x: 0, y: 0, angle: 0 };

/**
 * A waypoint on each invitation relay still standing, in its party colour: a diamond
 * with its name, distance and shields and hull when it is in view, an arrow on the
 * console-clear edge ellipse when it is not. The relay the Callister has targeted is
 * left to the target bracket.
 */
export function RelayMarkers() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const markers: MarkerNodes[] = paintersFor(container).map((root) => {
      const part = (name: string): Painter =>
        new Painter(root.element.querySelector<HTMLElement>(`[data-part="${name}"]`)!);
      return {
        root,
        arrow: part('arrow'),
        card: part('card'),
        name: part('name'),
        distance: part('distance'),
        shields: part('shields'),
        hull: part('hull'),
      };
    });
    for (const marker of markers) marker.root.show(false);

    // The consoles' edges, measured when layout changes (never per frame).
    let consoleTop = Number.POSITIVE_INFINITY;
    let consoleLeft = Number.POSITIVE_INFINITY;
    const measure = (): void => {
      const flight = document.querySelector('.hud-flight');
      const weapons = document.querySelector('.cmb-weapons');
      consoleTop = flight ? flight.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
      consoleLeft = weapons ? weapons.getBoundingClientRect().left : Number.POSITIVE_INFINITY;
    };
    const observer = new ResizeObserver(() => measureAll());
    for (const selector of ['.hud-flight', '.cmb-weapons']) {
      const element = document.querySelector(selector);
      if (element) observer.observe(element);
    }
    // The party console's box: edge arrows pointing up slide under it, not behind it.
    const panelBox = { left: 0, right: 0, bottom: Number.NEGATIVE_INFINITY };
    const measurePanel = (): void => {
      const panel = document.querySelector('.pty-panel');
      const box = panel?.getBoundingClientRect();
      const shown = box !== undefined && box.height > 0;
      panelBox.left = shown ? box.left : 0;
      panelBox.right = shown ? box.right : 0;
      panelBox.bottom = shown ? box.bottom : Number.NEGATIVE_INFINITY;
    };
    const panel = document.querySelector('.pty-panel');
    if (panel) observer.observe(panel);
    const measureAll = (): void => {
      measure();
      measurePanel();
    };
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
        // In view but behind the party console: an arrow under it, pointing up at it.
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
        // Pointing down (behind or below): the card sits beside the arrow, not up on
        // the Callister in the middle of the view.
        nodes.card.centreAt((anchor.x < 0 ? -1 : 1) * EDGE_CARD_SIDE_PX, -6);
      } else {
        nodes.card.centreAt(
          -Math.cos(anchor.angle) * EDGE_CARD_OFFSET_PX,
          -Math.sin(anchor.angle) * EDGE_CARD_OFFSET_PX,
        );
      }
    };

    const stop = onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      const party = sim.party;
      const live = frame.valid && frame.playerAlive && party !== null && party.endedTick === null;
      for (let i = 0; i < markers.length; i++) {
        const nodes = markers[i]!;
        const id = live ? party.relayIds[i] : undefined;
        const relay = id === undefined ? undefined : sim.enemyById.get(id);
        const shown = relay !== undefined && relay.alive && relay.id !== sim.player.targetId;
        if (!nodes.root.show(shown) || !relay) continue;
        const p = relay.body.position;
        projectPoint(p.x, p.y, p.z, point);
        place(nodes, frame);
        nodes.name.text(relay.tag);
        // Tens of metres to its hull.
        const hull = Math.max(0, point.distance - relay.radiusM);
        nodes.distance.textOf(Math.round(hull / 10), hull, formatDistance);
        nodes.shields.fillX(relay.shields / relay.shieldsMax);
        nodes.hull.fillX(relay.hull / relay.hullMax);
      }
    });
    return () => {
      stop();
      observer.disconnect();
      window.removeEventListener('resize', measureAll);
    };
  }, []);

  return (
    <div className="pty-relays-marks" ref={ref}>
      {Array.from({ length: RELAY_COUNT }, (_, i) => (
        <div className={`pty-relay pty-relay-${i % 3}`} key={i} data-testid="hud-relay-marker">
          <div className="pty-relay-icon" />
          <div className="pty-relay-arrow" data-part="arrow" />
          <div className="pty-relay-card" data-part="card">
            <span className="pty-relay-name" data-part="name" />
            <span className="pty-relay-distance" data-part="distance" />
            <span className="pty-relay-bars">
              <span className="pty-relay-bar pty-relay-bar-shields">
                <span className="pty-relay-fill" data-part="shields" />
              </span>
              <span className="pty-relay-bar pty-relay-bar-hull">
                <span className="pty-relay-fill" data-part="hull" />
              </span>
            </span>
          </div>
        </div>
      ))}
    </div>
  );
}
