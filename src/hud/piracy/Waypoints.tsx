import { runtime } from '../../game/runtime';
import { UPGRADES } from '../../sim';
import type { CombatFrame } from '../combat/combat-frame';
import { formatDistance } from '../combat/hud-geometry';
import type { MarkerNodes } from '../markers/marker-nodes';
import type { MarkerLayout, MarkerPlacer } from '../markers/marker-placer';
import { useMarkerLayer, type PaintMarkers } from '../markers/use-marker-layer';
import { WorldMarker } from '../markers/WorldMarker';
import { dockingHintKey, dockingHintText, waltonRemainingM } from './piracy-text';

const LAYOUT: MarkerLayout = {
  marginPx: 12,
  cardDropPx: 30,
  edgeCardOffsetPx: 44,
  edgeCardSidePx: null,
  // No console at the top centre in chapter 1: the objective line sits beside the clock.
  topPanels: [],
};

/** The markers, in the order they are laid out. */
const PLANET = 0;
const STATION = 1;
/** The station marker (and its docking hint) shows this close to its hull... */
const STATION_NEAR_M = 1500;
/** ...or anywhere once the crew can afford the fence's cheapest upgrade. */
const CHEAPEST_UPGRADE = Math.min(...UPGRADES.map((upgrade) => upgrade.costs[0] ?? Infinity));

/** Shows and places a marker on the projected point; off screen only where `edge` allows. */
function placeIf(
  nodes: MarkerNodes,
  frame: CombatFrame,
  placer: MarkerPlacer,
  edge: boolean,
): boolean {
  if (!nodes.root.show(placer.onScreen(frame) || edge)) return false;
  placer.place(nodes, frame);
  return true;
}

const paint: PaintMarkers = (frame, markers, placer) => {
  const planetMarker = markers[PLANET]!;
  const stationMarker = markers[STATION]!;
  const sim = runtime.session.sim;
  const stage = sim.objective.stage;
  const live = frame.valid && frame.playerAlive && (stage === 'raid' || stage === 'reach-walton');

  let planetShown = false;
  if (live && stage === 'reach-walton') {
    const [x, y, z] = sim.waltonPlanet.position;
    const point = placer.project(x, y, z);
    planetShown = placeIf(planetMarker, frame, placer, true);
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
    const point = placer.project(x, y, z);
    const hull = Math.max(0, point.distance - station.radiusM);
    const near = hull < STATION_NEAR_M;
    if (near || sim.credits >= CHEAPEST_UPGRADE) {
      stationShown = placeIf(stationMarker, frame, placer, near);
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
};

/**
 * Waypoints projected into the view: Walton's planet once the credits are in, and the
 * trade station's fence (with how to dock) when it is near or worth a visit. An
 * objective that is off screen gets an arrow on the same console-clear ellipse as
 * the combat arrows.
 */
export function Waypoints() {
  const ref = useMarkerLayer(LAYOUT, paint);
  return (
    <div className="hud-marks" ref={ref}>
      <WorldMarker className="pir-way pir-way-planet" testId="hud-waypoint">
        <span className="hud-mark-name">WALTON&rsquo;S PLANET</span>
        <span className="hud-mark-distance" data-part="distance" />
      </WorldMarker>
      <WorldMarker className="pir-way pir-way-station" testId="hud-fence">
        <span className="hud-mark-name">
          FENCE <span className="hud-mark-distance" data-part="distance" />
        </span>
        <span className="pir-way-hint" data-part="hint" />
      </WorldMarker>
    </div>
  );
}
