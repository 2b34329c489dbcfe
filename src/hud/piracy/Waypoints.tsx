import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { UPGRADES } from '../../sim';
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
import { Painter } from '../combat/painter';
import { dockingHintKey, dockingHintText, waltonRemainingM } from './piracy-text';

/** Where an edge arrow's card sits, toward the screen centre. */
const EDGE_CARD_OFFSET_PX = 44;
/** On screen, the card hangs this far below the marker. */
const CARD_DROP_PX = 30;
/** The station marker (and its docking hint) shows this close to its hull... */
const STATION_NEAR_M = 1500;
/** ...or anywhere once the crew can afford the fence's cheapest upgrade. */
const CHEAPEST_UPGRADE = Math.min(...UPGRADES.map((upgrade) => upgrade.costs[0] ?? Infinity));

interface MarkerNodes {
  readonly root: Painter;
  readonly arrow: Painter;
  readonly card: Painter;
  readonly distance: Painter;
  readonly hint: Painter | null;
}

const point: ProjectedPoint = { inFront: false, x: 0, y: 0, cameraX: 0, cameraY: 0, distance: 0 };
const direction: ScreenPoint = { x: 0, y: 0 };
const anchor: EdgeAnchor = { x: 0, y: 0, angle: 0 };

/**
 * Waypoints projected into the view: Walton's planet once the credits are in, and the
 * trade station's fence (with how to dock) when it is near or worth a visit. An
 * objective that is off screen gets an arrow on the same console-clear ellipse as
 * the combat arrows.
 */
export function Waypoints() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const marker = (name: string): MarkerNodes => {
      const root = container.querySelector<HTMLElement>(`[data-marker="${name}"]`)!;
      const part = (p: string): HTMLElement | null =>
        root.querySelector<HTMLElement>(`[data-part="${p}"]`);
      const hint = part('hint');
      return {
        root: new Painter(root),
        arrow: new Painter(part('arrow')!),
        card: new Painter(part('card')!),
        distance: new Painter(part('distance')!),
        hint: hint ? new Painter(hint) : null,
      };
    };
    const planetMarker = marker('planet');
    const stationMarker = marker('station');
    planetMarker.root.show(false);
    stationMarker.root.show(false);

    // The consoles' edges, measured when layout changes (never per frame).
    let consoleTop = Number.POSITIVE_INFINITY;
    let consoleLeft = Number.POSITIVE_INFINITY;
    const measure = (): void => {
      const flight = document.querySelector('.hud-flight');
      const weapons = document.querySelector('.cmb-weapons');
      consoleTop = flight ? flight.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
      consoleLeft = weapons ? weapons.getBoundingClientRect().left : Number.POSITIVE_INFINITY;
    };
    const observer = new ResizeObserver(measure);
    for (const selector of ['.hud-flight', '.cmb-weapons']) {
      const element = document.querySelector(selector);
      if (element) observer.observe(element);
    }
    window.addEventListener('resize', measure);
    measure();

    /** Places a marker on its point, or (when `edge` allows) on the edge ellipse when off screen. */
    const place = (nodes: MarkerNodes, frame: CombatFrame, edge: boolean): boolean => {
      const onScreen =
        point.inFront && isInsideViewport(point.x, point.y, frame.width, frame.height, 12);
      if (!nodes.root.show(onScreen || edge)) return false;
      nodes.root.flag('is-edge', !onScreen);
      if (onScreen) {
        nodes.root.place(point.x, point.y);
        nodes.card.centreAt(0, CARD_DROP_PX);
        return true;
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
      nodes.root.place(frame.width / 2 + anchor.x, frame.height / 2 + anchor.y);
      nodes.arrow.rotate(anchor.angle);
      nodes.card.centreAt(
        -Math.cos(anchor.angle) * EDGE_CARD_OFFSET_PX,
        -Math.sin(anchor.angle) * EDGE_CARD_OFFSET_PX,
      );
      return true;
    };

    const stop = onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      const stage = sim.objective.stage;
      const live =
        frame.valid && frame.playerAlive && (stage === 'raid' || stage === 'reach-walton');

      let planetShown = false;
      if (live && stage === 'reach-walton') {
        const [x, y, z] = sim.waltonPlanet.position;
        projectPoint(x, y, z, point);
        planetShown = place(planetMarker, frame, true);
        if (planetShown) {
          // Tens of metres, as the objective line shows it.
          const tens = Math.round(waltonRemainingM(point.distance, sim.waltonPlanet.radiusM) / 10);
          planetMarker.distance.textOf(tens, tens * 10, formatDistance);
        }
      }
      if (!planetShown) planetMarker.root.show(false);

      let stationShown = false;
      const station = sim.station;
      if (live && station && !sim.docked) {
        const [x, y, z] = station.position;
        projectPoint(x, y, z, point);
        const hull = Math.max(0, point.distance - station.radiusM);
        const near = hull < STATION_NEAR_M;
        if (near || sim.credits >= CHEAPEST_UPGRADE) {
          stationShown = place(stationMarker, frame, near);
          if (stationShown) {
            stationMarker.distance.textOf(Math.round(hull / 10), hull, formatDistance);
            const hintKey = dockingHintKey(hull, sim.player.body.velocity.length());
            const hint = stationMarker.hint;
            if (hint?.show(near)) hint.textOf(hintKey, hintKey, dockingHintText);
            stationMarker.root.flag('is-in-range', hintKey >= 0);
          }
        }
      }
      if (!stationShown) stationMarker.root.show(false);
    });
    return () => {
      stop();
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  return (
    <div className="pir-ways" ref={ref}>
      <div className="pir-way pir-way-planet" data-marker="planet" data-testid="hud-waypoint">
        <div className="pir-way-icon" />
        <div className="pir-way-arrow" data-part="arrow" />
        <div className="pir-way-card" data-part="card">
          <span className="pir-way-name">WALTON&rsquo;S PLANET</span>
          <span className="pir-way-distance" data-part="distance" />
        </div>
      </div>
      <div className="pir-way pir-way-station" data-marker="station" data-testid="hud-fence">
        <div className="pir-way-icon" />
        <div className="pir-way-arrow" data-part="arrow" />
        <div className="pir-way-card" data-part="card">
          <span className="pir-way-name">
            FENCE <span className="pir-way-distance" data-part="distance" />
          </span>
          <span className="pir-way-hint" data-part="hint" />
        </div>
      </div>
    </div>
  );
}
