import { useMemo } from 'react';
import { runtime } from '../game/runtime';
import type { CampaignSave } from '../state/campaign-save';
import { useCampaign } from '../state/campaign-store';
import { useScreen } from '../state/screen-store';
import { MenuList, type MenuItem } from './MenuList';

export function TitleScreen() {
  const openSettings = useScreen((state) => state.openSettings);
  const save = useCampaign((state) => state.save);
  const items = useMemo<MenuItem[]>(
    () => [
      ...(save ? [continueItem(save)] : []),
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
    [openSettings, save],
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

/** Continue resumes the campaign from its last autosave (the start of the chapter it reached). */
function continueItem(save: CampaignSave): MenuItem {
  if (save.chapter === 'piracy') {
    return {
      id: 'continue',
      label: 'Continue',
      hint: `Chapter 1 · seed ${save.seed}`,
      onSelect: () => runtime.start({ category: 'any', seed: save.seed }),
    };
  }
  return {
    id: 'continue',
    label: 'Continue',
    hint: 'Chapter 2 arrives with the next update',
    disabled: true,
    onSelect: () => undefined,
  };
}
