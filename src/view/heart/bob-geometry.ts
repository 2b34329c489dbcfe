import {
  BoxGeometry,
  CylinderGeometry,
  Float32BufferAttribute,
  SphereGeometry,
  TorusGeometry,
  type BufferGeometry,
} from 'three';
import { rgb } from '../combat/palette';
import { PartBuilder } from './part-geometry';

/**
 * Bob's bust, in metres, chest (his core, what the cutlass must reach) at the origin,
 * facing +Z: a middle-aged man, head and shoulders, about 300 m tall. Built from
 * deformed spheres and primitives; the hologram shader does the rest. The vertex colour
 * is the part's brightness in the hologram (hair and glasses denser than skin).
 */

const SKIN = rgb('#8a8a8a');
const HAIR = rgb('#ffffff');
const SHIRT = rgb('#6a6a6a');
const FRAME = rgb('#ffffff');

function gauss(x: number, width: number): number {
  return Math.exp(-(x * x) / (width * width));
}

/** Unit-sphere direction → a face: jaw, chin, nose, brow, eye sockets, cheekbones, mouth. */
function shapeHead(geometry: BufferGeometry): BufferGeometry {
  const p = geometry.getAttribute('position');
  for (let i = 0; i < p.count; i++) {
    const x = p.getX(i);
    const y = p.getY(i);
    const z = p.getZ(i);
    let sx = x * 0.8;
    const sy = y;
    let sz = z * 0.9;
    if (y < 0) {
      // The jaw narrows toward a squarish chin.
      const t = Math.min(1, -y);
      sx *= 1 - 0.3 * t * t;
      sz *= 1 - 0.12 * t;
    }
    if (z > 0) {
      const front = z;
      const ax = Math.abs(x);
      // Nose: a ridge growing from the brow to a tip above the mouth.
      const along = y > -0.3 && y < 0.22 ? (0.22 - y) / 0.52 : 0;
      sz += 0.2 * along * along * gauss(x, 0.09 + 0.05 * along) * front;
      sz += 0.04 * gauss(y + 0.3, 0.05) * gauss(ax - 0.08, 0.05) * front;
      // Brow ridge and eye sockets.
      sz += 0.05 * gauss(y - 0.25, 0.06) * gauss(x, 0.45) * front;
      sz -= 0.09 * gauss(ax - 0.33, 0.13) * gauss(y - 0.12, 0.09) * front;
      // Cheekbones, a mouth line with lips, a chin.
      sx += 0.03 * Math.sign(x) * gauss(ax - 0.55, 0.15) * gauss(y + 0.05, 0.15);
      sz -= 0.035 * gauss(y + 0.43, 0.025) * gauss(x, 0.22) * front;
      sz += 0.025 * gauss(y + 0.39, 0.03) * gauss(x, 0.2) * front;
      sz += 0.03 * gauss(y + 0.5, 0.04) * gauss(x, 0.18) * front;
      sz += 0.05 * gauss(y + 0.8, 0.12) * gauss(x, 0.25) * front;
    }
    p.setXYZ(i, sx, sy, sz);
  }
  geometry.computeVertexNormals();
  return geometry;
}

/** Shoulders and chest: a broad ellipsoid whose top slopes from the neck to the shoulders. */
function shapeTorso(geometry: BufferGeometry): BufferGeometry {
  const p = geometry.getAttribute('position');
  for (let i = 0; i < p.count; i++) {
    const x = p.getX(i);
    let y = p.getY(i);
    const z = p.getZ(i);
    if (y > 0) y *= 1 - 0.6 * x * x;
    // Deltoids: the shoulders round over.
    y += 0.08 * gauss(Math.abs(x) - 0.8, 0.15) * Math.max(0, 1 - Math.abs(y));
    p.setXYZ(i, x, y, z * (1 - 0.15 * Math.max(0, y)));
  }
  geometry.computeVertexNormals();
  return geometry;
}

export function bobGeometry(): BufferGeometry {
  const HEAD: [number, number, number] = [0, 120, 4];
  const headSize: [number, number, number] = [62, 70, 62];
  const builder = new PartBuilder()
    .add(shapeHead(new SphereGeometry(1, 72, 56)), SKIN, 0, HEAD, [0, 0, 0], headSize)
    // Hair: a cap over the crown and the back, the hairline receding at the front.
    .add(
      new SphereGeometry(1, 40, 20, 0, Math.PI * 2, 0, 1.25),
      HAIR,
      0,
      [0, 126, -6],
      [-0.35, 0, 0],
      [52, 68, 60],
    )
    // Ears.
    .add(new SphereGeometry(1, 14, 10), SKIN, 0, [-50, 122, -4], [0, 0, 0], [7, 18, 12])
    .add(new SphereGeometry(1, 14, 10), SKIN, 0, [50, 122, -4], [0, 0, 0], [7, 18, 12])
    // Neck and shoulders.
    .add(new CylinderGeometry(27, 31, 60, 28, 1, true), SKIN, 0, [0, 50, -4])
    .add(
      shapeTorso(new SphereGeometry(1, 64, 40)),
      SHIRT,
      0,
      [0, -40, -8],
      [0, 0, 0],
      [160, 82, 66],
    )
    // Shirt collar and a tie.
    .add(new BoxGeometry(24, 30, 3), HAIR, 0, [-17, 30, 38], [0.5, 0.35, 0.6])
    .add(new BoxGeometry(24, 30, 3), HAIR, 0, [17, 30, 38], [0.5, -0.35, -0.6])
    .add(new BoxGeometry(12, 12, 6), HAIR, 0, [0, 22, 44], [0.35, 0, 0])
    .add(new BoxGeometry(14, 90, 3), SHIRT, 0, [0, -28, 56], [0.22, 0, 0]);
  // Glasses: two rounded frames, a bridge and the arms back to the ears.
  for (const side of [-1, 1]) {
    builder
      .add(
        new TorusGeometry(13, 1.4, 6, 28),
        FRAME,
        0,
        [side * 21, 129, 60],
        [0, side * 0.12, 0],
        [1.25, 0.85, 1],
      )
      .add(
        new CylinderGeometry(1.1, 1.1, 56, 6),
        FRAME,
        0,
        [side * 44, 131, 30],
        [Math.PI / 2, 0, 0],
      );
  }
  builder.add(new CylinderGeometry(1.1, 1.1, 12, 6), FRAME, 0, [0, 131, 61], [0, 0, Math.PI / 2]);
  const geometry = builder.build();
  geometry.deleteAttribute('aGlow');
  // A per-vertex random phase for the hologram's sparkle.
  const count = geometry.getAttribute('position').count;
  const phase = new Float32Array(count);
  for (let i = 0; i < count; i++) phase[i] = (Math.sin(i * 12.9898) * 43758.5453) % 1;
  geometry.setAttribute('aPhase', new Float32BufferAttribute(phase, 1));
  return geometry;
}

/** His core, the thing the cutlass must reach, sits at the bust's origin. */
export const BOB_HEIGHT_M = 310;
