import { useMemo } from 'react';
import { runtime } from '../game/runtime';
import { useScreen } from '../state/screen-store';
import { MenuList, type MenuItem } from './MenuList';

export function TitleScreen() {
  const openSettings = useScreen((state) => state.openSettings);
  const items = useMemo<MenuItem[]>(
    () => [
      {
        id: 'new-run',
        label: 'New run',
        hint: runtime.url.seed !== null ? `Seed ${runtime.url.seed}` : 'Random seed',
        onSelect: () => runtime.start({}),
      },
      {
        id: 'arena',
        label: 'Combat arena',
        hint: 'practice',
        onSelect: () => runtime.start({ category: 'arena' }),
      },
      { id: 'settings', label: 'Settings', onSelect: () => openSettings('title') },
    ],
    [openSettings],
  );
  return (
    <div className="screen title-screen">
      <header className="title-block">
        <p className="title-kicker">Callister Inc. presents</p>
        <h1 className="title-logo">INFINITY</h1>
        <p className="title-sub">U.S.S. CALLISTER · NCC-1031</p>
      </header>
      <MenuList items={items} label="Title menu" remember />
      <p className="title-footer">
        The crew cannot respawn. Death is permanent.
        <span className="title-keys">↑ ↓ choose · Enter select</span>
      </p>
    </div>
  );
}
