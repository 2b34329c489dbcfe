import { TICK_RATE } from '../../sim';
import { MomentBanner, type BannerScript } from '../banner/MomentBanner';
import {
  BANNER_HOLD_S,
  BANNER_RANK,
  endBanner,
  introBanner,
  jumpBanner,
  relayBanner,
  waveBanner,
  type BannerKind,
} from './party-text';

const PARTY_BANNERS: BannerScript<BannerKind> = {
  startTick: (sim) => sim.party?.startTick ?? null,
  intro: introBanner,
  fromEvent(event, sim, out) {
    switch (event.type) {
      case 'WaveStarted':
        waveBanner(event.wave, event.size, out);
        return true;
      case 'RelayDestroyed':
        relayBanner(event.left, out);
        return true;
      case 'PartyEnded':
        endBanner(event.by, out);
        return true;
      case 'HeartJump':
        jumpBanner(sim.party?.endedBy ?? null, (event.arriveTick - event.tick) / TICK_RATE, out);
        return true;
      default:
        return false;
    }
  },
  holdS: BANNER_HOLD_S,
  rank: BANNER_RANK,
};

/**
 * Big centred cards for the party's moments: the invitation at its start, each wave as
 * it starts ("WAVE 4 — 282 INCOMING"), each relay that falls, the party's end and, in
 * the campaign, the jump to the Heart.
 */
export function PartyBanner() {
  return <MomentBanner script={PARTY_BANNERS} className="pty-banner" testId="hud-party-banner" />;
}
