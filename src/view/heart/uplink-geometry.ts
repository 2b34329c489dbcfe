import { BoxGeometry, CylinderGeometry, type BufferGeometry } from 'three';
import { rgb } from '../combat/palette';
import { PartBuilder } from './part-geometry';

const BEIGE = rgb('#d8cba8');
const BEIGE_DARK = rgb('#b7a984');
const KEY = rgb('#cfc2a0');
const KEY_DARK = rgb('#8d836a');
const BEZEL = rgb('#3a3630');
const SLOT = rgb('#1a1814');
const LED = rgb('#33ff66');
const STRIPES = [
  rgb('#3fa34d'),
  rgb('#f6c23e'),
  rgb('#f08a24'),
  rgb('#d7382f'),
  rgb('#8a3f96'),
  rgb('#2f8fd8'),
];

/** Width and height of the CRT's glass, metres (the screen texture's plane). */
export const SCREEN_W = 200;
export const SCREEN_H = 150;

/**
 * The uplink: a 1980s home computer blown up to the size of a building, in its frame
 * (screen centre at the origin, the glass facing -Z, toward the tunnel): a beige CRT
 * with a chunky bezel and a tapering back, a desktop case with two floppy slots and a
 * power light, and a keyboard out in front. aGlow marks the lights.
 */
export function uplinkGeometry(): BufferGeometry {
  const b = new PartBuilder()
    // The monitor: bezel face, dark inset round the glass, the tube's tapering back.
    .add(new BoxGeometry(270, 220, 36), BEIGE, 0, [0, 4, 18])
    .add(new BoxGeometry(SCREEN_W + 16, SCREEN_H + 16, 4), BEZEL, 0, [0, 4, -1])
    .add(new BoxGeometry(230, 180, 70), BEIGE_DARK, 0, [0, 10, 70])
    .add(new BoxGeometry(170, 130, 60), BEIGE_DARK, 0, [0, 14, 130])
    // Monitor stand, desktop case, its floppy drives and power light.
    .add(new BoxGeometry(120, 24, 90), BEIGE_DARK, 0, [0, -118, 70])
    .add(new BoxGeometry(340, 60, 230), BEIGE, 0, [0, -160, 80])
    .add(new BoxGeometry(80, 8, 4), SLOT, 0, [70, -150, -36])
    .add(new BoxGeometry(80, 8, 4), SLOT, 0, [70, -170, -36])
    .add(new BoxGeometry(10, 6, 4), LED, 1, [-140, -165, -37])
    // Keyboard: a wedge-ish slab and rows of chunky keys.
    .add(new BoxGeometry(300, 18, 96), BEIGE, 0, [0, -196, -116], [-0.08, 0, 0]);
  for (let row = 0; row < 4; row++) {
    const count = 13 - (row === 3 ? 4 : 0);
    for (let k = 0; k < count; k++) {
      const x = (k - (count - 1) / 2) * 20 + (row % 2) * 5;
      b.add(
        new BoxGeometry(16, 8, 15),
        row === 0 || k === 0 ? KEY_DARK : KEY,
        0,
        [x, -183 + row * 1.6, -150 + row * 20],
        [-0.08, 0, 0],
      );
    }
  }
  b.add(new BoxGeometry(130, 8, 15), KEY, 0, [0, -183, -68], [-0.08, 0, 0]);
  // The maker's rainbow stripes on the bezel.
  STRIPES.forEach((color, i) =>
    b.add(new BoxGeometry(26, 3, 2), color, 0.4, [100, -90 + i * 3.2, -1]),
  );
  // A cable from the keyboard back to the case.
  b.add(new CylinderGeometry(3, 3, 60, 6), BEZEL, 0, [-130, -182, -40], [Math.PI / 2, 0, 0]);
  return b.build();
}
