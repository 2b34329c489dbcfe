import { describe, expect, it } from 'vitest';
import {
  FAR_LOWPASS_HZ,
  NEAR_LOWPASS_HZ,
  createSpatialMix,
  distanceGain,
  distanceLowpassHz,
  spatialize,
  type ListenerPose,
} from '../../src/audio/spatial';

const SPEC = { refDistanceM: 100, maxDistanceM: 2000 };

function pose(yawRad = 0, position = { x: 0, y: 0, z: 0 }): ListenerPose {
  // Rotation about +Y by yaw (a turn to the left for a -Z-forward ship).
  return {
    position,
    quaternion: { x: 0, y: Math.sin(yawRad / 2), z: 0, w: Math.cos(yawRad / 2) },
  };
}

describe('distance attenuation', () => {
  it('is full inside the reference distance and silent past the maximum', () => {
    expect(distanceGain(0, SPEC)).toBe(1);
    expect(distanceGain(100, SPEC)).toBe(1);
    expect(distanceGain(2000, SPEC)).toBe(0);
    expect(distanceGain(5000, SPEC)).toBe(0);
    expect(distanceGain(Number.NaN, SPEC)).toBe(0);
  });

  it('falls off monotonically in between', () => {
    let previous = 1;
    for (let d = 110; d < 2000; d += 50) {
      const gain = distanceGain(d, SPEC);
      expect(gain).toBeLessThanOrEqual(previous);
      expect(gain).toBeGreaterThanOrEqual(0);
      previous = gain;
    }
    expect(distanceGain(200, SPEC)).toBeCloseTo(0.5, 5);
  });

  it('makes distant sounds duller', () => {
    expect(distanceLowpassHz(50, SPEC)).toBe(NEAR_LOWPASS_HZ);
    expect(distanceLowpassHz(2000, SPEC)).toBeCloseTo(FAR_LOWPASS_HZ, 3);
    expect(distanceLowpassHz(500, SPEC)).toBeLessThan(distanceLowpassHz(300, SPEC));
  });
});

describe('spatialize', () => {
  const mix = createSpatialMix();

  it('pans a sound on the ship’s right to the right and on its left to the left', () => {
    expect(spatialize(pose(), 300, 0, 0, SPEC, mix).pan).toBeGreaterThan(0.5);
    expect(spatialize(pose(), -300, 0, 0, SPEC, mix).pan).toBeLessThan(-0.5);
    expect(spatialize(pose(), 0, 0, -300, SPEC, mix).pan).toBeCloseTo(0, 6);
  });

  it('follows the ship’s orientation', () => {
    // Yawed 90° left, the ship's nose points to world -X, so world -Z is on its right.
    const turned = pose(Math.PI / 2);
    expect(spatialize(turned, 0, 0, -300, SPEC, mix).pan).toBeGreaterThan(0.5);
    expect(spatialize(turned, -300, 0, 0, SPEC, mix).pan).toBeCloseTo(0, 6);
  });

  it('measures from the ship’s position', () => {
    const listener = pose(0, { x: 1000, y: 0, z: 0 });
    const result = spatialize(listener, 1000, 0, -50, SPEC, mix);
    expect(result.distanceM).toBeCloseTo(50, 6);
    expect(result.gain).toBe(1);
  });

  it('narrows the pan for sounds right on top of the ship', () => {
    expect(Math.abs(spatialize(pose(), 5, 0, 0, SPEC, mix).pan)).toBeLessThan(0.25);
  });

  it('muffles sounds behind the ship a little', () => {
    const ahead = spatialize(pose(), 0, 0, -400, SPEC, mix).lowpassHz;
    const behind = spatialize(pose(), 0, 0, 400, SPEC, mix).lowpassHz;
    expect(behind).toBeLessThan(ahead);
  });

  it('reports silence beyond range and for bad positions', () => {
    expect(spatialize(pose(), 0, 0, -9000, SPEC, mix).gain).toBe(0);
    expect(spatialize(pose(), Number.NaN, 0, 0, SPEC, mix).gain).toBe(0);
  });
});
