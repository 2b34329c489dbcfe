import { useFrame, useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import {
  AdditiveBlending,
  BufferAttribute,
  BufferGeometry,
  LineBasicMaterial,
  LineSegments,
} from 'three';
import { shipPose } from './ship-pose';
import { mulberry32 } from './seeded-random';

const COUNT = 650;
const BOX_M = 360;
const HALF = BOX_M / 2;
/** Streak length in seconds of travel: longer streaks read as more speed. */
const STREAK_S = 0.045;

/**
 * Motes of dust around the camera, wrapped in a box that moves with it. In empty
 * space they are the only thing that shows speed and drift, so they streak along
 * the ship's velocity.
 */
export function SpaceDust() {
  const camera = useThree((state) => state.camera);
  const { lines, motes } = useMemo(() => {
    const random = mulberry32(913);
    const motes = new Float32Array(COUNT * 3);
    for (let i = 0; i < motes.length; i++) motes[i] = (random() - 0.5) * BOX_M;
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(COUNT * 6), 3));
    const colors = new Float32Array(COUNT * 6);
    for (let i = 0; i < COUNT; i++) {
      const shade = 0.35 + random() * 0.4;
      colors.set([shade * 0.8, shade * 0.9, shade, 0, 0, 0], i * 6);
    }
    geometry.setAttribute('color', new BufferAttribute(colors, 3));
    const material = new LineBasicMaterial({
      vertexColors: true,
      transparent: true,
      blending: AdditiveBlending,
      depthWrite: false,
    });
    const lines = new LineSegments(geometry, material);
    lines.frustumCulled = false;
    return { lines, motes };
  }, []);

  useFrame(() => {
    const attribute = lines.geometry.getAttribute('position') as BufferAttribute;
    const out = attribute.array as Float32Array;
    const c = camera.position;
    const v = shipPose.velocity;
    const tx = -v.x * STREAK_S - 0.4;
    const ty = -v.y * STREAK_S;
    const tz = -v.z * STREAK_S;
    for (let i = 0; i < COUNT; i++) {
      const o = i * 3;
      // Wrap each mote into the box centred on the camera (positive modulo).
      const x = ((((motes[o]! - c.x + HALF) % BOX_M) + BOX_M) % BOX_M) - HALF + c.x;
      const y = ((((motes[o + 1]! - c.y + HALF) % BOX_M) + BOX_M) % BOX_M) - HALF + c.y;
      const z = ((((motes[o + 2]! - c.z + HALF) % BOX_M) + BOX_M) % BOX_M) - HALF + c.z;
      const w = i * 6;
      out[w] = x;
      out[w + 1] = y;
      out[w + 2] = z;
      out[w + 3] = x + tx;
      out[w + 4] = y + ty;
      out[w + 5] = z + tz;
    }
    attribute.needsUpdate = true;
  });

  return <primitive object={lines} />;
}
