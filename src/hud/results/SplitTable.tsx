import type { SplitComparison } from '../../state/records-compare';
import { formatDelta, formatIgt } from '../speedrun/speedrun-format';

function deltaTone(split: SplitComparison): string {
  if (split.gold) return 'is-gold';
  if (split.deltaTicks === null || split.deltaTicks === 0) return '';
  return split.deltaTicks < 0 ? 'is-ahead' : 'is-behind';
}

/**
 * The run split by split: the time at each split, its segment, the difference from the
 * personal best there, and the best segment known (★ where this run set a new one).
 */
export function SplitTable(props: { splits: readonly SplitComparison[]; hasPb: boolean }) {
  const { splits, hasPb } = props;
  return (
    <table className="res-splits" data-testid="results-splits">
      <thead>
        <tr>
          <th scope="col">Split</th>
          <th scope="col">Time</th>
          <th scope="col">Segment</th>
          <th scope="col">vs PB</th>
          <th scope="col">Best seg.</th>
        </tr>
      </thead>
      <tbody>
        {splits.map((split) => {
          const best =
            split.bestSegmentTicks === null
              ? split.segmentTicks
              : Math.min(split.bestSegmentTicks, split.segmentTicks);
          return (
            <tr key={split.id} className={split.gold ? 'is-gold-row' : undefined}>
              <th scope="row">{split.label}</th>
              <td>{formatIgt(split.igtTicks)}</td>
              <td className={split.gold ? 'is-gold' : undefined}>
                {formatIgt(split.segmentTicks)}
              </td>
              <td className={deltaTone(split)}>
                {split.deltaTicks === null
                  ? hasPb
                    ? '—'
                    : 'first run'
                  : formatDelta(split.deltaTicks)}
              </td>
              <td className={split.gold ? 'is-gold' : 'res-dim'}>
                {split.gold ? <span aria-label="new best segment">★ </span> : null}
                {formatIgt(best)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
