/**
 * Pure screen and scope geometry for the combat HUD: no DOM, no three, no runtime,
 * so it runs (and is tested) in Node. Screen coordinates are CSS pixels, x right,
 * y down. Every function writes into a caller-owned `out` object instead of
 * returning a new one: these run for every contact on every rendered frame.
 */

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface EdgeAnchor extends ScreenPoint {
  /** Direction the arrow points, radians, screen convention (0 = right, π/2 = down). */
  angle: number;
}

export interface RadarBlip extends ScreenPoint {
  /** Stem length in pixels: positive above the ship's plane (drawn upward), negative below. */
  stemPx: number;
  /** -1 (straight below) .. 1 (straight above): sine of the elevation angle. */
  elevation: number;
  /** Beyond the scope's range: pinned to the rim. */
  clamped: boolean;
}

/** Maps normalised device coordinates (-1..1, y up) to CSS pixels (y down). */
export function ndcToScreen(
  ndcX: number,
  ndcY: number,
  width: number,
  height: number,
  out: ScreenPoint,
): ScreenPoint {
  out.x = (ndcX + 1) * 0.5 * width;
  out.y = (1 - ndcY) * 0.5 * height;
  return out;
}

/** Inside the viewport shrunk by `marginPx` on every side. */
export function isInsideViewport(
  x: number,
  y: number,
  width: number,
  height: number,
  marginPx = 0,
): boolean {
  return x >= marginPx && x <= width - marginPx && y >= marginPx && y <= height - marginPx;
}

/**
 * Which way to turn toward a point, as a screen direction (x right, y down), from
 * its camera-space position (x right, y up, the camera looking down -z). A point
 * behind the camera still reads by its x/y offset — that is the shorter turn — and
 * one dead astern points down. Not normalised.
 */
export function offscreenDirection(
  cameraX: number,
  cameraY: number,
  out: ScreenPoint,
): ScreenPoint {
  const length = Math.hypot(cameraX, cameraY);
  if (length < 1e-6) {
    out.x = 0;
    out.y = 1;
    return out;
  }
  out.x = cameraX / length;
  out.y = -cameraY / length;
  return out;
}

/**
 * Where an off-screen arrow sits: on the ellipse with semi-axes (halfW, halfH)
 * around the screen centre, along the screen direction (dirX, dirY). An ellipse,
 * not the screen rectangle, keeps arrows clear of the corner consoles. The result is
 * relative to the screen centre.
 */
export function edgeAnchor(
  dirX: number,
  dirY: number,
  halfW: number,
  halfH: number,
  out: EdgeAnchor,
): EdgeAnchor {
  let dx = dirX;
  let dy = dirY;
  const length = Math.hypot(dx, dy);
  if (length < 1e-9) {
    dx = 0;
    dy = 1;
  } else {
    dx /= length;
    dy /= length;
  }
  const a = Math.max(1, halfW);
  const b = Math.max(1, halfH);
  const t = 1 / Math.sqrt((dx / a) * (dx / a) + (dy / b) * (dy / b));
  out.x = dx * t;
  out.y = dy * t;
  out.angle = Math.atan2(dy, dx);
  return out;
}

/** Gap between an edge arrow and the screen edge. */
export const EDGE_INSET_PX = 46;
/** Edge arrows stay this far above the bottom consoles and left of the right-hand ones. */
export const CONSOLE_CLEARANCE_PX = 26;

/**
 * edgeAnchor on the HUD's arrow ellipse: a quarter ellipse per quadrant, pulled in on
 * the right and at the bottom so arrows stay clear of the consoles whose left and top
 * edges (CSS pixels) are given. Shared by every off-screen marker so they line up.
 */
export function consoleClearEdgeAnchor(
  dirX: number,
  dirY: number,
  width: number,
  height: number,
  consoleLeft: number,
  consoleTop: number,
  out: EdgeAnchor,
): EdgeAnchor {
  const halfW = width / 2 - EDGE_INSET_PX;
  const halfH = height / 2 - EDGE_INSET_PX;
  const right = Math.max(
    width * 0.2,
    Math.min(halfW, consoleLeft - CONSOLE_CLEARANCE_PX - width / 2),
  );
  const bottom = Math.max(
    height * 0.2,
    Math.min(halfH, consoleTop - CONSOLE_CLEARANCE_PX - height / 2),
  );
  return edgeAnchor(dirX, dirY, dirX > 0 ? right : halfW, dirY > 0 ? bottom : halfH, out);
}

/**
 * A contact on the top-down scope, from its position in the ship's frame (x right,
 * y up, -z forward). Forward is up on the scope. Contacts past `rangeM` (measured in
 * the ship's plane) are pinned to the rim. The stem shows height, scaled like the
 * plane and capped at `maxStemPx`.
 */
export function radarBlip(
  localX: number,
  localY: number,
  localZ: number,
  rangeM: number,
  radiusPx: number,
  maxStemPx: number,
  out: RadarBlip,
): RadarBlip {
  const scale = radiusPx / rangeM;
  const planar = Math.hypot(localX, localZ);
  const pin = planar > rangeM ? rangeM / planar : 1;
  out.x = localX * scale * pin;
  out.y = localZ * scale * pin;
  out.clamped = pin < 1;
  out.stemPx = Math.max(-maxStemPx, Math.min(maxStemPx, localY * scale * pin));
  const distance = Math.hypot(planar, localY);
  out.elevation = distance > 1e-6 ? localY / distance : 0;
  return out;
}

/**
 * The screen angle of a hit around the reticle, radians clockwise from the top,
 * from the unit direction toward the source in the ship's frame (x right, y up,
 * -z forward). Sideways and vertical components read directly (x → right, y → up);
 * as a hit comes from nearer dead ahead or dead astern, it leans to the top (ahead)
 * or the bottom (astern), smoothly, so no direction flips between frames.
 */
export function damageAngle(dirX: number, dirY: number, dirZ: number): number {
  const inPlane = Math.hypot(dirX, dirY);
  const lean = Math.max(0, 1 - inPlane / 0.5);
  const up = dirY + (dirZ > 0 ? -1 : 1) * lean * lean;
  if (Math.abs(dirX) < 1e-9 && Math.abs(up) < 1e-9) return dirZ > 0 ? Math.PI : 0;
  return Math.atan2(dirX, up);
}

/** Pixels per metre at one metre away, for a vertical field of view in degrees. */
export function focalLengthPx(fovDeg: number, heightPx: number): number {
  return (heightPx * 0.5) / Math.tan((fovDeg * Math.PI) / 360);
}

/**
 * Half the side of a target bracket: the ship's projected radius with some air
 * around it, kept between a readable minimum and a maximum that never swallows the screen.
 */
export function bracketHalfSize(
  radiusM: number,
  distanceM: number,
  focalPx: number,
  minPx: number,
  maxPx: number,
): number {
  const projected = (radiusM * focalPx) / Math.max(1, distanceM);
  return Math.max(minPx, Math.min(maxPx, projected * 1.3 + 4));
}

/** "640 m" under a kilometre, "1.24 km" above (3 significant figures). */
export function formatDistance(metres: number): string {
  const m = Math.max(0, metres);
  if (m < 999.5) return `${Math.round(m)} m`;
  const km = m / 1000;
  return `${km < 9.995 ? km.toFixed(2) : km < 99.95 ? km.toFixed(1) : Math.round(km)} km`;
}

/** Infinity's currency: "¤ 340", "¤ 12,500". */
export function formatCredits(credits: number): string {
  const whole = Math.max(0, Math.round(credits));
  return `¤ ${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** A stable small number for a gamer tag, to give each speaker their own colour. */
export function tagHue(tag: string, buckets: number): number {
  let hash = 2166136261;
  for (let i = 0; i < tag.length; i++) {
    hash ^= tag.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % Math.max(1, buckets);
}

/** Opacity for something shown at `ageS` that holds for `holdS`, then fades over `fadeS`. */
export function fadeOpacity(ageS: number, holdS: number, fadeS: number): number {
  if (ageS < 0) return 1;
  if (ageS <= holdS) return 1;
  if (fadeS <= 0) return 0;
  return Math.max(0, 1 - (ageS - holdS) / fadeS);
}
