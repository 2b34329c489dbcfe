import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter } from '../combat/painter';
import { useKeyLabel } from './key-label';

/** While the Callister is docked at the trade station: how to reach the fence. */
export function DockedPrompt() {
  const ref = useRef<HTMLDivElement>(null);
  const tradeKey = useKeyLabel('trade');

  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const node = new Painter(root);
    node.show(false);
    return onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      node.show(frame.valid && sim.docked && sim.player.alive);
    });
  }, []);

  return (
    <div className="pir-docked" ref={ref} data-testid="hud-docked">
      <div className="pir-docked-title">DOCKED AT THE TRADE STATION</div>
      <div className="pir-docked-hint">
        press <kbd>{tradeKey}</kbd> to trade with the fence
      </div>
    </div>
  );
}
