import { runtime } from '../../game/runtime';
import { PARTY } from '../../sim';
import type { MarkerLayout } from '../markers/marker-placer';
import { useMarkerLayer, type PaintMarkers } from '../markers/use-marker-layer';
import { MarkerBars, WorldMarker } from '../markers/WorldMarker';

const RELAY_COUNT = PARTY.relays.length;

const LAYOUT: MarkerLayout = {
  marginPx: 14,
  cardDropPx: 34,
  edgeCardOffsetPx: 46,
  edgeCardSidePx: 64,
  topPanels: ['.pty-panel'],
};

const paint: PaintMarkers = (frame, markers, placer) => {
  const sim = runtime.session.sim;
  const party = sim.party;
  const live = frame.valid && frame.playerAlive && party !== null && party.endedTick === null;
  for (let i = 0; i < markers.length; i++) {
    const nodes = markers[i]!;
    const id = live ? party.relayIds[i] : undefined;
    const relay = id === undefined ? undefined : sim.enemyById.get(id);
    const shown = relay !== undefined && relay.alive && relay.id !== sim.player.targetId;
    if (nodes.root.show(shown) && relay) placer.markShip(nodes, frame, relay);
  }
};

/**
 * A waypoint on each invitation relay still standing, in its party colour: a diamond
 * with its name, distance and shields and hull when it is in view, an arrow on the
 * console-clear edge ellipse when it is not. The relay the Callister has targeted is
 * left to the target bracket.
 */
export function RelayMarkers() {
  const ref = useMarkerLayer(LAYOUT, paint);
  return (
    <div className="hud-marks" ref={ref}>
      {Array.from({ length: RELAY_COUNT }, (_, i) => (
        <WorldMarker className={`pty-relay pty-relay-${i % 3}`} testId="hud-relay-marker" key={i}>
          <span className="hud-mark-name" data-part="name" />
          <span className="hud-mark-distance" data-part="distance" />
          <MarkerBars />
        </WorldMarker>
      ))}
    </div>
  );
}
