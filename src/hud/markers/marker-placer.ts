import type { EnemyShip } from '../../sim';
import { projectPoint, type CombatFrame, type ProjectedPoint } from '../combat/combat-frame';
import {
  consoleClearEdgeAnchor,
  formatDistance,
  isInsideViewport,
  offscreenDirection,
  type EdgeAnchor,
  type ScreenPoint,
} from '../combat/hud-geometry';
import type { ConsoleEdges } from '../combat/console-edges';
import type { MarkerNodes } from './marker-nodes';

/** How a chapter's markers sit: the numbers differ a little between chapters' styles. */
export interface MarkerLayout {
  /** A point this close to the view's edge already counts as off screen. */
  readonly marginPx: number;
  /** On screen, the card hangs this far below the marker. */
  readonly cardDropPx: number;
  /** At the edge, the card sits this far from the arrow toward the screen centre… */
  readonly edgeCardOffsetPx: number;
  /**
   * …or this far beside an arrow pointing down (behind or below), so the card does not
   * sit up on the Callister in the middle of the view. Null: always toward the centre.
   */
  readonly edgeCardSidePx: number | null;
  /** The chapter's top-centre consoles (selectors): arrows slide under whichever shows. */
  readonly topPanels: readonly string[];
}

/** Edge arrows stay this far below a top-centre console. */
const PANEL_CLEARANCE_PX = 26;

const direction: ScreenPoint = { x: 0, y: 0 };
const anchor: EdgeAnchor = { x: 0, y: 0, angle: 0 };

/**
 * Puts world markers on the view: on their point when it is in view, else as an arrow
 * on the console-clear edge ellipse the combat arrows use (hud-geometry.ts), so every
 * off-screen marker lines up. One projected point at a time: project, then place.
 */
export class MarkerPlacer {
  /** The point last projected. */
  readonly point: ProjectedPoint = {
    inFront: false,
    x: 0,
    y: 0,
    cameraX: 0,
    cameraY: 0,
    distance: 0,
  };

  constructor(
    private readonly layout: MarkerLayout,
    private readonly edges: ConsoleEdges,
  ) {}

  project(x: number, y: number, z: number): ProjectedPoint {
    return projectPoint(x, y, z, this.point);
  }

  /** Whether the projected point is in view (inside the layout's margin). */
  onScreen(frame: CombatFrame): boolean {
    const point = this.point;
    return (
      point.inFront &&
      isInsideViewport(point.x, point.y, frame.width, frame.height, this.layout.marginPx)
    );
  }

  /** Places a marker on the projected point, or its arrow at the edge when it is not in view. */
  place(nodes: MarkerNodes, frame: CombatFrame): void {
    const { point, layout } = this;
    const onScreen = this.onScreen(frame);
    const belowPanel = this.edges.panel.bottom + PANEL_CLEARANCE_PX;
    if (onScreen && point.y < belowPanel && this.besidePanel(point.x)) {
      // In view but behind the top console: an arrow under it, pointing up at it.
      nodes.root.flag('is-edge', true);
      nodes.root.place(point.x, belowPanel);
      nodes.arrow.rotate(-Math.PI / 2);
      nodes.card.centreAt(0, layout.edgeCardOffsetPx * 0.8);
      return;
    }
    nodes.root.flag('is-edge', !onScreen);
    if (onScreen) {
      nodes.root.place(point.x, point.y);
      nodes.card.centreAt(0, layout.cardDropPx);
      return;
    }
    offscreenDirection(point.cameraX, point.cameraY, direction);
    consoleClearEdgeAnchor(
      direction.x,
      direction.y,
      frame.width,
      frame.height,
      this.edges.left,
      this.edges.top,
      anchor,
    );
    const x = frame.width / 2 + anchor.x;
    let y = frame.height / 2 + anchor.y;
    if (this.besidePanel(x)) y = Math.max(y, belowPanel);
    nodes.root.place(x, y);
    nodes.arrow.rotate(anchor.angle);
    if (layout.edgeCardSidePx !== null && Math.sin(anchor.angle) > 0.6) {
      nodes.card.centreAt((anchor.x < 0 ? -1 : 1) * layout.edgeCardSidePx, -6);
    } else {
      nodes.card.centreAt(
        -Math.cos(anchor.angle) * layout.edgeCardOffsetPx,
        -Math.sin(anchor.angle) * layout.edgeCardOffsetPx,
      );
    }
  }

  /** Whether a screen x is across the top console's width (with its clearance). */
  private besidePanel(x: number): boolean {
    const panel = this.edges.panel;
    return x > panel.left - PANEL_CLEARANCE_PX && x < panel.right + PANEL_CLEARANCE_PX;
  }

  /**
   * Projects and places a marker on a world point and writes its distance: to the
   * surface, `radiusM` in from the point, in tens of metres so steady frames write nothing.
   */
  mark(
    nodes: MarkerNodes,
    frame: CombatFrame,
    x: number,
    y: number,
    z: number,
    radiusM: number,
  ): void {
    this.project(x, y, z);
    this.place(nodes, frame);
    const surface = Math.max(0, this.point.distance - radiusM);
    nodes.distance.textOf(Math.round(surface / 10), surface, formatDistance);
  }

  /** Marks a ship (a pylon, a relay) at its hull, with its tag and its shields and hull. */
  markShip(nodes: MarkerNodes, frame: CombatFrame, ship: EnemyShip): void {
    const p = ship.body.position;
    this.mark(nodes, frame, p.x, p.y, p.z, ship.radiusM);
    nodes.name?.text(ship.tag);
    nodes.shields?.fillX(ship.shields / ship.shieldsMax);
    nodes.hull?.fillX(ship.hull / ship.hullMax);
  }
}
