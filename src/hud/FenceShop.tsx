import { useEffect, useState } from 'react';
import { runtime } from '../game/runtime';
import { UPGRADES } from '../sim';
import { formatCredits } from './combat/hud-geometry';
import { MenuList, type MenuItem } from './MenuList';

/**
 * The black-market fence on the trade station. Every purchase goes through the sim
 * as an input (runtime.buyUpgrade), so a replay buys the same things on the same tick.
 */
export function FenceShop() {
  // Purchases change sim state React does not watch: bump this to re-read it.
  const [, setPurchases] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(
    () =>
      runtime.session.onEvent((event) => {
        if (event.type === 'Purchased') {
          const upgrade = UPGRADES.find((u) => u.id === event.upgrade);
          setMessage(`Bought ${upgrade?.label ?? event.upgrade} for ${formatCredits(event.cost)}.`);
        } else if (event.type === 'PurchaseRejected') {
          setMessage(`The fence says no: ${event.reason}.`);
        }
      }),
    [],
  );

  const sim = runtime.session.sim;
  const items: MenuItem[] = UPGRADES.map((upgrade, index) => {
    const level = sim.upgrades[upgrade.id];
    const maxed = !upgrade.repeatable && level >= upgrade.costs.length;
    const cost = upgrade.costs[upgrade.repeatable ? 0 : Math.min(level, upgrade.costs.length - 1)]!;
    const levelText = upgrade.repeatable ? '' : ` ${level}/${upgrade.costs.length}`;
    return {
      id: upgrade.id,
      label: `${upgrade.label}${levelText}`,
      hint: maxed ? 'MAX' : `${upgrade.description} · ${formatCredits(cost)}`,
      disabled: maxed,
      onSelect: () => {
        runtime.buyUpgrade(index + 1);
        setPurchases((n) => n + 1);
      },
    };
  });
  items.push({
    id: 'leave',
    label: 'Undock',
    hint: 'Esc / B',
    onSelect: () => runtime.closeShop(),
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.code === 'KeyB' && !event.repeat) runtime.closeShop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="screen shop-screen" role="dialog" aria-label="The fence">
      <div className="panel panel-wide">
        <h2 className="panel-title">The fence</h2>
        <p className="shop-lede">
          No questions asked. Credits{' '}
          <strong data-testid="shop-credits">{formatCredits(sim.credits)}</strong> · Hull{' '}
          {Math.ceil(sim.player.hull)}/{sim.player.hullMax}
        </p>
        <MenuList items={items} label="Fence menu" onBack={() => runtime.closeShop()} />
        <p className="shop-message" role="status">
          {message ?? 'Upgrades last the whole run. Enter buys, Esc undocks.'}
        </p>
      </div>
    </div>
  );
}
