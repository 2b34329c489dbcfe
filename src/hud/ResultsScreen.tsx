import { useMemo } from 'react';
import { runtime } from '../game/runtime';
import { CREW, OBJECTIVE, type SimState } from '../sim';
import { useRun } from '../state/run-store';
import { formatMs, formatTicks } from './format-time';
import { formatCredits } from './combat/hud-geometry';
import { MenuList, type MenuItem } from './MenuList';

const CHAPTER_TITLES: Record<string, string> = {
  piracy: 'Chapter 1 — Piracy',
  party: 'Chapter 2 — The Party Invitation',
  heart: 'Chapter 3 — The Heart of Infinity',
  arena: 'Combat arena',
};

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The death screen names who died and how far the run got. */
function DestroyedSummary(props: { sim: SimState }) {
  const { sim } = props;
  const diedEarlier = sim.crew.filter((c) => !c.alive).map((c) => c.name);
  const withShip = CREW.map((c) => c.name).filter((name) => !diedEarlier.includes(name));
  return (
    <>
      <h2 className="panel-title danger">Hull breached</h2>
      <p className="results-lede">
        The Callister broke apart with {listNames(withShip)} aboard.
        {diedEarlier.length > 0
          ? ` ${listNames(diedEarlier)} had already died at their stations.`
          : ''}{' '}
        They had no gamer tags and no respawn: the crew is gone.
        {sim.category === 'any' ? ' The campaign autosave went with them.' : ''}
      </p>
      <dl className="results-stats">
        <dt>Reached</dt>
        <dd data-testid="results-progress">{CHAPTER_TITLES[sim.chapter] ?? sim.chapter}</dd>
        {sim.chapter === 'piracy' ? (
          <>
            <dt>Stolen</dt>
            <dd>
              {formatCredits(sim.credits)} of {formatCredits(OBJECTIVE.targetCredits)}
            </dd>
            <dt>Players robbed</dt>
            <dd>{sim.grudgeList.length}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

/** Shown when the run ends: the Callister destroyed, the arena cleared, or the end of chapter 1. */
export function ResultsScreen() {
  const seed = useRun((state) => state.seed);
  const sim = runtime.session.sim;
  const kind = sim.outcome?.kind ?? 'destroyed';
  const endTick = sim.outcome?.tick ?? sim.tick;
  const items = useMemo<MenuItem[]>(
    () =>
      kind === 'chapter-complete'
        ? [{ id: 'title', label: 'Title screen', onSelect: () => runtime.quitToTitle() }]
        : [
            {
              id: 'restart',
              label: kind === 'destroyed' ? 'Try again' : 'Again',
              hint: `seed ${seed}`,
              onSelect: () => runtime.restart(),
            },
            { id: 'title', label: 'Title screen', onSelect: () => runtime.quitToTitle() },
          ],
    [seed, kind],
  );
  return (
    <div className="screen results-screen" role="dialog" aria-label="Results">
      <div className="panel panel-wide">
        {kind === 'destroyed' ? <DestroyedSummary sim={sim} /> : null}
        {kind === 'arena-cleared' ? (
          <>
            <h2 className="panel-title">Arena cleared</h2>
            <p className="results-lede">
              Every Infinity player in the arena is scrap or logged off. Practice runs never count
              as personal bests.
            </p>
          </>
        ) : null}
        {kind === 'chapter-complete' ? (
          <>
            <h2 className="panel-title">To be continued</h2>
            <p className="results-lede">
              {sim.grudgeList.length > 0
                ? `Walton's invitation has gone out to every player you robbed (${sim.grudgeList.length} of them) and all their friends.`
                : "Walton's invitation has gone out to every player in Infinity."}{' '}
              Chapter 2, The Party Invitation, is the next part of Infinity being built; your
              campaign is autosaved at its start.
            </p>
            <dl className="results-stats">
              <dt>Stolen</dt>
              <dd>{formatCredits(sim.credits)}</dd>
              <dt>Crew alive</dt>
              <dd>{listNames(sim.crew.filter((c) => c.alive).map((c) => c.name)) || 'none'}</dd>
            </dl>
          </>
        ) : null}
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
