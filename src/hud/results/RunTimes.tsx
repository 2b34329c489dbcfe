import { CATEGORIES } from '../../sim';
import type { RunReport } from '../../state/records-store';
import { formatMs } from '../format-time';
import { formatDelta, formatIgt, runTitle } from '../speedrun/speedrun-format';

/** What a practice run (chapter select, a Continue, the arena) says about its time. */
export const PRACTICE_NOTE = 'Practice — not a personal best.';

/** Why a run's time is not a personal best, in words (null when it could be one). */
function notCountedReason(report: RunReport, playback: boolean, practice: boolean): string | null {
  if (playback) return 'Replay: the times as recorded, never a new personal best.';
  if (practice || !report.counted || CATEGORIES[report.run.category].practice) {
    return PRACTICE_NOTE;
  }
  if (!report.run.completed) {
    return report.run.outcomeKind === 'chapter-complete'
      ? 'The category ends later in the campaign: no final time yet.'
      : 'Unfinished: not a personal best.';
  }
  return null;
}

/**
 * The run's final numbers: in-game time (the speedrun time), real time, category and seed,
 * how it stands against the personal best it was compared with, and the sum of best.
 */
export function RunTimes(props: { report: RunReport; playback: boolean; practice?: boolean }) {
  const { report, playback, practice = false } = props;
  const { run } = report;
  const reason = notCountedReason(report, playback, practice);
  const pb = report.previousPb;
  return (
    <div className="res-times">
      {report.newPersonalBest && !practice ? (
        <p className="res-pb-banner" data-testid="results-new-pb">
          ★ New personal best!
          {report.pbDeltaTicks !== null ? (
            <span className="res-pb-gain">{formatDelta(report.pbDeltaTicks)}</span>
          ) : null}
        </p>
      ) : null}
      <div className="res-igt-block">
        <span className="res-igt-label">In-game time</span>
        <span className="res-igt" data-testid="results-igt">
          {formatIgt(run.igtTicks)}
        </span>
      </div>
      <dl className="results-stats res-stats">
        <dt>Real time</dt>
        <dd>{formatMs(run.realTimeMs)}</dd>
        <dt>Run</dt>
        <dd className="res-run-name">{runTitle(run.category, run.seedType, run.seed)}</dd>
        {reason === null ? (
          <>
            <dt>vs PB</dt>
            <dd
              className={
                report.pbDeltaTicks === null
                  ? undefined
                  : report.pbDeltaTicks < 0
                    ? 'is-ahead'
                    : report.pbDeltaTicks > 0
                      ? 'is-behind'
                      : undefined
              }
            >
              {pb && report.pbDeltaTicks !== null
                ? `${formatDelta(report.pbDeltaTicks)} (PB ${formatIgt(pb.igtTicks)})`
                : 'first finished run'}
            </dd>
          </>
        ) : null}
        {report.sumOfBest !== null ? (
          <>
            <dt>Sum of best</dt>
            <dd className="is-gold" data-testid="results-sob">
              {formatIgt(report.sumOfBest)}
            </dd>
          </>
        ) : null}
      </dl>
      {reason ? <p className="res-note">{reason}</p> : null}
      {report.goldSplitIds.length > 0 ? (
        <p className="res-note is-gold">
          ★ {report.goldSplitIds.length} best segment{report.goldSplitIds.length === 1 ? '' : 's'}
        </p>
      ) : null}
      {report.problem ? (
        <p className="res-note is-warn" role="status">
          {report.problem}
        </p>
      ) : null}
    </div>
  );
}
