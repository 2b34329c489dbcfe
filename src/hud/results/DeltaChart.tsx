import { useId } from 'react';
import { TICK_RATE } from '../../sim';
import type { SplitComparison } from '../../state/records-compare';
import { formatDelta, formatIgt } from '../speedrun/speedrun-format';

const WIDTH = 360;
const HEIGHT = 150;
const LEFT = 44;
const RIGHT = 10;
const TOP = 12;
const BOTTOM = 22;

/** Axis names for the splits that carry no number. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'party-end': 'End',
  'target-stolen': '$',
  walton: 'Wal',
  core: 'Core',
  bob: 'Bob',
  upload: 'Up',
};

/** "wave-3" → "W3", "relay-1" → "R1", else a short name: axis ticks that fit. */
export function shortSplitLabel(id: string, label: string): string {
  const known = SHORT_NAMES[id];
  if (known) return known;
  const numbered = /^([a-z])[a-z]*-(\d+)$/i.exec(id);
  if (numbered) return `${numbered[1]!.toUpperCase()}${numbered[2]}`;
  return label.replace(/[^A-Za-z]/g, '').slice(0, 3) || id.slice(0, 3);
}

/** A whole number of seconds, at least one, that the largest delta fits under. */
function scaleSeconds(splits: readonly SplitComparison[]): number {
  let largest = 0;
  for (const split of splits) largest = Math.max(largest, Math.abs(split.deltaTicks ?? 0));
  const seconds = largest / TICK_RATE;
  for (const step of [1, 2, 5, 10, 15, 30, 60, 120, 300, 600]) if (seconds <= step) return step;
  return Math.ceil(seconds / 600) * 600;
}

function tone(split: SplitComparison): string {
  if (split.gold) return 'is-gold';
  if (split.deltaTicks === null) return 'is-none';
  if (split.deltaTicks === 0) return 'is-even';
  return split.deltaTicks < 0 ? 'is-ahead' : 'is-behind';
}

/**
 * The run against the personal best, split by split: above the line is time lost, below
 * it time gained (green), gold dots the best segments. Without a PB every split sits on
 * the line: the run becomes the comparison.
 */
export function DeltaChart(props: { splits: readonly SplitComparison[]; hasPb: boolean }) {
  const { splits, hasPb } = props;
  const clip = useId();
  const scale = scaleSeconds(splits);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const zeroY = TOP + plotH / 2;
  const yOf = (ticks: number): number => zeroY - (ticks / TICK_RATE / scale) * (plotH / 2);
  const step = plotW / Math.max(1, splits.length);
  const points = splits.map((split, i) => ({
    split,
    x: LEFT + step * (i + 1),
    y: yOf(split.deltaTicks ?? 0),
  }));
  const line = [`${LEFT},${zeroY}`, ...points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)];
  const area = [...line, `${(points.at(-1)?.x ?? LEFT).toFixed(1)},${zeroY}`].join(' ');
  return (
    <figure className="res-chart" data-testid="results-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={
          hasPb ? 'Difference from the personal best at each split' : 'First run: no PB to compare'
        }
      >
        <defs>
          <clipPath id={`${clip}-behind`}>
            <rect x={LEFT} y={TOP} width={plotW} height={zeroY - TOP} />
          </clipPath>
          <clipPath id={`${clip}-ahead`}>
            <rect x={LEFT} y={zeroY} width={plotW} height={TOP + plotH - zeroY} />
          </clipPath>
        </defs>
        <rect className="res-chart-bg" x={LEFT} y={TOP} width={plotW} height={plotH} />
        {points.map((p) => (
          <line
            key={`grid-${p.split.id}`}
            className="res-chart-grid"
            x1={p.x}
            x2={p.x}
            y1={TOP}
            y2={TOP + plotH}
          />
        ))}
        <polygon
          className="res-chart-area is-behind"
          points={area}
          clipPath={`url(#${clip}-behind)`}
        />
        <polygon
          className="res-chart-area is-ahead"
          points={area}
          clipPath={`url(#${clip}-ahead)`}
        />
        <line className="res-chart-zero" x1={LEFT} x2={LEFT + plotW} y1={zeroY} y2={zeroY} />
        <polyline className="res-chart-line" points={line.join(' ')} />
        {points.map((p) => (
          <g key={p.split.id} className={`res-chart-point ${tone(p.split)}`}>
            <circle cx={p.x} cy={p.y} r={p.split.gold ? 5 : 3.6} />
            <title>
              {`${p.split.label} ${formatIgt(p.split.igtTicks)}` +
                (p.split.deltaTicks === null ? '' : ` (${formatDelta(p.split.deltaTicks)})`) +
                (p.split.gold ? ' · best segment' : '')}
            </title>
          </g>
        ))}
        <text className="res-chart-axis" x={LEFT - 6} y={TOP + 4} textAnchor="end">
          +{scale}s
        </text>
        <text className="res-chart-axis" x={LEFT - 6} y={zeroY + 4} textAnchor="end">
          PB
        </text>
        <text className="res-chart-axis" x={LEFT - 6} y={TOP + plotH} textAnchor="end">
          {'\u2212'}
          {scale}s
        </text>
        {points.map((p) => (
          <text
            key={`label-${p.split.id}`}
            className="res-chart-axis"
            x={p.x}
            y={HEIGHT - 6}
            // The last split sits on the right edge: its name ends there instead of spilling out.
            textAnchor={p.x > WIDTH - RIGHT - 12 ? 'end' : 'middle'}
          >
            {shortSplitLabel(p.split.id, p.split.label)}
          </text>
        ))}
      </svg>
      <figcaption className="res-chart-caption">
        {hasPb
          ? 'Above the line: behind your personal best. Below: ahead.'
          : 'First run: no personal best to compare with yet.'}
      </figcaption>
    </figure>
  );
}
