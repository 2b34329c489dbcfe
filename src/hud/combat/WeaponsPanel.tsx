import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { PHASERS, TORPEDOES } from '../../sim';
import { lockStatus, type LockStatus } from './combat-text';
import { onCombatFrame } from './combat-frame';
import { Painter, paintersFor } from './painter';

/** Heat above this fraction of the overheat point shows as a warning. */
const HOT_FRACTION = 0.75;

const status: LockStatus = { text: '', tone: 'idle' };

/**
 * The gunnery console: phaser heat (red and blinking OVERHEAT when the guns lock
 * up), torpedo stock as pips, and the torpedo lock state.
 */
export function WeaponsPanel() {
  const rootRef = useRef<HTMLDivElement>(null);
  const heatRef = useRef<HTMLDivElement>(null);
  const pipsRef = useRef<HTMLDivElement>(null);
  const lockRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!rootRef.current || !heatRef.current || !lockRef.current) {
      return undefined;
    }
    const root = new Painter(rootRef.current);
    const heat = new Painter(heatRef.current);
    const pips = paintersFor(pipsRef.current);
    const lock = new Painter(lockRef.current);
    let lockKey = -1;
    return onCombatFrame(() => {
      const player = runtime.session.sim.player;
      const weapons = player.weapons;
      const heatFraction = weapons.phaserHeat / PHASERS.overheatAt;
      heat.fillX(heatFraction);
      root.flag('is-overheated', weapons.overheated);
      root.flag('is-hot', !weapons.overheated && heatFraction >= HOT_FRACTION);
      for (let i = 0; i < pips.length; i++) pips[i]!.flag('is-spent', i >= weapons.torpedoes);
      // Rebuild the lock line only when the lock, the stock or the target changed.
      const hasTarget = player.targetId !== null;
      const key =
        ((weapons.lockProgressTicks * 64 + weapons.torpedoes) * 2 + (hasTarget ? 1 : 0)) * 2 +
        (weapons.locked ? 1 : 0);
      if (key === lockKey) return;
      lockKey = key;
      lockStatus(hasTarget, weapons.torpedoes, weapons.lockProgressTicks, weapons.locked, status);
      lock.text(status.text);
      lock.flag('is-acquiring', status.tone === 'acquiring');
      lock.flag('is-locked', status.tone === 'locked');
      lock.flag('is-empty', status.tone === 'empty');
    });
  }, []);

  return (
    <div className="cmb-weapons" ref={rootRef} data-testid="hud-weapons">
      <div className="cmb-weapons-row">
        <span className="cmb-weapons-label">PHASERS</span>
        <div className="cmb-heat-track">
          <div className="cmb-heat-fill" ref={heatRef} />
          <span className="cmb-overheat">OVERHEAT</span>
        </div>
      </div>
      <div className="cmb-weapons-row">
        <span className="cmb-weapons-label">TORPS</span>
        <div className="cmb-torps" ref={pipsRef}>
          {Array.from({ length: TORPEDOES.stock }, (_, i) => (
            <span className="cmb-torp" key={i} />
          ))}
        </div>
      </div>
      <div className="cmb-lock-status" ref={lockRef}>
        NO TARGET
      </div>
    </div>
  );
}
