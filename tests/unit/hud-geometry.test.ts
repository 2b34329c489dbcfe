import { describe, expect, it } from 'vitest';
import {
  bracketHalfSize,
  damageAngle,
  edgeAnchor,
  fadeOpacity,
  focalLengthPx,
  formatCredits,
  formatDistance,
  isInsideViewport,
  ndcToScreen,
  offscreenDirection,
  radarBlip,
  tagHue,
  type EdgeAnchor,
  type RadarBlip,
  type ScreenPoint,
} from '../../src/hud/combat/hud-geometry';

const point = (): ScreenPoint => ({ x: NaN, y: NaN });
const anchor = (): EdgeAnchor => ({ x: NaN, y: NaN, angle: NaN });
const blip = (): RadarBlip => ({ x: NaN, y: NaN, stemPx: NaN, elevation: NaN, clamped: false });

describe('screen projection', () => {
  it('maps NDC corners and centre to CSS pixels, y down', () => {
    expect(ndcToScreen(0, 0, 960, 540, point())).toEqual({ x: 480, y: 270 });
    expect(ndcToScreen(-1, 1, 960, 540, point())).toEqual({ x: 0, y: 0 });
    expect(ndcToScreen(1, -1, 960, 540, point())).toEqual({ x: 960, y: 540 });
  });

  it('tests the viewport with an inset or an outset margin', () => {
    expect(isInsideViewport(5, 5, 100, 100)).toBe(true);
    expect(isInsideViewport(5, 5, 100, 100, 10)).toBe(false);
    expect(isInsideViewport(-5, 50, 100, 100, -8)).toBe(true);
    expect(isInsideViewport(101, 50, 100, 100)).toBe(false);
  });

  it('pixels per metre follow the vertical field of view', () => {
    // 90° vertical FOV: the half-height spans tan(45°) = 1 metre at 1 metre.
    expect(focalLengthPx(90, 540)).toBeCloseTo(270, 6);
    expect(focalLengthPx(60, 540)).toBeGreaterThan(focalLengthPx(90, 540));
  });

  it('sizes brackets by distance within limits', () => {
    const focal = focalLengthPx(68, 540);
    const near = bracketHalfSize(10, 100, focal, 8, 60);
    const far = bracketHalfSize(10, 2000, focal, 8, 60);
    expect(near).toBeGreaterThan(far);
    expect(bracketHalfSize(10, 1, focal, 8, 60)).toBe(60);
    expect(bracketHalfSize(10, 1e6, focal, 8, 60)).toBe(8);
  });
});

describe('off-screen arrows', () => {
  it('turns camera-space offsets into screen directions (y flips)', () => {
    const d = offscreenDirection(3, 4, point());
    expect(d.x).toBeCloseTo(0.6);
    expect(d.y).toBeCloseTo(-0.8);
  });

  it('points down for a contact dead astern', () => {
    expect(offscreenDirection(0, 0, point())).toEqual({ x: 0, y: 1 });
  });

  it('places arrows on the edge ellipse, pointing outward', () => {
    const right = edgeAnchor(1, 0, 400, 200, anchor());
    expect(right.x).toBeCloseTo(400);
    expect(right.y).toBeCloseTo(0);
    expect(right.angle).toBeCloseTo(0);

    const up = edgeAnchor(0, -5, 400, 200, anchor());
    expect(up.x).toBeCloseTo(0);
    expect(up.y).toBeCloseTo(-200);
    expect(up.angle).toBeCloseTo(-Math.PI / 2);

    const down = edgeAnchor(0, 1, 400, 120, anchor());
    expect(down.y).toBeCloseTo(120);
    expect(down.angle).toBeCloseTo(Math.PI / 2);
  });

  it('keeps diagonal arrows on the ellipse and along their direction', () => {
    const a = edgeAnchor(1, 1, 400, 200, anchor());
    expect((a.x / 400) ** 2 + (a.y / 200) ** 2).toBeCloseTo(1, 6);
    expect(a.x).toBeCloseTo(a.y);
    expect(a.angle).toBeCloseTo(Math.PI / 4);
  });

  it('falls back to pointing down for a zero direction', () => {
    const a = edgeAnchor(0, 0, 400, 200, anchor());
    expect(a.x).toBeCloseTo(0);
    expect(a.y).toBeCloseTo(200);
  });
});

describe('radar', () => {
  const RANGE = 3000;
  const RADIUS = 75;

  it('draws forward (-z) up and right (+x) right', () => {
    const ahead = radarBlip(0, 0, -1500, RANGE, RADIUS, 16, blip());
    expect(ahead.x).toBeCloseTo(0);
    expect(ahead.y).toBeCloseTo(-37.5);
    expect(ahead.clamped).toBe(false);
    const right = radarBlip(600, 0, 0, RANGE, RADIUS, 16, blip());
    expect(right.x).toBeCloseTo(15);
    expect(right.y).toBeCloseTo(0);
    const behind = radarBlip(0, 0, 3000, RANGE, RADIUS, 16, blip());
    expect(behind.y).toBeCloseTo(RADIUS);
  });

  it('pins contacts beyond range to the rim, keeping their bearing', () => {
    const far = radarBlip(6000, 0, -6000, RANGE, RADIUS, 16, blip());
    expect(far.clamped).toBe(true);
    expect(Math.hypot(far.x, far.y)).toBeCloseTo(RADIUS);
    expect(far.x).toBeCloseTo(-far.y);
  });

  it('shows height as a capped stem and an elevation sign', () => {
    const above = radarBlip(0, 300, -400, RANGE, RADIUS, 16, blip());
    expect(above.stemPx).toBeCloseTo(7.5);
    expect(above.elevation).toBeCloseTo(0.6);
    const below = radarBlip(0, -2000, -100, RANGE, RADIUS, 16, blip());
    expect(below.stemPx).toBe(-16);
    expect(below.elevation).toBeLessThan(-0.9);
    const level = radarBlip(100, 0, 100, RANGE, RADIUS, 16, blip());
    expect(level.stemPx).toBeCloseTo(0);
    expect(level.elevation).toBeCloseTo(0);
  });
});

describe('damage direction', () => {
  it('reads sideways and vertical hits directly, clockwise from the top', () => {
    expect(damageAngle(1, 0, 0)).toBeCloseTo(Math.PI / 2);
    expect(damageAngle(-1, 0, 0)).toBeCloseTo(-Math.PI / 2);
    expect(damageAngle(0, 1, 0)).toBeCloseTo(0);
    expect(Math.abs(damageAngle(0, -1, 0))).toBeCloseTo(Math.PI);
  });

  it('puts hits from dead ahead at the top and dead astern at the bottom', () => {
    expect(damageAngle(0, 0, -1)).toBeCloseTo(0);
    expect(Math.abs(damageAngle(0, 0, 1))).toBeCloseTo(Math.PI);
  });

  it('changes smoothly as a hit swings around the tail', () => {
    let previous = damageAngle(0, 0, 1);
    for (let step = 1; step <= 90; step++) {
      const a = (step * Math.PI) / 180;
      // From dead astern, swinging toward the right side.
      const angle = damageAngle(Math.sin(a), 0, Math.cos(a));
      const jump = Math.abs(Math.atan2(Math.sin(angle - previous), Math.cos(angle - previous)));
      expect(jump).toBeLessThan(0.15);
      previous = angle;
    }
    expect(previous).toBeCloseTo(Math.PI / 2);
  });
});

describe('labels', () => {
  it('formats distances in metres and kilometres', () => {
    expect(formatDistance(0)).toBe('0 m');
    expect(formatDistance(640.4)).toBe('640 m');
    expect(formatDistance(999.6)).toBe('1.00 km');
    expect(formatDistance(1240)).toBe('1.24 km');
    expect(formatDistance(25_300)).toBe('25.3 km');
    expect(formatDistance(250_000)).toBe('250 km');
  });

  it('formats credits with the currency sign and thousands separators', () => {
    expect(formatCredits(340)).toBe('¤ 340');
    expect(formatCredits(12_500)).toBe('¤ 12,500');
    expect(formatCredits(1_234_567)).toBe('¤ 1,234,567');
  });

  it('gives a gamer tag the same colour every time', () => {
    expect(tagHue('xX_N0vaSlayer_Xx', 4)).toBe(tagHue('xX_N0vaSlayer_Xx', 4));
    const hues = new Set(
      ['Pixel', 'LordMom420', 'oOStarPwnrOo', 'Viper99', 'Nyx'].map((t) => tagHue(t, 4)),
    );
    expect(hues.size).toBeGreaterThan(1);
    for (const hue of hues) expect(hue).toBeGreaterThanOrEqual(0);
  });

  it('holds, then fades opacity', () => {
    expect(fadeOpacity(0, 7, 1)).toBe(1);
    expect(fadeOpacity(7, 7, 1)).toBe(1);
    expect(fadeOpacity(7.5, 7, 1)).toBeCloseTo(0.5);
    expect(fadeOpacity(9, 7, 1)).toBe(0);
  });
});
