import './combat-hud.css';
import { AimReticle } from './AimReticle';
import { CommsFeed } from './CommsFeed';
import { DamageIndicator } from './DamageIndicator';
import { LeadPip } from './LeadPip';
import { OffscreenArrows } from './OffscreenArrows';
import { Radar } from './Radar';
import { TargetBrackets } from './TargetBrackets';
import { WeaponsPanel } from './WeaponsPanel';

/**
 * The combat layer of the HUD: markers over Infinity's ships (neon), the gunsight,
 * lead pip, damage arcs, and the Callister's gunnery, scanner and comms consoles.
 * React renders it once per run; every widget repaints its own DOM nodes after
 * each rendered frame from one shared snapshot (combat-frame.ts).
 */
export function CombatHud() {
  return (
    <div className="cmb" data-testid="combat-hud">
      <TargetBrackets />
      <DamageIndicator />
      <OffscreenArrows />
      <AimReticle />
      <LeadPip />
      <CommsFeed />
      <WeaponsPanel />
      <Radar />
    </div>
  );
}
