import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import type { ObjectiveStage } from '../../sim';
import { onCombatFrame, projectPoint, type ProjectedPoint } from '../combat/combat-frame';
import { Painter, partPainter } from '../combat/painter';
import { objectiveText, waltonRemainingM, type ObjectiveText } from './piracy-text';

const text: ObjectiveText = { visible: false, label: '', value: '', progress: -1 };
const planet: ProjectedPoint = { inFront: false, x: 0, y: 0, cameraX: 0, cameraY: 0, distance: 0 };

/**
 * Chapter 1's objective, top centre: the credits still to steal with a progress bar,
 * then the distance to Walton's planet; nothing while his scene plays.
 */
export function ObjectiveLine() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const part = (name: string): Painter => partPainter(root, name);
    const nodes = {
      root: new Painter(root),
      label: part('label'),
      value: part('value'),
      bar: part('bar'),
      fill: part('fill'),
    };
    nodes.root.show(false);
    // What was last written, so steady frames build no strings.
    let shownStage: ObjectiveStage | null = null;
    let shownAmount = NaN;

    return onCombatFrame((frame) => {
      if (!frame.valid) return;
      const sim = runtime.session.sim;
      const stage = sim.objective.stage;
      let amount = sim.credits;
      if (stage === 'reach-walton') {
        const [x, y, z] = sim.waltonPlanet.position;
        projectPoint(x, y, z, planet);
        // Tens of metres: the line reads "640 m" or "4.23 km".
        amount = Math.round(waltonRemainingM(planet.distance, sim.waltonPlanet.radiusM) / 10) * 10;
      }
      if (stage === shownStage && amount === shownAmount) return;
      shownStage = stage;
      shownAmount = amount;
      objectiveText(stage, sim.credits, amount, text);
      if (!nodes.root.show(text.visible)) return;
      nodes.label.text(text.label);
      nodes.value.text(text.value);
      nodes.root.flag('is-travel', stage === 'reach-walton');
      if (nodes.bar.show(text.progress >= 0)) nodes.fill.fillX(text.progress);
    });
  }, []);

  return (
    <div className="pir-objective" ref={ref} data-testid="hud-objective">
      <div className="pir-objective-line">
        <span className="pir-objective-label" data-part="label" />
        <span className="pir-objective-value" data-part="value" />
      </div>
      <div className="pir-objective-bar" data-part="bar">
        <div className="pir-objective-fill" data-part="fill" />
      </div>
    </div>
  );
}
