import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { RAID, SHIP_CLASSES, TORPEDOES } from '../../sim';
import {
  disabledSeconds,
  disabledText,
  isDisabledTag,
  raidTagKey,
  raidTagText,
} from '../piracy/piracy-text';
import { MAX_CONTACTS, onCombatFrame } from './combat-frame';
import { bracketHalfSize, formatCredits, formatDistance, isInsideViewport } from './hud-geometry';
import { Painter, paintersFor } from './painter';

/** Other ships show their tag only this close, to keep the screen clear. */
export const TAG_RANGE_M = 800;
/** Beyond this, plain markers dim. */
const FAR_RANGE_M = 1800;
/** The info card flips to the bracket's left this close to the right edge. */
const CARD_FLIP_PX = 240;
/**
 * In a swarm (every contact slot full: chapter 2's waves bring hundreds) only the
 * nearest this many get a plain bracket, so the screen stays readable.
 */
const SWARM_MARKS = 28;

interface MarkerNodes {
  readonly root: Painter;
  readonly box: Painter;
  readonly tag: Painter;
  /** Chapter 1: "DISABLED 6s ¤ 420" over a disabled ship, or its credits during Kabir's sweep. */
  readonly raid: Painter;
}

/**
 * Neon brackets over Infinity's ships. A fixed pool of markers (made once, hidden
 * when unused) follows the contacts, so ships coming and going never re-render
 * React. The target gets its own bigger bracket with an info card and the torpedo
 * lock ring.
 */
export function TargetBrackets() {
  const poolRef = useRef<HTMLDivElement>(null);
  const targetRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const pool = poolRef.current;
    const targetRoot = targetRef.current;
    if (!pool || !targetRoot) return undefined;
    const markers: MarkerNodes[] = paintersFor(pool).map((root) => ({
      root,
      box: new Painter(root.element.firstElementChild as HTMLElement),
      tag: new Painter(root.element.firstElementChild!.children[0] as HTMLElement),
      raid: new Painter(root.element.firstElementChild!.children[1] as HTMLElement),
    }));
    const part = (name: string): Painter =>
      new Painter(targetRoot.querySelector<HTMLElement>(`[data-part="${name}"]`)!);
    const target = {
      root: new Painter(targetRoot),
      box: part('box'),
      ring: part('ring'),
      card: part('card'),
      tag: part('tag'),
      shipClass: part('class'),
      distance: part('distance'),
      shields: part('shields'),
      hull: part('hull'),
      credits: part('credits'),
      disabled: part('disabled'),
      siphon: part('siphon'),
    };
    for (const marker of markers) marker.root.show(false);
    target.root.show(false);

    return onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      const sweeping = sim.player.effects.sweepUntilTick > sim.tick;
      let used = 0;
      const limit = frame.count >= MAX_CONTACTS ? SWARM_MARKS : markers.length;
      if (frame.valid) {
        for (let i = 0; i < frame.count && used < limit; i++) {
          if (i === frame.targetIndex || !frame.inFront[i]) continue;
          const x = frame.screenX[i]!;
          const y = frame.screenY[i]!;
          if (!isInsideViewport(x, y, frame.width, frame.height, -8)) continue;
          const ship = frame.ships[i]!;
          // Invitation relays carry their own waypoint (hud/party/RelayMarkers).
          if (ship.role === 'relay') continue;
          const distance = frame.distance[i]!;
          const marker = markers[used++]!;
          marker.root.show(true);
          marker.root.place(x, y);
          const size = Math.round(
            2 * bracketHalfSize(ship.radiusM, distance, frame.focalPx, 7, 48),
          );
          marker.box.square(size);
          const near = distance < TAG_RANGE_M;
          if (marker.tag.show(near)) marker.tag.text(ship.tag);
          marker.root.flag('is-threat', ship.ai.state === 'attack');
          marker.root.flag('is-fleeing', ship.ai.state === 'flee');
          marker.root.flag('is-far', distance > FAR_RANGE_M);
          const disabled = disabledSeconds(ship.ai.state, ship.ai.disabledUntilTick, sim.tick);
          marker.root.flag('is-disabled', disabled > 0);
          const raid = raidTagKey(disabled, ship.credits, ship.ai.robbed, sweeping);
          if (marker.raid.show(raid !== 0)) {
            marker.raid.textOf(raid, raid, raidTagText);
            marker.raid.flag('is-disabled', isDisabledTag(raid));
          }
        }
      }
      for (let k = used; k < markers.length; k++) markers[k]!.root.show(false);

      const index = frame.targetIndex;
      const ship = index >= 0 ? frame.ships[index] : null;
      const visible =
        frame.valid &&
        ship != null &&
        frame.inFront[index] === 1 &&
        isInsideViewport(frame.screenX[index]!, frame.screenY[index]!, frame.width, frame.height);
      if (!target.root.show(visible) || !ship) return;
      const x = frame.screenX[index]!;
      const y = frame.screenY[index]!;
      const distance = frame.distance[index]!;
      target.root.place(x, y);
      const size = Math.round(2 * bracketHalfSize(ship.radiusM, distance, frame.focalPx, 15, 80));
      target.box.square(size);
      target.card.flag('is-flipped', x > frame.width - CARD_FLIP_PX);
      target.tag.text(ship.tag);
      target.shipClass.text(SHIP_CLASSES[ship.shipClass].label);
      target.distance.textOf(Math.round(distance), distance, formatDistance);
      target.shields.fillX(ship.shields / ship.shieldsMax);
      target.hull.fillX(ship.hull / ship.hullMax);
      target.credits.textOf(ship.credits, ship.credits, formatCredits);
      const weapons = sim.player.weapons;
      const progress = Math.round((weapons.lockProgressTicks / TORPEDOES.lockTicks) * 100);
      target.ring.number('--lock', weapons.locked ? 100 : progress, '%');
      target.root.flag('is-acquiring', !weapons.locked && progress > 0);
      target.root.flag('is-locked', weapons.locked);
      target.root.flag('is-threat', ship.ai.state === 'attack');
      const disabled = disabledSeconds(ship.ai.state, ship.ai.disabledUntilTick, sim.tick);
      target.root.flag('is-disabled', disabled > 0);
      if (target.disabled.show(disabled > 0))
        target.disabled.textOf(disabled, disabled, disabledText);
      const siphonTicks = sim.siphon.targetId === ship.id ? sim.siphon.progressTicks : 0;
      target.root.flag('is-siphoning', siphonTicks > 0);
      target.siphon.number('--siphon', Math.round((siphonTicks / RAID.siphonTicks) * 100), '%');
    });
  }, []);

  return (
    <>
      <div className="cmb-marks" ref={poolRef}>
        {Array.from({ length: MAX_CONTACTS }, (_, i) => (
          <div className="cmb-mark" key={i}>
            <div className="cmb-mark-box">
              <span className="cmb-mark-tag" />
              <span className="cmb-mark-raid" />
            </div>
          </div>
        ))}
      </div>
      <div className="cmb-target" ref={targetRef} data-testid="hud-target">
        <div className="cmb-target-box" data-part="box">
          <div className="cmb-lock-ring" data-part="ring" />
          <div className="cmb-siphon-ring" data-part="siphon" />
          <span className="cmb-lock-label">LOCK</span>
          <div className="cmb-target-card" data-part="card">
            <div className="cmb-target-tag" data-part="tag" />
            <div className="cmb-target-meta">
              <span data-part="class" />
              <span className="cmb-target-sep">·</span>
              <span data-part="distance" />
            </div>
            <div className="cmb-target-bar cmb-target-bar-shields">
              <div className="cmb-target-fill" data-part="shields" />
            </div>
            <div className="cmb-target-bar cmb-target-bar-hull">
              <div className="cmb-target-fill" data-part="hull" />
            </div>
            <div className="cmb-target-credits" data-part="credits" />
            <div className="cmb-disabled-label" data-part="disabled" />
          </div>
        </div>
      </div>
    </>
  );
}
