import { useMemo } from 'react';
import { runtime } from '../game/runtime';
import { useScreen } from '../state/screen-store';
import { MenuList, type MenuItem } from './MenuList';

export function PauseMenu() {
  const openSettings = useScreen((state) => state.openSettings);
  const items = useMemo<MenuItem[]>(
    () => [
      { id: 'resume', label: 'Resume', hint: 'Esc', onSelect: () => runtime.resume() },
      { id: 'restart', label: 'Restart', hint: 'same seed', onSelect: () => runtime.restart() },
      { id: 'settings', label: 'Settings', onSelect: () => openSettings('paused') },
      { id: 'quit', label: 'Quit to title', onSelect: () => runtime.quitToTitle() },
    ],
    [openSettings],
  );
  return (
    <div className="screen pause-screen" role="dialog" aria-label="Paused">
      <div className="panel">
        <h2 className="panel-title">Paused</h2>
        <MenuList items={items} label="Pause menu" onBack={() => runtime.resume()} />
      </div>
    </div>
  );
}
