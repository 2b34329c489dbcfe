/**
 * The words and timing of a chapter's moment banners (MomentBanner): pure, no DOM, no
 * runtime, so the chapters' banner text and the pop-hold-fade curve are tested in Node.
 */

/** One banner's words; `kind` picks its colours (data-kind) and how long it holds. */
export interface BannerCard<K extends string> {
  kind: K;
  kicker: string;
  title: string;
  detail: string;
}

/**
 * Writes a card in place and returns it. Banners are raised from sim events mid-frame,
 * so the chapters fill one preallocated card rather than building objects.
 */
export function fillBanner<K extends string>(
  out: BannerCard<K>,
  kind: K,
  kicker: string,
  title: string,
  detail: string,
): BannerCard<K> {
  out.kind = kind;
  out.kicker = kicker;
  out.title = title;
  out.detail = detail;
  return out;
}

export const BANNER_FADE_S = 0.7;
/** The banner pops in over this long. */
export const BANNER_POP_S = 0.22;

export interface BannerLook {
  opacity: number;
  scale: number;
}

/** Opacity and scale of a banner that holds `holdS` seconds, `ageS` seconds after it appeared. */
export function bannerLookFor(holdS: number, ageS: number, out: BannerLook): BannerLook {
  if (ageS < 0 || ageS >= holdS + BANNER_FADE_S) {
    out.opacity = 0;
    out.scale = 1;
    return out;
  }
  const pop = Math.min(1, ageS / BANNER_POP_S);
  const fade = ageS > holdS ? 1 - (ageS - holdS) / BANNER_FADE_S : 1;
  out.opacity = Math.min(pop * 1.5, 1) * fade;
  // Overshoots a little, then settles.
  out.scale = pop < 1 ? 1.35 - 0.35 * (1 - (1 - pop) * (1 - pop)) : 1;
  return out;
}
