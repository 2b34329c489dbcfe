import './title/title.css';
import { useCallback, useMemo, useState } from 'react';
import { runtime } from '../game/runtime';
import type { CampaignSave } from '../state/campaign-save';
import { useCampaign } from '../state/campaign-store';
import type { CategoryId } from '../sim';
import { slotName } from '../state/records-schema';
import { useRecords, type RecordsState } from '../state/records-store';
import { useScreen } from '../state/screen-store';
import { MenuList, type MenuItem } from './MenuList';
import { CategorySelect } from './title/CategorySelect';
import { ChapterSelect } from './title/ChapterSelect';
import { RecordsPanel } from './title/RecordsPanel';
import { ReplayProblemPanel, useReplayLoader } from './title/ReplayLoader';

type TitleView = 'main' | 'new-run' | 'chapters' | 'records';

export function TitleScreen() {
  const openSettings = useScreen((state) => state.openSettings);
  const save = useCampaign((state) => state.save);
  const recordsNotice = useRecords((state) => state.notice);
  const slots = useRecords((state) => state.slots);
  const dismissRecordsNotice = useRecords((state) => state.dismissNotice);
  const [view, setView] = useState<TitleView>('main');
  const replay = useReplayLoader();
  const backToMain = useCallback(() => setView('main'), []);
  const items = useMemo<MenuItem[]>(
    () => [
      ...(save ? [continueItem(save)] : []),
      {
        id: 'new-run',
        label: 'New run',
        hint: 'choose a category',
        onSelect: () => setView('new-run'),
      },
      {
        id: 'chapters',
        label: 'Chapter select',
        hint: 'practice',
        onSelect: () => setView('chapters'),
      },
      {
        id: 'records',
        label: 'Records',
        hint: 'personal bests',
        onSelect: () => setView('records'),
      },
      { id: 'load-replay', label: 'Load replay', hint: 'file', onSelect: replay.open },
      { id: 'settings', label: 'Settings', onSelect: () => openSettings('title') },
    ],
    [openSettings, save, replay.open],
  );
  const compact = view !== 'main' || replay.problem !== null;
  return (
    <div className={`screen title-screen${compact ? ' is-compact' : ''}`}>
      <header className="title-block">
        <p className="title-kicker">Callister Inc. presents</p>
        <h1 className="title-logo">INFINITY</h1>
        <p className="title-sub">U.S.S. CALLISTER · NCC-1031</p>
      </header>
      {replay.input}
      {replay.problem ? (
        <ReplayProblemPanel
          problem={replay.problem}
          onDismiss={replay.dismiss}
          onRetry={() => {
            replay.dismiss();
            replay.open();
          }}
        />
      ) : view === 'new-run' ? (
        <CategorySelect onBack={backToMain} />
      ) : view === 'chapters' ? (
        <ChapterSelect onBack={backToMain} />
      ) : view === 'records' ? (
        <RecordsPanel onBack={backToMain} />
      ) : (
        <>
          <MenuList items={items} label="Title menu" remember />
          {recordsNotice ? (
            <div className="ttl-records-notice" role="status" data-testid="records-notice">
              <p className="notice">
                Some stored records could not be used ({unusableSlots(slots)}): they are kept as
                they were. See Records for details.
              </p>
              <button type="button" className="notice-dismiss" onClick={dismissRecordsNotice}>
                Dismiss
              </button>
            </div>
          ) : null}
        </>
      )}
      <p className="title-footer">
        The crew cannot respawn. Death is permanent.
        <span className="title-keys">
          ↑ ↓ choose · Enter select{view === 'main' ? '' : ' · Esc back'}
        </span>
      </p>
    </div>
  );
}

/** The category × seed type slots whose stored records could not be used, in words. */
function unusableSlots(slots: RecordsState['slots']): string {
  return Object.values(slots)
    .filter((slot) => slot?.problem)
    .map((slot) => slotName(slot!.records.category as CategoryId, slot!.records.seedType))
    .join(', ');
}

const SAVE_CHAPTERS: Readonly<Record<CampaignSave['chapter'], string>> = {
  piracy: 'Chapter 1',
  party: 'Chapter 2, the party',
  heart: 'Chapter 3, the Heart',
};

/** Continue resumes the campaign from its last autosave (the start of the chapter it reached). */
function continueItem(save: CampaignSave): MenuItem {
  return {
    id: 'continue',
    label: 'Continue',
    hint: `${SAVE_CHAPTERS[save.chapter]} · seed ${save.seed}`,
    onSelect: () => runtime.continueCampaign(save),
  };
}
