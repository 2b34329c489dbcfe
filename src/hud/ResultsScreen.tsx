import './results/results.css';
import { useMemo, useState } from 'react';
import { runtime } from '../game/runtime';
import { CREW, OBJECTIVE, type SimState } from '../sim';
import { useRecords } from '../state/records-store';
import { useRun } from '../state/run-store';
import { formatCredits } from './combat/hud-geometry';
import { formatMs } from './format-time';
import { MenuList, type MenuItem } from './MenuList';
import { DeltaChart } from './results/DeltaChart';
import { HeartOutcome } from './results/HeartOutcome';
import { reportFor } from './results/run-report';
import { PRACTICE_NOTE } from './results/RunTimes';
import { RunTimes } from './results/RunTimes';
import { SplitTable } from './results/SplitTable';
import { downloadTextFile, lastReplayText } from './speedrun/replay-files';
import { formatIgt, replayFileName } from './speedrun/speedrun-format';

const CHAPTER_TITLES: Record<string, string> = {
  piracy: 'Chapter 1 — Piracy',
  party: 'Chapter 2 — The Party Invitation',
  heart: 'Chapter 3 — The Heart of Infinity',
  arena: 'Combat arena',
};

/** Endings that lose the run: the restart item says "Try again". */
const LOSSES: readonly string[] = ['destroyed', 'copied', 'deleted'];

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

/** What the run's end means, in words: the death, the cleared arena, the chapter's end. */
function OutcomeText(props: { sim: SimState }) {
  const { sim } = props;
  const kind = sim.outcome?.kind ?? 'destroyed';
  if (kind === 'destroyed') return <DestroyedSummary sim={sim} />;
  if (kind === 'copied' || kind === 'deleted') return <HeartOutcome sim={sim} ending={kind} />;
  if (sim.heart?.ending === 'uploaded') return <HeartOutcome sim={sim} ending="uploaded" />;
  if (kind === 'arena-cleared') {
    return (
      <>
        <h2 className="panel-title">Arena cleared</h2>
        <p className="results-lede">
          Every Infinity player in the arena is scrap or logged off. Practice runs never count as
          personal bests.
        </p>
      </>
    );
  }
  if (kind === 'run-complete') {
    // Attack Wave: the category ends with the party.
    return (
      <>
        <h2 className="panel-title">Run complete</h2>
        <p className="results-lede">
          {sim.party?.endedBy === 'timer'
            ? 'The party timer ran out with the Callister still flying: the party is over.'
            : 'All three relays are down: the invitation is revoked and the party is over.'}
        </p>
      </>
    );
  }
  // A chapter's end that is not the category's (a practice or continued campaign run).
  const next =
    sim.chapter === 'piracy'
      ? sim.grudgeList.length > 0
        ? `Walton's invitation has gone out to every player you robbed (${sim.grudgeList.length} of them) and all their friends. Chapter 2, The Party Invitation, is next.`
        : "Walton's invitation has gone out to every player in Infinity. Chapter 2, The Party Invitation, is next."
      : 'The party is over and the crew jump for the Heart of Infinity: chapter 3 is next.';
  return (
    <>
      <h2 className="panel-title">Chapter complete</h2>
      <p className="results-lede">{next}</p>
      <dl className="results-stats">
        <dt>Stolen</dt>
        <dd>{formatCredits(sim.credits)}</dd>
        <dt>Crew alive</dt>
        <dd>{listNames(sim.crew.filter((c) => c.alive).map((c) => c.name)) || 'none'}</dd>
      </dl>
    </>
  );
}

/**
 * Shown when the run ends: the Callister destroyed, the arena cleared, the end of a chapter
 * or of a speedrun category. A run with splits shows them against the personal best, as a
 * table and a chart; the replay of the run can be saved as a file.
 */
export function ResultsScreen() {
  const seed = useRun((state) => state.seed);
  const seedType = useRun((state) => state.seedType);
  const playback = useRun((state) => state.playback);
  const practice = useRun((state) => state.practice);
  const filed = useRecords((state) => state.lastRun);
  const sim = runtime.session.sim;
  const kind = sim.outcome?.kind ?? 'destroyed';
  const report = useMemo(
    () => reportFor(sim, runtime.realTimeMs, { seedType, playback }, filed),
    [sim, seedType, playback, filed],
  );
  // The runtime keeps the replay of the run that just ended; read once per results screen.
  const [replay] = useState(lastReplayText);
  const [message, setMessage] = useState<string | null>(null);
  const { run } = report;
  const items = useMemo<MenuItem[]>(() => {
    const list: MenuItem[] = [];
    if (kind !== 'chapter-complete') {
      // runtime.restart(): a set seed again, a new random seed, or the replay from the top.
      list.push({
        id: 'restart',
        label: playback ? 'Watch again' : LOSSES.includes(kind) ? 'Try again' : 'Retry',
        hint: playback ? 'replay' : seedType === 'random' ? 'new random seed' : `seed ${seed}`,
        onSelect: () => runtime.restart(),
      });
    }
    if (!playback)
      list.push({
        id: 'export-replay',
        label: 'Export replay',
        hint: replay === null ? 'not recorded' : '.replay.json',
        disabled: replay === null,
        onSelect: () => {
          if (replay === null) return;
          const name = replayFileName(run.category, run.seedType, run.seed, run.igtTicks);
          downloadTextFile(name, replay);
          setMessage(`Saved ${name}`);
        },
      });
    list.push({ id: 'title', label: 'Title screen', onSelect: () => runtime.quitToTitle() });
    return list;
  }, [kind, seed, seedType, playback, run, replay]);

  const withSplits = run.splits.length > 0 || kind === 'run-complete';
  const menu = (
    <>
      <MenuList items={items} label="Results menu" onBack={() => runtime.quitToTitle()} />
      {message ? (
        <p className="res-note" role="status">
          {message}
        </p>
      ) : null}
    </>
  );
  if (withSplits) {
    const hasPb = report.previousPb !== null;
    return (
      <div className="screen results-screen" role="dialog" aria-label="Results">
        <div className="panel res-panel" data-testid="results-speedrun">
          <div className="res-main">
            <OutcomeText sim={sim} />
            <RunTimes report={report} playback={playback} practice={practice} />
            {menu}
          </div>
          <div className="res-side">
            {run.splits.length > 0 ? (
              <>
                <DeltaChart splits={report.comparison} hasPb={hasPb} />
                <SplitTable splits={report.comparison} hasPb={hasPb} />
              </>
            ) : (
              <p className="res-note">No splits reached.</p>
            )}
          </div>
        </div>
      </div>
    );
  }
  return (
    <div className="screen results-screen" role="dialog" aria-label="Results">
      <div className="panel panel-wide">
        <OutcomeText sim={sim} />
        <dl className="results-stats">
          <dt>In-game time</dt>
          <dd data-testid="results-igt">{formatIgt(run.igtTicks)}</dd>
          <dt>Real time</dt>
          <dd>{formatMs(run.realTimeMs)}</dd>
          <dt>Seed</dt>
          <dd>{seed}</dd>
        </dl>
        {practice && !playback ? <p className="res-note">{PRACTICE_NOTE}</p> : null}
        {menu}
      </div>
    </div>
  );
}
