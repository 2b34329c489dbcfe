import { ObjectivePip } from '../pips/ObjectivePip';
import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { describeObjective } from '../../sim';
import { HEART } from '../../sim/content/heart';
import { onCombatFrame } from '../combat/combat-frame';
import { formatDistance } from '../combat/hud-geometry';
import { Painter, partPainter, paintersFor } from '../combat/painter';
import {
  BOB_STRIKES,
  PYLON_COUNT,
  collapseGapM,
  countdownCritical,
  countdownKey,
  countdownText,
  shieldDown,
  stageText,
} from './heart-text';

const [CORE_X, CORE_Y, CORE_Z] = HEART.core.center;
const frontText = (metres: number): string =>
  metres > 0 ? `COLLAPSE ${formatDistance(metres)} BEHIND` : 'INSIDE THE COLLAPSE';

/**
 * The Heart console, top centre: the stage, the four pylons as pips and, once his shield
 * is down, Bob's strikes left; under it the objective. When Bob falls it gives way to the
 * deletion countdown: big seconds and hundredths, red in the last ten, with how far back
 * the collapse is.
 */
export function HeartPanel() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const part = (name: string): Painter => partPainter(root, name);
    const nodes = {
      panel: part('panel'),
      stage: part('stage'),
      bobCell: part('bob-cell'),
      objective: part('objective'),
      countdown: part('countdown'),
      count: part('count'),
      front: part('front'),
      countObjective: part('count-objective'),
    };
    const pylonPips = paintersFor(root.querySelector('[data-part="pylons"]'));
    const strikePips = paintersFor(root.querySelector('[data-part="strikes"]'));
    nodes.panel.show(false);
    nodes.countdown.show(false);
    let objectiveKey = '';

    return onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      const heart = sim.heart;
      const counting = heart !== null && heart.countdownTicks !== null;
      nodes.panel.show(frame.valid && heart !== null && !counting);
      nodes.countdown.show(frame.valid && counting);
      if (!frame.valid || !heart) return;

      const key = `${heart.stage}:${heart.pylonsLeft}:${heart.bob.strikesLeft}:${heart.ending ?? ''}:${sim.outcome?.kind ?? ''}`;
      if (key !== objectiveKey) {
        objectiveKey = key;
        const objective = describeObjective(sim);
        nodes.objective.text(objective);
        nodes.countObjective.text(objective);
      }

      if (heart.countdownTicks !== null) {
        const ticks = heart.countdownTicks;
        nodes.count.textOf(countdownKey(ticks), countdownKey(ticks), countdownText);
        nodes.countdown.flag('is-critical', countdownCritical(ticks) && heart.ending === null);
        nodes.countdown.flag('is-done', heart.ending !== null);
        const p = sim.player.body.position;
        const fromCore = Math.hypot(p.x - CORE_X, p.y - CORE_Y, p.z - CORE_Z);
        const gap = collapseGapM(fromCore, heart.collapseRadiusM);
        nodes.front.textOf(gap > 0 ? Math.round(gap / 10) : -1, gap, frontText);
        nodes.front.flag('is-close', gap < 250);
        return;
      }

      nodes.stage.text(stageText(heart.stage));
      for (let i = 0; i < pylonPips.length; i++) {
        const id = heart.pylonIds[i];
        const pylon = id === undefined ? undefined : sim.enemyById.get(id);
        pylonPips[i]!.flag('is-down', !pylon || !pylon.alive);
      }
      const open = shieldDown(heart);
      nodes.bobCell.flag('is-open', open);
      nodes.panel.flag('is-shield-down', open);
      for (let i = 0; i < strikePips.length; i++) {
        strikePips[i]!.flag('is-spent', i >= heart.bob.strikesLeft);
      }
    });
  }, []);

  return (
    <div className="hrt-top" ref={ref}>
      <div className="hrt-panel" data-part="panel" data-testid="hud-heart">
        <div className="hrt-stage" data-part="stage" data-testid="hud-heart-stage">
          {stageText('gauntlet')}
        </div>
        <div className="hrt-row">
          <div className="hrt-cell hrt-cell-pylons">
            <span className="hrt-label">PYLONS</span>
            <span className="hrt-pips" data-part="pylons">
              {Array.from({ length: PYLON_COUNT }, (_, i) => (
                <ObjectivePip className="hrt-pip" key={i} />
              ))}
            </span>
          </div>
          <div className="hrt-cell hrt-cell-bob" data-part="bob-cell">
            <span className="hrt-label">BOB</span>
            <span className="hrt-shielded">SHIELDED</span>
            <span className="hrt-strikes" data-part="strikes" data-testid="hud-bob-strikes">
              {Array.from({ length: BOB_STRIKES }, (_, i) => (
                <span className="hrt-strike" key={i} />
              ))}
            </span>
          </div>
        </div>
        <div className="hrt-objective" data-part="objective" />
      </div>
      <div className="hrt-countdown" data-part="countdown" data-testid="hud-heart-countdown">
        <span className="hrt-countdown-label">INFINITY DELETED IN</span>
        <span className="hrt-countdown-value" data-part="count" data-testid="hud-countdown">
          60.00
        </span>
        <span className="hrt-countdown-front" data-part="front" />
        <span className="hrt-objective" data-part="count-objective" />
      </div>
    </div>
  );
}
