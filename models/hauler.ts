/**
 * Hauler: Infinity's slow, rich freighter (~48 m). A cockpit pod up front on a short
 * neck, a spine carrying four bays of cargo containers (each with a neon band), a
 * boxy engine block and four big engines at the rear. One mesh node, two materials.
 */
import type { Document } from '@gltf-transform/core';
import {
  ShipParts,
  beam,
  box,
  chamferBox,
  finishShip,
  latheZ,
  prism,
  ringAt,
  sectionLoft,
  type ShipDimensions,
  type V3,
} from './ship-kit';

/**
 * Collision data for the simulation (metres), measured from the built model and checked
 * by tests/unit/models.test.ts: bounding-box length (Z), width (X) and height (Y), and the
 * radius of a sphere about the origin (the box centre) that holds every vertex.
 */
export const HAULER_DIMENSIONS: ShipDimensions = {
  lengthM: 48.0,
  radiusM: 24.6,
  widthM: 10.88,
  heightM: 9.18,
};

const CARGO_Z0 = -13.2;
const BAY_LENGTH = 6.2;
const BAY_GAP = 0.7;
const BAYS = 4;
const CONTAINER: V3 = [3.3, 2.9, 6.0];
/** Container column centres (x) and row centres (y) around the spine. */
const CONTAINER_X = [-1.95, 1.95];
const CONTAINER_Y = [-1.6, 1.6];
const ENGINE_X = 2.6;
const ENGINE_Y = 1.85;
const NOZZLE_Z = 24.0;
const TURRET_Z = CARGO_Z0 + 1.2;
const TURRET_X = [-0.35, 0.35];
const TURRET_Y = 4.3;
const MUZZLE_Z = TURRET_Z - 3.4;

/** Cockpit pod section: a wide octagon. */
function podSection(w: number, ht: number, hb: number): [number, number][] {
  return [
    [0.6 * w, ht],
    [w, 0.35 * ht],
    [w, -0.4 * hb],
    [0.6 * w, -hb],
    [-0.6 * w, -hb],
    [-w, -0.4 * hb],
    [-w, 0.35 * ht],
    [-0.6 * w, ht],
  ];
}

function buildCockpit(parts: ShipParts): void {
  const pod: [number, number, number, number, number][] = [
    // z, half-width, height above / below, y offset
    [-24.0, 1.4, 0.7, 0.6, 0.2],
    [-23.2, 2.5, 1.5, 1.1, 0.3],
    [-21.0, 3.2, 2.1, 1.5, 0.4],
    [-17.6, 3.3, 2.2, 1.6, 0.4],
    [-15.8, 2.6, 1.8, 1.4, 0.3],
    [-14.0, 1.8, 1.5, 1.3, 0],
  ];
  parts.add(
    'Hull',
    sectionLoft(pod.map(([z, w, ht, hb, dy]) => ringAt(z, podSection(w, ht, hb), 0, dy))),
    1,
  );
  // Wrap-around bridge windows: a glowing band on the pod's upper front.
  const band = (z: number, w: number, y: number): V3[] => [
    [w, y, z],
    [0.62 * w, y + 0.55, z],
    [-0.62 * w, y + 0.55, z],
    [-w, y, z],
    [0, y - 0.2, z],
  ];
  parts.add(
    'Glow',
    sectionLoft([band(-23.35, 2.45, 0.85), band(-22.9, 2.85, 1.35), band(-21.6, 3.24, 1.45)]),
  );
  // Roof fairing with a comms mast and a beacon.
  parts.add('Hull', chamferBox([0, 2.6, -18.6], [2.6, 0.6, 4.6], 0.25), 0.6);
  parts.add('Hull', prism([0, 2.9, -17.6], [0, 5.0, -17.0], 0.12, 0.06, 5), 0.4);
  parts.add('Glow', prism([0, 4.9, -17.02], [0, 5.25, -16.92], 0.14, 0.14, 6));
  // Side running lights on the pod.
  for (const s of [-1, 1]) {
    parts.add('Glow', beam([s * 3.32, 0.4, -20.6], [s * 3.32, 0.4, -17.8], 0.1, 0.18, [0, 1, 0]));
  }
}

function buildCargo(parts: ShipParts): void {
  const zEnd = CARGO_Z0 + BAYS * (BAY_LENGTH + BAY_GAP);
  // Spine and the collar frames between bays.
  parts.add('Hull', box([0, 0, (CARGO_Z0 + zEnd) / 2 - 0.5], [0.8, 0.8, zEnd - CARGO_Z0 + 2]), 0.5);
  const frame = (z: number): void => {
    const hw = 4.0;
    const hh = 3.45;
    const d = 0.5;
    parts.add('Hull', box([0, hh - 0.2, z], [2 * hw, 0.4, d]), 0.55);
    parts.add('Hull', box([0, -hh + 0.2, z], [2 * hw, 0.4, d]), 0.55);
    parts.add('Hull', box([hw - 0.2, 0, z], [0.4, 2 * hh - 0.8, d]), 0.55);
    parts.add('Hull', box([-hw + 0.2, 0, z], [0.4, 2 * hh - 0.8, d]), 0.55);
    parts.add('Hull', box([0, 0, z], [0.6, 2 * hh - 0.8, d]), 0.5);
    // Neon edging around the frame: the freighter's ring lights.
    parts.add('Glow', box([0, hh + 0.02, z], [2 * hw - 0.5, 0.06, 0.16]));
    parts.add('Glow', box([0, -hh - 0.02, z], [2 * hw - 0.5, 0.06, 0.16]));
    parts.add('Glow', box([hw + 0.02, 0, z], [0.06, 2 * hh - 0.5, 0.16]));
    parts.add('Glow', box([-hw - 0.02, 0, z], [0.06, 2 * hh - 0.5, 0.16]));
  };
  // Panel shades cycle through a fixed pattern so the containers read as separate boxes.
  const shades = [0.95, 0.72, 0.84, 0.62, 0.78, 0.9, 0.66, 0.86];
  let k = 0;
  for (let bay = 0; bay < BAYS; bay++) {
    const z0 = CARGO_Z0 + bay * (BAY_LENGTH + BAY_GAP);
    frame(z0);
    const zc = z0 + BAY_GAP / 2 + BAY_LENGTH / 2;
    for (const x of CONTAINER_X) {
      for (const y of CONTAINER_Y) {
        parts.add('Hull', chamferBox([x, y, zc], CONTAINER, 0.18), shades[k % shades.length]);
        // Ribs on the outer face.
        const sx = Math.sign(x);
        const sy = Math.sign(y);
        const outerX = x + sx * (CONTAINER[0] / 2 + 0.04);
        for (const dz of [-1.5, 1.5]) {
          parts.add('Hull', box([outerX, y, zc + dz], [0.12, CONTAINER[1] - 0.5, 0.3]), 0.45);
        }
        // A neon cargo tag on the outer face, its place varying from box to box.
        const tagZ = zc + [-2.55, 0, 2.55][(k * 5 + bay) % 3]!;
        parts.add(
          'Glow',
          box([outerX + sx * 0.03, y - sy * 0.2, tagZ], [0.06, CONTAINER[1] - 1.2, 0.3]),
        );
        k++;
      }
    }
  }
  frame(zEnd);
  // Point-defence turret on the forward frame: twin barrels, muzzles forward.
  parts.add(
    'Hull',
    prism([0, 3.4, TURRET_Z], [0, 3.95, TURRET_Z], 1.1, 0.95, 8, Math.PI / 8),
    0.45,
  );
  parts.add('Hull', chamferBox([0, 4.3, TURRET_Z], [1.5, 0.7, 1.9], 0.2), 0.7);
  for (const x of TURRET_X) {
    parts.add(
      'Hull',
      prism([x, TURRET_Y, TURRET_Z - 0.8], [x, TURRET_Y, MUZZLE_Z], 0.11, 0.11, 6),
      0.35,
    );
    parts.add(
      'Glow',
      prism([x, TURRET_Y, MUZZLE_Z + 0.02], [x, TURRET_Y, MUZZLE_Z - 0.02], 0.13, 0.13, 6),
    );
  }
  // Glowing keel light strip under the spine.
  parts.add('Glow', beam([0, -3.46, CARGO_Z0 + 1], [0, -3.46, zEnd - 1], 0.3, 0.06));
}

function buildEngineBlock(parts: ShipParts): void {
  const zEnd = CARGO_Z0 + BAYS * (BAY_LENGTH + BAY_GAP);
  // Engine block: a tapered armoured box.
  const sec = (w: number, h: number, c: number): [number, number][] => [
    [w - c, h],
    [w, h - c],
    [w, -h + c],
    [w - c, -h],
    [-w + c, -h],
    [-w, -h + c],
    [-w, h - c],
    [-w + c, h],
  ];
  parts.add(
    'Hull',
    sectionLoft([
      ringAt(zEnd + 0.2, sec(3.4, 2.9, 0.8)),
      ringAt(zEnd + 1.6, sec(4.6, 3.9, 0.8)),
      ringAt(zEnd + 6.2, sec(4.6, 3.9, 0.8)),
      ringAt(zEnd + 7.0, sec(4.2, 3.5, 0.8)),
    ]),
    0.9,
  );
  // Radiator fins on top and the flanks, lit along their edges.
  for (const s of [-1, 1]) {
    parts.add('Hull', box([s * 5.0, 0, zEnd + 3.9], [0.8, 4.4, 3.6]), 0.55);
    parts.add('Glow', box([s * 5.42, 0, zEnd + 3.9], [0.04, 3.6, 0.3]));
  }
  parts.add('Hull', box([0, 4.3, zEnd + 3.9], [4.0, 0.8, 3.6]), 0.55);
  parts.add('Glow', box([0, 4.72, zEnd + 3.9], [3.2, 0.04, 0.3]));

  // Four engines in a 2 x 2 grid.
  const y = (z: number): number => -z;
  const eStart = zEnd + 6.0;
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      parts.addLathe(
        latheZ(
          [
            { r: 0, y: y(NOZZLE_Z - 0.9), mat: 'Glow' },
            { r: 1.2, y: y(NOZZLE_Z - 0.9), sharp: true },
            { r: 1.35, y: y(NOZZLE_Z - 0.05), sharp: true, mat: 'Hull' },
            { r: 1.6, y: y(NOZZLE_Z), sharp: true },
            { r: 1.62, y: y(NOZZLE_Z - 1.4), sharp: true, mat: 'Glow' },
            { r: 1.62, y: y(NOZZLE_Z - 1.75), sharp: true, mat: 'Hull' },
            { r: 1.55, y: y(eStart + 0.4), sharp: true },
            { r: 0, y: y(eStart) },
          ],
          12,
          [sx * ENGINE_X, sy * ENGINE_Y, 0],
          Math.PI / 12,
        ),
        0.5,
      );
    }
  }
}

/** Builds the Hauler as a glTF document (deterministic). */
export function buildHauler(): Document {
  const parts = new ShipParts();
  buildCockpit(parts);
  buildCargo(parts);
  buildEngineBlock(parts);
  return finishShip('Hauler', 'hauler.ts', parts, [
    ['Engine0', [-ENGINE_X, ENGINE_Y, NOZZLE_Z]],
    ['Engine1', [ENGINE_X, ENGINE_Y, NOZZLE_Z]],
    ['Engine2', [-ENGINE_X, -ENGINE_Y, NOZZLE_Z]],
    ['Engine3', [ENGINE_X, -ENGINE_Y, NOZZLE_Z]],
    ['Muzzle0', [TURRET_X[0]!, TURRET_Y, MUZZLE_Z]],
    ['Muzzle1', [TURRET_X[1]!, TURRET_Y, MUZZLE_Z]],
  ]);
}
