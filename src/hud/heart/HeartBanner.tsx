import { MomentBanner, type BannerScript } from '../banner/MomentBanner';
import {
  BANNER_HOLD_S,
  BANNER_RANK,
  bobAwakeBanner,
  deletionBanner,
  endingBanner,
  introBanner,
  pylonBanner,
  strikeBanner,
  type BannerKind,
} from './heart-text';

const HEART_BANNERS: BannerScript<BannerKind> = {
  startTick: (sim) => sim.heart?.startTick ?? null,
  intro: introBanner,
  fromEvent(event, _sim, out) {
    switch (event.type) {
      case 'BobAwake':
        bobAwakeBanner(out);
        return true;
      case 'PylonDestroyed':
        pylonBanner(event.left, out);
        return true;
      case 'BobStruck':
        // The last strike says nothing itself: the deletion it starts has the banner.
        if (event.strikesLeft <= 0) return false;
        strikeBanner(event.strikesLeft, out);
        return true;
      case 'DeletionStarted':
        deletionBanner(event.countdownTicks, out);
        return true;
      case 'HeartEnded':
        endingBanner(event.ending, out);
        return true;
      default:
        return false;
    }
  },
  holdS: BANNER_HOLD_S,
  rank: BANNER_RANK,
};

/**
 * Big centred cards for the Heart's moments: arrival, Bob waking, each pylon, his shield
 * falling, each cutlass strike, the deletion, and the ending (upload complete, or copied,
 * deleted, lost).
 */
export function HeartBanner() {
  return <MomentBanner script={HEART_BANNERS} className="hrt-banner" testId="hud-heart-banner" />;
}
