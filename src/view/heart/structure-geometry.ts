import {
  BoxGeometry,
  ConeGeometry,
  CylinderGeometry,
  OctahedronGeometry,
  SphereGeometry,
  TorusGeometry,
  type BufferGeometry,
} from 'three';
import { rgb } from '../combat/palette';
import { PartBuilder } from './part-geometry';

const GUNMETAL = rgb('#4a5160');
const DARK = rgb('#1d222c');
const WHITE = rgb('#ffffff');

const HALF_PI = Math.PI / 2;

/**
 * A wall turret in its body's frame (-Z faces the tunnel's axis): a strut and a base
 * plate back to the wall, an armoured ball (the 16 m hit sphere) and a neon collar.
 * Its guns are a separate piece that turns to aim (turretGunGeometry).
 */
export function turretMountGeometry(): BufferGeometry {
  return new PartBuilder()
    .add(new CylinderGeometry(5, 7, 82, 10), DARK, 0, [0, 0, 41], [HALF_PI, 0, 0])
    .add(new CylinderGeometry(34, 38, 6, 24), GUNMETAL, 0, [0, 0, 80], [HALF_PI, 0, 0])
    .add(new TorusGeometry(30, 1.4, 6, 32), WHITE, 1, [0, 0, 76])
    .add(new SphereGeometry(15, 20, 14), GUNMETAL, 0)
    .add(new TorusGeometry(15.5, 1.6, 6, 28), WHITE, 1, [0, 0, -2])
    .add(new CylinderGeometry(17, 17, 4, 24), DARK, 0, [0, 0, 6], [HALF_PI, 0, 0])
    .build();
}

/** Twin barrels and a glowing sensor eye, pointing down -Z from the ball's centre. */
export function turretGunGeometry(): BufferGeometry {
  const builder = new PartBuilder().add(new BoxGeometry(22, 10, 14), DARK, 0, [0, 0, -12]);
  for (const x of [-6, 6]) {
    builder
      .add(new CylinderGeometry(2, 2.6, 28, 8), GUNMETAL, 0, [x, 0, -30], [HALF_PI, 0, 0])
      .add(new TorusGeometry(2.6, 0.9, 6, 12), WHITE, 1, [x, 0, -44]);
  }
  return builder.add(new SphereGeometry(3.5, 10, 8), WHITE, 1, [0, 6, -18]).build();
}

/**
 * A shield pylon in a frame whose +Y points away from Bob: a tall energy crystal (the
 * 28 m hit sphere) in a cage of struts and collars, a cap outward and an emitter
 * pointing at Bob, where its feed beam leaves.
 */
export function pylonGeometry(): BufferGeometry {
  const builder = new PartBuilder()
    .add(new OctahedronGeometry(1, 0), WHITE, 1, [0, 0, 0], [0, 0, 0], [20, 52, 20])
    .add(new OctahedronGeometry(1, 0), WHITE, 0.6, [0, 0, 0], [0, Math.PI / 4, 0], [26, 40, 26]);
  for (let k = 0; k < 4; k++) {
    const a = (k * Math.PI) / 2 + Math.PI / 4;
    builder.add(new BoxGeometry(4, 120, 4), GUNMETAL, 0, [Math.cos(a) * 30, 0, Math.sin(a) * 30]);
  }
  for (const y of [-48, 48]) {
    builder
      .add(new TorusGeometry(32, 4, 8, 32), DARK, 0, [0, y, 0], [HALF_PI, 0, 0])
      .add(
        new TorusGeometry(33, 1.2, 6, 32),
        WHITE,
        1,
        [0, y + (y > 0 ? 5 : -5), 0],
        [HALF_PI, 0, 0],
      );
  }
  return builder
    .add(new ConeGeometry(30, 34, 16), GUNMETAL, 0, [0, 78, 0])
    .add(new SphereGeometry(5, 10, 8), WHITE, 1, [0, 97, 0])
    .add(new CylinderGeometry(26, 26, 8, 16), DARK, 0, [0, 62, 0])
    .add(new ConeGeometry(14, 26, 12), GUNMETAL, 0, [0, -72, 0], [Math.PI, 0, 0])
    .add(new SphereGeometry(6, 10, 8), WHITE, 1, [0, -86, 0])
    .build();
}

/** Where a pylon's feed beam leaves it, along its outward axis (metres, negative = toward Bob). */
export const PYLON_EMITTER_Y = -86;
