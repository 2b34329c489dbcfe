import { useMemo } from 'react';
import { runtime } from '../game/runtime';
import { useRun } from '../state/run-store';
import { formatMs, formatTicks } from './format-time';
import { MenuList, type MenuItem } from './MenuList';

/** Shown when the run ends: the Callister destroyed, or the arena cleared. */
export function ResultsScreen() {
  const seed = useRun((state) => state.seed);
  const sim = runtime.session.sim;
  const won = sim.outcome?.kind === 'arena-cleared';
  const endTick = sim.outcome?.tick ?? sim.tick;
  const items = useMemo<MenuItem[]>(
    () => [
      {
        id: 'restart',
        label: 'Try again',
        hint: `seed ${seed}`,
        onSelect: () => runtime.restart(),
      },
      { id: 'title', label: 'Title screen', onSelect: () => runtime.quitToTitle() },
    ],
    [seed],
  );
  return (
    <div className="screen results-screen" role="dialog" aria-label="Results">
      <div className="panel panel-wide">
        {won ? (
          <>
            <h2 className="panel-title">Arena cleared</h2>
            <p className="results-lede">
              Every Infinity player in the arena is scrap or logged off. Practice runs never count
              as personal bests.
            </p>
          </>
        ) : (
          <>
            <h2 className="panel-title danger">Hull breached</h2>
            <p className="results-lede">
              The Callister broke apart. Nanette, Nate, Elena, Kabir and Karl had no gamer tags and
              no respawn: the crew is gone.
            </p>
          </>
        )}
        <dl className="results-stats">
          <dt>In-game time</dt>
          <dd data-testid="results-igt">{formatTicks(endTick)}</dd>
          <dt>Real time</dt>
          <dd>{formatMs(runtime.realTimeMs)}</dd>
          <dt>Seed</dt>
          <dd>{seed}</dd>
        </dl>
        <MenuList items={items} label="Results menu" onBack={() => runtime.quitToTitle()} />
      </div>
    </div>
  );
}
