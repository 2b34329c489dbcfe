import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { PLAYER_ID, TICK_RATE, type SimEvent, type Vec3Tuple } from '../../sim';
import { onCombatFrame } from './combat-frame';
import { damageAngle, fadeOpacity } from './hud-geometry';
import { paintersFor } from './painter';

const MAX_ARCS = 8;
/** An arc holds, then fades; the whole life is about a second of sim time. */
const HOLD_S = 0.2;
const FADE_S = 0.9;
/** A hit this close in angle to a fresh arc refreshes it instead of stacking another. */
const MERGE_RAD = 0.35;
const MERGE_AGE_S = 0.6;

interface Arc {
  active: boolean;
  angle: number;
  tick: number;
  hull: boolean;
}

/**
 * Red wedges around the reticle toward whatever just hit the Callister (weapon
 * hits and collisions), fading over about a second. Several can show at once.
 * Timed in sim ticks, so pausing freezes them with the fight.
 */
export function DamageIndicator() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    const painters = paintersFor(ref.current);
    const arcs: Arc[] = painters.map(() => ({ active: false, angle: 0, tick: 0, hull: false }));
    for (const painter of painters) painter.show(false);
    let generation = runtime.session.generation;
    let dirty = false;

    const add = (direction: Vec3Tuple, tick: number, hull: boolean): void => {
      const angle = damageAngle(direction[0], direction[1], direction[2]);
      let slot: Arc | undefined;
      for (const arc of arcs) {
        if (!arc.active || (tick - arc.tick) / TICK_RATE > MERGE_AGE_S) continue;
        const delta = Math.abs(
          Math.atan2(Math.sin(angle - arc.angle), Math.cos(angle - arc.angle)),
        );
        if (delta < MERGE_RAD) slot = arc;
      }
      if (slot) {
        slot.hull ||= hull;
      } else {
        // A free slot, else the oldest arc gives way.
        slot =
          arcs.find((arc) => !arc.active) ??
          arcs.reduce((oldest, arc) => (arc.tick < oldest.tick ? arc : oldest));
        slot.hull = hull;
      }
      slot.active = true;
      slot.angle = angle;
      slot.tick = tick;
      dirty = true;
    };

    const onEvent = (event: SimEvent): void => {
      if (event.type === 'Hit') {
        if (event.targetId !== PLAYER_ID || !event.directionLocal) return;
        if (event.shieldDamage + event.hullDamage <= 0) return;
        add(event.directionLocal, event.tick, event.hullDamage > 0);
      } else if (event.type === 'ShipImpact') {
        if (event.shieldDamage + event.hullDamage <= 0) return;
        add(event.directionLocal, event.tick, event.hullDamage > 0);
      }
    };
    const unsubscribe = runtime.session.onEvent(onEvent);

    const stop = onCombatFrame((frame) => {
      if (frame.generation !== generation) {
        generation = frame.generation;
        for (const arc of arcs) arc.active = false;
        dirty = true;
      }
      if (!dirty) return;
      let anyActive = false;
      for (let i = 0; i < arcs.length; i++) {
        const arc = arcs[i]!;
        const painter = painters[i]!;
        const ageS = (frame.time - arc.tick) / TICK_RATE;
        const opacity = arc.active ? fadeOpacity(ageS, HOLD_S, FADE_S) : 0;
        if (opacity <= 0) arc.active = false;
        if (!painter.show(arc.active)) continue;
        anyActive = true;
        painter.rotate(arc.angle);
        painter.opacity(opacity);
        painter.flag('is-hull', arc.hull);
      }
      dirty = anyActive;
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, []);

  return (
    <div className="cmb-hits" ref={ref} data-testid="hud-damage">
      {Array.from({ length: MAX_ARCS }, (_, i) => (
        <div className="cmb-hit" key={i}>
          <div className="cmb-hit-arc" />
        </div>
      ))}
    </div>
  );
}
