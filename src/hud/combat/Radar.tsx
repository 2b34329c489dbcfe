import { useEffect, useRef } from 'react';
import { Quaternion, Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import { TICK_RATE } from '../../sim';
import { formatSeconds } from '../piracy/piracy-text';
import { shipPose } from '../../view/ship-pose';
import { MAX_CONTACTS, MAX_PICKUPS, onCombatFrame } from './combat-frame';
import { radarBlip, type RadarBlip } from './hud-geometry';
import { Painter, paintersFor } from './painter';

/** The scope's outer ring; contacts beyond sit on the rim. */
export const RADAR_RANGE_M = 3000;
/** Kabir's sweep: ships carrying at least this many credits get the big gold mark. */
const SWEEP_RICH_CREDITS = 300;
const rangeText = (metres: number): string =>
  `${(metres / 1000).toFixed(metres % 1000 === 0 ? 0 : 1)} KM`;
/** Height stems are capped at this fraction of the scope's radius. */
const MAX_STEM_FRACTION = 0.22;
/** Elevation (sine) beyond which a contact counts as above or below the plane. */
const LEVEL_BAND = 0.2;

interface BlipNodes {
  readonly root: Painter;
  readonly stem: Painter;
}

const modeText = (ticks: number): string =>
  ticks > 0 ? `SWEEP ${formatSeconds(ticks)}` : 'SCANNER';

const blip: RadarBlip = { x: 0, y: 0, stemPx: 0, elevation: 0, clamped: false };
/** Chapter 2's invitation relays get their own marks, always shown (on the rim when far). */
const MAX_RELAY_BLIPS = 3;
const relative = new Vector3();
const inverseShip = new Quaternion();

/**
 * The Callister's scope: hostiles top-down in the ship's own frame (forward is up),
 * 3 km to the rim with a ring at half range. Height shows as a stem up or down and
 * brightness; the target is ringed. Blips are a fixed pool, like the brackets.
 */
export function Radar() {
  const radarRef = useRef<HTMLDivElement>(null);
  const scopeRef = useRef<HTMLDivElement>(null);
  const blipsRef = useRef<HTMLDivElement>(null);
  const pickupsRef = useRef<HTMLDivElement>(null);
  const relaysRef = useRef<HTMLDivElement>(null);
  const modeRef = useRef<HTMLSpanElement>(null);
  const rangeLabelRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const scope = scopeRef.current;
    if (!scope || !blipsRef.current || !pickupsRef.current) return undefined;
    const blips: BlipNodes[] = paintersFor(blipsRef.current).map((root) => ({
      root,
      stem: new Painter(root.element.firstElementChild as HTMLElement),
    }));
    for (const node of blips) node.root.show(false);
    const pickups = paintersFor(pickupsRef.current);
    for (const node of pickups) node.show(false);
    const relays = paintersFor(relaysRef.current);
    for (const node of relays) node.show(false);
    const legend = {
      root: new Painter(radarRef.current!),
      mode: new Painter(modeRef.current!),
      range: new Painter(rangeLabelRef.current!),
    };

    let radiusPx = scope.clientWidth / 2;
    const observer = new ResizeObserver(() => {
      radiusPx = scope.clientWidth / 2;
    });
    observer.observe(scope);

    const stop = onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      // Kabir's sweep reaches across the whole sector and marks what every ship carries.
      const sweepTicks = sim.player.effects.sweepUntilTick - sim.tick;
      const sweeping = sweepTicks > 0;
      const rangeM = sweeping ? Math.max(RADAR_RANGE_M, sim.sector.radiusM) : RADAR_RANGE_M;
      legend.root.flag('is-sweep', sweeping);
      legend.mode.textOf(sweeping ? Math.ceil(sweepTicks / TICK_RATE) : 0, sweepTicks, modeText);
      legend.range.textOf(rangeM, rangeM, rangeText);
      let used = 0;
      const maxStem = radiusPx * MAX_STEM_FRACTION;
      // Blip centres stay a few pixels inside the rim so they are never clipped.
      const drawRadius = Math.max(1, radiusPx - 4);
      if (frame.valid) {
        for (let i = 0; i < frame.count && used < blips.length; i++) {
          const ship = frame.ships[i]!;
          // Relays have their own marks (below).
          if (ship.role === 'relay') continue;
          radarBlip(
            frame.localX[i]!,
            frame.localY[i]!,
            frame.localZ[i]!,
            rangeM,
            drawRadius,
            maxStem,
            blip,
          );
          const node = blips[used++]!;
          node.root.show(true);
          node.root.place(blip.x, blip.y);
          node.stem.stretchY(blip.stemPx);
          node.root.flag('is-target', i === frame.targetIndex);
          node.root.flag('is-threat', ship.ai.state === 'attack');
          node.root.flag('is-rim', blip.clamped);
          node.root.flag('is-above', blip.elevation > LEVEL_BAND);
          node.root.flag('is-below', blip.elevation < -LEVEL_BAND);
          const loaded = sweeping && ship.credits > 0;
          node.root.flag('is-loaded', loaded);
          node.root.flag('is-rich', loaded && ship.credits >= SWEEP_RICH_CREDITS);
          node.root.flag('is-empty', sweeping && ship.credits <= 0);
        }
      }
      for (let k = used; k < blips.length; k++) blips[k]!.root.show(false);

      // Spilled credits, as small gold diamonds.
      let shown = 0;
      if (frame.valid) {
        for (let i = 0; i < frame.pickupCount && shown < pickups.length; i++) {
          radarBlip(
            frame.pickupLocalX[i]!,
            frame.pickupLocalY[i]!,
            frame.pickupLocalZ[i]!,
            rangeM,
            drawRadius,
            maxStem,
            blip,
          );
          const node = pickups[shown++]!;
          node.show(true);
          node.place(blip.x, blip.y);
          node.flag('is-rim', blip.clamped);
        }
      }
      for (let k = shown; k < pickups.length; k++) pickups[k]!.show(false);

      // The invitation relays still standing, as big diamonds in their party colours.
      let marked = 0;
      const party = sim.party;
      if (frame.valid && party && party.endedTick === null) {
        inverseShip.copy(shipPose.quaternion).invert();
        for (let i = 0; i < party.relayIds.length && marked < relays.length; i++) {
          const relay = sim.enemyById.get(party.relayIds[i]!);
          if (!relay || !relay.alive) continue;
          const p = relay.body.position;
          relative.set(p.x, p.y, p.z).sub(shipPose.position).applyQuaternion(inverseShip);
          radarBlip(relative.x, relative.y, relative.z, rangeM, drawRadius, maxStem, blip);
          const node = relays[marked++]!;
          node.show(true);
          node.place(blip.x, blip.y);
          node.flag(`is-relay-${i % MAX_RELAY_BLIPS}`, true);
          node.flag('is-rim', blip.clamped);
          node.flag('is-target', relay.id === sim.player.targetId);
        }
      }
      for (let k = marked; k < relays.length; k++) relays[k]!.show(false);
    });
    return () => {
      stop();
      observer.disconnect();
    };
  }, []);

  return (
    <div className="cmb-radar" ref={radarRef} data-testid="hud-radar">
      <div className="cmb-radar-scope" ref={scopeRef}>
        <div className="cmb-radar-sweep" />
        <div className="cmb-radar-grid" />
        <div className="cmb-radar-ring" />
        <div className="cmb-radar-ship" />
        <div className="cmb-radar-blips" ref={pickupsRef}>
          {Array.from({ length: MAX_PICKUPS }, (_, i) => (
            <div className="cmb-blip-pickup" key={i} />
          ))}
        </div>
        <div className="cmb-radar-blips" ref={relaysRef}>
          {Array.from({ length: MAX_RELAY_BLIPS }, (_, i) => (
            <div className="cmb-blip-relay" key={i} />
          ))}
        </div>
        <div className="cmb-radar-blips" ref={blipsRef}>
          {Array.from({ length: MAX_CONTACTS }, (_, i) => (
            <div className="cmb-blip" key={i}>
              <span className="cmb-blip-stem" />
            </div>
          ))}
        </div>
      </div>
      <div className="cmb-radar-legend">
        <span ref={modeRef}>SCANNER</span>
        <span ref={rangeLabelRef}>{RADAR_RANGE_M / 1000} KM</span>
      </div>
    </div>
  );
}
