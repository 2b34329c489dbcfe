import './moment-banner.css';
import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { TICK_RATE, type SimEvent, type SimState } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter, partPainter } from '../combat/painter';
import { bannerLookFor, type BannerCard, type BannerLook } from './banner-card';

/** What one chapter's banners say and when: the rest (pop, hold, fade, paint) is shared. */
export interface BannerScript<K extends string> {
  /** The tick the chapter's stage began, or null while it is not running (no banner then). */
  startTick(sim: SimState): number | null;
  /** The card at the stage's start. */
  intro(out: BannerCard<K>): void;
  /** Fills `out` for an event that raises a banner and says so; false for any other event. */
  fromEvent(event: SimEvent, sim: SimState, out: BannerCard<K>): boolean;
  /** Seconds each kind holds before it fades (sim time: pause freezes it). */
  holdS: Readonly<Record<K, number>>;
  /** A later banner replaces an earlier one unless the earlier one matters more. */
  rank: Readonly<Record<K, number>>;
}

interface MomentBannerProps<K extends string> {
  script: BannerScript<K>;
  /** The chapter's class: its colours, corners and type sizes. */
  className: string;
  testId: string;
}

/** The banner now showing: its words and the sim tick it appeared. */
interface Shown<K extends string> extends BannerCard<K> {
  tick: number;
  /** Bumped for every new banner, so the DOM is rewritten once per banner. */
  serial: number;
}

/**
 * A big centred card for a chapter's moments: it pops in, holds a few seconds of sim
 * time (pause freezes it) and fades. Several moments in one tick (the last relay ends
 * the party, the last strike starts the deletion): the one that matters more wins.
 */
export function MomentBanner<K extends string>({
  script,
  className,
  testId,
}: MomentBannerProps<K>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const nodes = {
      root: new Painter(root),
      kicker: partPainter(root, 'kicker'),
      title: partPainter(root, 'title'),
      detail: partPainter(root, 'detail'),
    };
    nodes.root.show(false);

    // Every card starts as the intro; its words are written before it first shows.
    const next = { kicker: '', title: '', detail: '' } as BannerCard<K>;
    script.intro(next);
    const shown: Shown<K> = { ...next, tick: -1, serial: 0 };
    const look: BannerLook = { opacity: 0, scale: 1 };
    let painted = -1;
    let generation = -1;
    let introFor = -1;

    const raise = (tick: number): void => {
      if (shown.tick === tick && script.rank[next.kind] < script.rank[shown.kind]) return;
      Object.assign(shown, next);
      shown.tick = tick;
      shown.serial++;
    };

    const unsubscribe = runtime.session.onEvent((event) => {
      if (script.fromEvent(event, runtime.session.sim, next)) raise(event.tick);
    });

    const stop = onCombatFrame((frame) => {
      const session = runtime.session;
      const sim = session.sim;
      if (generation !== session.generation) {
        // A new run: nothing from the last one is still on screen.
        generation = session.generation;
        shown.tick = -1;
        introFor = -1;
      }
      const startTick = script.startTick(sim);
      if (startTick !== null && introFor !== startTick) {
        introFor = startTick;
        if (sim.tick - startTick < TICK_RATE && shown.tick < startTick) {
          script.intro(next);
          raise(startTick);
        }
      }
      const ageS = shown.tick < 0 ? -1 : (sim.tick - shown.tick + session.alpha) / TICK_RATE;
      bannerLookFor(script.holdS[shown.kind], ageS, look);
      if (!nodes.root.show(frame.valid && startTick !== null && look.opacity > 0)) return;
      if (painted !== shown.serial) {
        painted = shown.serial;
        root.dataset.kind = shown.kind;
        nodes.kicker.text(shown.kicker);
        nodes.title.text(shown.title);
        nodes.detail.text(shown.detail);
      }
      nodes.root.opacity(look.opacity);
      nodes.root.style('--pop', look.scale.toFixed(3));
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, [script]);

  return (
    <div className={`hud-banner ${className}`} ref={ref} data-testid={testId}>
      <div className="hud-banner-kicker" data-part="kicker" />
      <div className="hud-banner-title" data-part="title" />
      <div className="hud-banner-rule" />
      <div className="hud-banner-detail" data-part="detail" />
    </div>
  );
}
