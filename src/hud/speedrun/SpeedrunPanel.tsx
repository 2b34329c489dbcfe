import './speedrun.css';
import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { igtTicks, type SimState } from '../../sim';
import { compareSplits, nextPbSplit, sumOfBest } from '../../state/records-compare';
import { emptyRecords, type CategoryRecords } from '../../state/records-schema';
import { useRecords } from '../../state/records-store';
import { useRun } from '../../state/run-store';
import { Painter } from '../combat/painter';
import { formatMs } from '../format-time';
import { splitWindow, type SplitLine } from './split-window';
import { formatDelta, formatIgt, runTitle } from './speedrun-format';

/** Split lines the timer has room for; short windows show fewer (the consoles below). */
const ROWS = 5;
const SHORT_WINDOW_ROWS = 3;
const SHORT_WINDOW_PX = 560;

function rowsThatFit(): number {
  return window.innerHeight < SHORT_WINDOW_PX ? SHORT_WINDOW_ROWS : ROWS;
}

interface RowPainters {
  readonly row: Painter;
  readonly name: Painter;
  readonly delta: Painter;
  readonly time: Painter;
}

function rowPainters(list: HTMLElement): RowPainters[] {
  return Array.from(list.children, (child) => {
    const [name, delta, time] = Array.from(child.children) as HTMLElement[];
    return {
      row: new Painter(child as HTMLElement),
      name: new Painter(name!),
      delta: new Painter(delta!),
      time: new Painter(time!),
    };
  });
}

function tone(painter: Painter, deltaTicks: number | null, gold: boolean): void {
  painter.flag('is-gold', gold);
  painter.flag('is-ahead', !gold && deltaTicks !== null && deltaTicks < 0);
  painter.flag('is-behind', !gold && deltaTicks !== null && deltaTicks > 0);
}

function paintRow(row: RowPainters, line: SplitLine | undefined): void {
  if (!row.row.show(line !== undefined) || !line) return;
  row.row.flag('is-reached', line.reached);
  row.row.flag('is-current', line.current);
  row.name.text(line.label);
  row.delta.text(line.deltaTicks === null ? '' : formatDelta(line.deltaTicks));
  tone(row.delta, line.deltaTicks, line.gold);
  row.time.text(line.igtTicks === null ? '' : formatIgt(line.igtTicks));
}

/**
 * The speedrun timer: in-game time (large) with real time beside it, the category and
 * seed, the splits so far against the personal best (green ahead, red behind, gold for
 * a best segment), the live delta and the sum of best. React renders it once; after each
 * frame it reads the sim and writes only what changed. The comparison is taken when a run
 * starts, so the records the run itself writes at its end do not move its own deltas.
 */
export function SpeedrunPanel() {
  const rootRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLDivElement>(null);
  const igtRef = useRef<HTMLSpanElement>(null);
  const realRef = useRef<HTMLSpanElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const liveRef = useRef<HTMLSpanElement>(null);
  const liveLabelRef = useRef<HTMLSpanElement>(null);
  const footRef = useRef<HTMLDivElement>(null);
  const sobRef = useRef<HTMLSpanElement>(null);
  // Chapter select and Continue are practice: the tag says so (UI rate: once per run).
  const practice = useRun((state) => state.practice);

  useEffect(() => {
    const elements = [rootRef, titleRef, igtRef, realRef, listRef, liveRef, liveLabelRef, footRef];
    if (elements.some((ref) => !ref.current) || !sobRef.current) return undefined;
    const root = new Painter(rootRef.current!);
    const title = new Painter(titleRef.current!);
    const igt = new Painter(igtRef.current!);
    const real = new Painter(realRef.current!);
    const list = new Painter(listRef.current!);
    const rows = rowPainters(listRef.current!);
    const live = new Painter(liveRef.current!);
    const liveLabel = new Painter(liveLabelRef.current!);
    const foot = new Painter(footRef.current!);
    const sob = new Painter(sobRef.current!);

    let generation = -1;
    let sim: SimState | null = null;
    let records: CategoryRecords = emptyRecords('any', 'set');
    let shownSplits = -1;
    let lines: SplitLine[] = [];
    /** The PB split the live delta measures against, and the last reached split's delta. */
    let nextPbTicks: number | null = null;
    let lastDelta: number | null = null;
    let lastGold = false;
    let liveKey = NaN;

    /** A new run: take its comparison from the records and repaint everything. */
    const startRun = (current: SimState): void => {
      sim = current;
      generation = runtime.session.generation;
      const seedType = useRun.getState().seedType;
      records =
        useRecords.getState().recordsFor(current.category, seedType) ??
        emptyRecords(current.category, seedType);
      title.text(runTitle(current.category, seedType, current.seed));
      const sumOfBestTicks = sumOfBest(records);
      foot.show(records.pb !== null);
      sob.text(sumOfBestTicks === null ? '—' : formatIgt(sumOfBestTicks));
      root.flag('has-pb', records.pb !== null);
      shownSplits = -1;
      liveKey = NaN;
    };

    const splitsChanged = (current: SimState): void => {
      shownSplits = current.speedrun.splits.length;
      const reached = compareSplits(current.speedrun.splits, records);
      const rowCount = rowsThatFit();
      lines = splitWindow(reached, records.pb, rowCount, rowCount - 2);
      list.show(lines.length > 0);
      for (let i = 0; i < rows.length; i++) paintRow(rows[i]!, lines[i]);
      const last = reached.at(-1);
      lastDelta = last?.deltaTicks ?? null;
      lastGold = last?.gold ?? false;
      const finished = current.speedrun.endTick !== null;
      nextPbTicks = finished
        ? null
        : (nextPbSplit(records.pb, new Set(reached.map((s) => s.id)))?.igtTicks ?? null);
      liveKey = NaN;
    };

    // A resize can change how many split lines fit: re-lay them out on the next frame.
    const onResize = (): void => {
      shownSplits = -1;
    };
    window.addEventListener('resize', onResize);
    const unsubscribe = addAfterEffect(() => {
      const current = runtime.session.sim;
      if (current !== sim || runtime.session.generation !== generation) startRun(current);
      if (current.speedrun.splits.length !== shownSplits) splitsChanged(current);
      const ticks = igtTicks(current);
      igt.textOf(ticks, ticks, formatIgt);
      const realMs = Math.floor(runtime.realTimeMs);
      real.textOf(realMs, realMs, formatMs);

      // Behind the PB's next split already: the delta grows live (LiveSplit's rule);
      // otherwise the delta stands where the last split left it.
      const behind = nextPbTicks !== null && ticks > nextPbTicks;
      const delta = behind ? ticks - nextPbTicks! : lastDelta;
      const key = delta === null ? -Infinity : behind ? delta * 2 + 1 : delta * 2;
      if (key === liveKey) return;
      liveKey = key;
      live.text(delta === null ? '—' : formatDelta(delta));
      tone(live, delta, !behind && lastGold);
      live.flag('is-live', behind);
      liveLabel.text(behind ? 'vs PB (live)' : 'vs PB');
      igt.flag('is-behind', delta !== null && delta > 0);
      igt.flag('is-ahead', delta !== null && delta < 0);
      // The split the run is heading for shows the live delta as it grows.
      const currentRow = lines.findIndex((line) => line.current);
      if (currentRow >= 0) {
        const cell = rows[currentRow]!.delta;
        cell.text(behind ? formatDelta(delta!) : '');
        tone(cell, behind ? delta : null, false);
      }
    });
    return () => {
      unsubscribe();
      window.removeEventListener('resize', onResize);
    };
  }, []);

  return (
    <div className="spd" ref={rootRef} data-testid="speedrun-timer">
      <div className="spd-head">
        <div className="spd-title" ref={titleRef} data-testid="speedrun-title" />
        {practice ? (
          <span
            className="spd-practice"
            data-testid="speedrun-practice"
            title="Never a personal best"
          >
            PRACTICE
          </span>
        ) : null}
      </div>
      <div className="spd-clock">
        <span className="spd-igt" ref={igtRef} data-testid="hud-clock">
          0:00.000
        </span>
        <span className="spd-real">
          RTA <span ref={realRef}>0:00.000</span>
        </span>
      </div>
      <ol className="spd-splits" ref={listRef} data-testid="speedrun-splits">
        {Array.from({ length: ROWS }, (_, i) => (
          <li className="spd-split" key={i}>
            <span className="spd-split-name" />
            <span className="spd-split-delta" />
            <span className="spd-split-time" />
          </li>
        ))}
      </ol>
      <div className="spd-foot" ref={footRef}>
        <span className="spd-foot-label" ref={liveLabelRef}>
          vs PB
        </span>
        <span className="spd-live" ref={liveRef} data-testid="speedrun-delta">
          —
        </span>
        <span className="spd-foot-label">Sum of best</span>
        <span className="spd-sob" ref={sobRef} data-testid="speedrun-sob">
          —
        </span>
      </div>
    </div>
  );
}
