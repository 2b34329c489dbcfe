import { runtime } from '../../game/runtime';
import type { HeartState, SimState } from '../../sim';
import { HEART } from '../../sim/content/heart';
import type { MarkerLayout } from '../markers/marker-placer';
import { useMarkerLayer, type PaintMarkers } from '../markers/use-marker-layer';
import { MarkerBars, WorldMarker } from '../markers/WorldMarker';
import { PYLON_COUNT, shieldDown } from './heart-text';

const LAYOUT: MarkerLayout = {
  marginPx: 14,
  cardDropPx: 34,
  edgeCardOffsetPx: 46,
  edgeCardSidePx: 64,
  // The Heart console, or the deletion countdown that replaces it.
  topPanels: ['.hrt-panel', '.hrt-countdown'],
};

/** Slots: the four pylons, then Bob's core, then the uplink. */
const BOB_SLOT = PYLON_COUNT;
const UPLINK_SLOT = PYLON_COUNT + 1;
const [CORE_X, CORE_Y, CORE_Z] = HEART.core.center;
const [UPLINK_X, UPLINK_Y, UPLINK_Z] = HEART.uplink.position;

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

const paint: PaintMarkers = (frame, markers, placer) => {
  const sim = runtime.session.sim;
  const heart = sim.heart;
  const live =
    frame.valid && frame.playerAlive && heart !== null && heart.ending === null ? heart : null;
  for (let i = 0; i < PYLON_COUNT; i++) {
    const nodes = markers[i]!;
    const pylon = live && live.stage === 'bob' ? pylonOf(sim, live, i) : undefined;
    const shown = pylon !== undefined && pylon.id !== sim.player.targetId;
    if (nodes.root.show(shown) && pylon) placer.markShip(nodes, frame, pylon);
  }
  const bob = markers[BOB_SLOT]!;
  const bobShown = live !== null && live.bob.alive && live.countdownTicks === null;
  if (bob.root.show(bobShown) && live) {
    placer.mark(bob, frame, CORE_X, CORE_Y, CORE_Z, HEART.bob.hitRadiusM);
    bob.name?.text(bobName(live));
    bob.root.flag('is-open', shieldDown(live));
  }
  const uplink = markers[UPLINK_SLOT]!;
  if (uplink.root.show(live !== null && uplinkShown(live)) && live) {
    placer.mark(uplink, frame, UPLINK_X, UPLINK_Y, UPLINK_Z, 0);
    uplink.root.flag('is-inside', live.stage === 'uplink');
  }
};

/**
 * Waypoints in the Heart: each pylon still standing (name, distance, shields and hull;
 * the targeted one is left to the target bracket), Bob's core (the way through the
 * gauntlet, then Bob himself), and during the deletion the retro computer uplink.
 */
export function HeartMarkers() {
  const ref = useMarkerLayer(LAYOUT, paint);
  return (
    <div className="hud-marks" ref={ref}>
      {Array.from({ length: PYLON_COUNT }, (_, i) => (
        <WorldMarker className="hrt-mark hrt-mark-pylon" testId="hud-pylon-marker" key={i}>
          <span className="hud-mark-name" data-part="name" />
          <span className="hud-mark-distance" data-part="distance" />
          <MarkerBars />
        </WorldMarker>
      ))}
      <WorldMarker className="hrt-mark hrt-mark-bob" testId="hud-bob-marker">
        <span className="hud-mark-name" data-part="name" />
        <span className="hud-mark-distance" data-part="distance" />
      </WorldMarker>
      <WorldMarker className="hrt-mark hrt-mark-uplink" testId="hud-uplink-marker">
        <span className="hud-mark-name">RETRO COMPUTER · UPLINK</span>
        <span className="hud-mark-distance" data-part="distance" />
      </WorldMarker>
    </div>
  );
}
