import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { TICK_RATE, type SimEvent } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter } from '../combat/painter';
import { bannerLookFor } from '../party/party-text';
import {
  BANNER_HOLD_S,
  BANNER_RANK,
  bobAwakeBanner,
  deletionBanner,
  endingBanner,
  introBanner,
  pylonBanner,
  strikeBanner,
  type BannerText,
} from './heart-text';

interface Shown extends BannerText {
  tick: number;
  /** Bumped for every new banner, so the DOM is rewritten once per banner. */
  serial: number;
}

const look = { opacity: 0, scale: 1 };

/**
 * Big centred cards for the Heart's moments: arrival, Bob waking, each pylon, his shield
 * falling, each cutlass strike, the deletion, and the ending (upload complete, or copied,
 * deleted, lost). They pop in, hold a few seconds of sim time (pause freezes them) and fade.
 */
export function HeartBanner() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const part = (name: string): Painter =>
      new Painter(root.querySelector<HTMLElement>(`[data-part="${name}"]`)!);
    const nodes = {
      root: new Painter(root),
      kicker: part('kicker'),
      title: part('title'),
      detail: part('detail'),
    };
    nodes.root.show(false);

    const shown: Shown = { kind: 'intro', kicker: '', title: '', detail: '', tick: -1, serial: 0 };
    const next: BannerText = { kind: 'intro', kicker: '', title: '', detail: '' };
    let painted = -1;
    let generation = -1;
    let introFor = -1;

    const raise = (tick: number): void => {
      // Several moments in one tick (the last strike starts the deletion): the bigger wins.
      if (shown.tick === tick && BANNER_RANK[next.kind] < BANNER_RANK[shown.kind]) return;
      Object.assign(shown, next);
      shown.tick = tick;
      shown.serial++;
    };

    const onEvent = (event: SimEvent): void => {
      switch (event.type) {
        case 'BobAwake':
          bobAwakeBanner(next);
          raise(event.tick);
          break;
        case 'PylonDestroyed':
          pylonBanner(event.left, next);
          raise(event.tick);
          break;
        case 'BobStruck':
          if (event.strikesLeft > 0) {
            strikeBanner(event.strikesLeft, next);
            raise(event.tick);
          }
          break;
        case 'DeletionStarted':
          deletionBanner(event.countdownTicks, next);
          raise(event.tick);
          break;
        case 'HeartEnded':
          endingBanner(event.ending, next);
          raise(event.tick);
          break;
        default:
          break;
      }
    };
    const unsubscribe = runtime.session.onEvent(onEvent);

    const stop = onCombatFrame((frame) => {
      const session = runtime.session;
      const sim = session.sim;
      if (generation !== session.generation) {
        // A new run: nothing from the last one is still on screen.
        generation = session.generation;
        shown.tick = -1;
        introFor = -1;
      }
      const heart = sim.heart;
      if (heart && introFor !== heart.startTick) {
        introFor = heart.startTick;
        if (sim.tick - heart.startTick < TICK_RATE && shown.tick < heart.startTick) {
          introBanner(next);
          raise(heart.startTick);
        }
      }
      const ageS = shown.tick < 0 ? -1 : (sim.tick - shown.tick + session.alpha) / TICK_RATE;
      bannerLookFor(BANNER_HOLD_S[shown.kind], ageS, look);
      if (!nodes.root.show(frame.valid && heart !== null && look.opacity > 0)) return;
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
  }, []);

  return (
    <div className="hrt-banner" ref={ref} data-testid="hud-heart-banner">
      <div className="hrt-banner-kicker" data-part="kicker" />
      <div className="hrt-banner-title" data-part="title" />
      <div className="hrt-banner-rule" />
      <div className="hrt-banner-detail" data-part="detail" />
    </div>
  );
}
