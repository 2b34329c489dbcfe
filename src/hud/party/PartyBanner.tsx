import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { TICK_RATE, type SimEvent } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter } from '../combat/painter';
import {
  bannerLook,
  endBanner,
  introBanner,
  jumpBanner,
  relayBanner,
  waveBanner,
  type BannerKind,
  type BannerText,
} from './party-text';

/** The banner now showing: its words and the sim tick it appeared. */
interface Shown extends BannerText {
  tick: number;
  /** Bumped for every new banner, so the DOM is rewritten once per banner. */
  serial: number;
}

/** A later banner may replace an earlier one unless the earlier one matters more. */
const RANK: Readonly<Record<BannerKind, number>> = {
  intro: 0,
  wave: 1,
  relay: 2,
  end: 3,
  jump: 4,
};

const look = { opacity: 0, scale: 1 };

/**
 * Big centred cards for the party's moments: the invitation at its start, each wave as
 * it starts ("WAVE 4 — 282 INCOMING"), each relay that falls, and the party's end. They
 * pop in, hold a few seconds of sim time (pause freezes them) and fade.
 */
export function PartyBanner() {
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
      // Several moments in one tick (the last relay ends the party): the bigger one wins.
      if (shown.tick === tick && RANK[next.kind] < RANK[shown.kind]) return;
      Object.assign(shown, next);
      shown.tick = tick;
      shown.serial++;
    };

    const onEvent = (event: SimEvent): void => {
      switch (event.type) {
        case 'WaveStarted':
          waveBanner(event.wave, event.size, next);
          raise(event.tick);
          break;
        case 'RelayDestroyed':
          relayBanner(event.left, next);
          raise(event.tick);
          break;
        case 'PartyEnded':
          endBanner(event.by, next);
          raise(event.tick);
          break;
        case 'HeartJump':
          jumpBanner(
            runtime.session.sim.party?.endedBy ?? null,
            (event.arriveTick - event.tick) / TICK_RATE,
            next,
          );
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
      const party = sim.party;
      if (party && introFor !== party.startTick) {
        introFor = party.startTick;
        if (sim.tick - party.startTick < TICK_RATE && shown.tick < party.startTick) {
          introBanner(next);
          raise(party.startTick);
        }
      }
      const ageS = shown.tick < 0 ? -1 : (sim.tick - shown.tick + session.alpha) / TICK_RATE;
      bannerLook(shown.kind, ageS, look);
      if (!nodes.root.show(frame.valid && party !== null && look.opacity > 0)) return;
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
    <div className="pty-banner" ref={ref} data-testid="hud-party-banner">
      <div className="pty-banner-kicker" data-part="kicker" />
      <div className="pty-banner-title" data-part="title" />
      <div className="pty-banner-rule" />
      <div className="pty-banner-detail" data-part="detail" />
    </div>
  );
}
