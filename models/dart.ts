/**
 * Dart: Infinity's small, fast light fighter (~14 m). A needle fuselage with a glowing
 * bubble canopy, forward-swept wings carrying a gun at each tip, twin canted tail fins
 * and one big engine. One mesh node, two materials (Hull, Glow); see ship-kit.ts.
 */
import type { Document } from '@gltf-transform/core';
import {
  ShipParts,
  beam,
  finishShip,
  latheZ,
  lerp3,
  mx,
  prism,
  ringAt,
  sectionLoft,
  trim,
  wing,
  type ShipDimensions,
  type V3,
} from './ship-kit';

/**
 * Collision data for the simulation (metres), measured from the built model and checked
 * by tests/unit/models.test.ts: bounding-box length (Z), width (X) and height (Y), and the
 * radius of a sphere about the origin (the box centre) that holds every vertex.
 */
export const DART_DIMENSIONS: ShipDimensions = {
  lengthM: 14.05,
  radiusM: 7.6,
  widthM: 13.35,
  heightM: 3.26,
};

/** Fuselage cross-section: ridge on top, sharp chines at the sides, keel below. */
function fuselageSection(w: number, ht: number, hb: number): [number, number][] {
  return [
    [0, ht],
    [0.55 * w, 0.8 * ht],
    [w, 0.05],
    [0.6 * w, -0.75 * hb],
    [0, -hb],
    [-0.6 * w, -0.75 * hb],
    [-w, 0.05],
    [-0.55 * w, 0.8 * ht],
  ];
}

/** Fuselage stations, nose to tail: z, half-width, height above / below the chine. */
const STATIONS: [number, number, number, number][] = [
  [-6.0, 0.32, 0.24, 0.2],
  [-4.6, 0.68, 0.5, 0.36],
  [-2.8, 0.98, 0.72, 0.5],
  [-0.5, 1.28, 0.84, 0.6],
  [2.0, 1.42, 0.84, 0.64],
  [3.6, 1.36, 0.92, 0.8],
  [5.1, 1.1, 1.02, 0.98],
];
const NOSE_Z = -7.1;
const ENGINE_Y = 0.05;
const NOZZLE_Z = 6.95;
const WING_TIP_X = 6.5;
const WING_TIP_Y = -0.3;
const GUN_Z = -3.7;
const STRAKE_START: V3 = [0.6, 0.05, -4.6];
const STRAKE_END: V3 = [2.0, -0.05, 1.12];

function buildFuselage(parts: ShipParts): void {
  const nose = ringAt(NOSE_Z, fuselageSection(0, 0, 0), 0, -0.05);
  const rings = [nose, ...STATIONS.map(([z, w, ht, hb]) => ringAt(z, fuselageSection(w, ht, hb)))];
  parts.add('Hull', sectionLoft(rings), 1);

  // Glowing chine lines along both flanks, from the nose to where the strakes begin.
  for (const s of [-1, 1]) {
    const pts: V3[] = [[s * 0.18, 0.0, NOSE_Z + 0.6]];
    for (const [z, w] of STATIONS.slice(0, 2)) pts.push([s * (w + 0.015), 0.05, z]);
    parts.add('Glow', trim(pts, 0.05, 0.08));
  }

  // Bubble canopy (glow) with a dark frame spine.
  const canopy: [number, number, number, number][] = [
    // z, half-width, base y, height above base
    [-3.5, 0.36, 0.56, 0.26],
    [-2.5, 0.5, 0.66, 0.44],
    [-1.3, 0.5, 0.76, 0.42],
    [-0.2, 0.34, 0.84, 0.2],
  ];
  const canopySection = (w: number, h: number): [number, number][] => [
    [w, 0],
    [0.7 * w, 0.7 * h],
    [0, h],
    [-0.7 * w, 0.7 * h],
    [-w, 0],
    [0, -0.15],
  ];
  const cRings = [
    ringAt(-4.4, canopySection(0, 0), 0, 0.46),
    ...canopy.map(([z, w, y, h]) => ringAt(z, canopySection(w, h), 0, y)),
    ringAt(0.7, canopySection(0, 0), 0, 0.86),
  ];
  parts.add('Glow', sectionLoft(cRings));
  parts.add(
    'Hull',
    trim(
      [
        [0, 0.8, -3.9],
        [0, 1.12, -2.5],
        [0, 1.2, -1.3],
        [0, 0.99, 0.2],
      ],
      0.09,
      0.06,
    ),
    0.35,
  );
  // A frame arch across the canopy.
  const arch: V3[] = [
    [0.53, 0.7, -1.9],
    [0.37, 1.0, -1.9],
    [0, 1.14, -1.9],
    [-0.37, 1.0, -1.9],
    [-0.53, 0.7, -1.9],
  ];
  parts.add('Hull', trim(arch, 0.12, 0.1, [0, 0, 1]), 0.35);

  // Dorsal spine behind the canopy, running into the engine.
  parts.add(
    'Hull',
    sectionLoft([
      ringAt(0.2, [
        [0.3, 0.7],
        [0, 0.95],
        [-0.3, 0.7],
      ]),
      ringAt(4.6, [
        [0.35, 0.62],
        [0, 1.02],
        [-0.35, 0.62],
      ]),
      ringAt(5.6, [
        [0.3, 0.5],
        [0, 0.86],
        [-0.3, 0.5],
      ]),
    ]),
    0.7,
  );
}

function buildEngine(parts: ShipParts): void {
  const y = (z: number): number => -z;
  parts.addLathe(
    latheZ(
      [
        { r: 0, y: y(6.2), mat: 'Glow' },
        { r: 0.82, y: y(6.2), sharp: true },
        { r: 0.98, y: y(NOZZLE_Z - 0.05), sharp: true, mat: 'Hull' },
        { r: 1.18, y: y(NOZZLE_Z), sharp: true },
        { r: 1.16, y: y(5.9), sharp: true },
        { r: 1.1, y: y(5.75), sharp: true, mat: 'Glow' },
        { r: 1.1, y: y(5.5), sharp: true, mat: 'Hull' },
        { r: 1.1, y: y(3.2) },
        { r: 0, y: y(1.6) },
      ],
      14,
      [0, ENGINE_Y, 0],
    ),
    0.6,
  );
}

function buildWings(parts: ShipParts): void {
  for (const s of [-1, 1]) {
    const root = { le: mx([1.1, 0, 1.6], s), te: mx([1.1, 0, 4.7], s), t: 0.34 };
    const tip = {
      le: mx([WING_TIP_X, WING_TIP_Y, -1.3], s),
      te: mx([WING_TIP_X, WING_TIP_Y, 0.3], s),
      t: 0.14,
    };
    parts.add('Hull', wing(root, tip), 0.82);
    // Leading-edge strake from the nose into the wing root: the arrowhead planform.
    const strakeRoot = { le: mx(STRAKE_START, s), te: mx([1.1, 0, 2.6], s), t: 0.2 };
    const strakeTip = { le: mx(STRAKE_END, s), te: mx([2.0, -0.05, 2.4], s), t: 0.16 };
    parts.add('Hull', wing(strakeRoot, strakeTip), 0.95);
    parts.add('Glow', beam(mx(STRAKE_START, s), mx(STRAKE_END, s), 0.1, 0.07));
    // Dark inset panel on top of the wing.
    const inset = {
      le: mx([1.6, 0.12, 2.0], s),
      te: mx([1.6, 0.12, 4.1], s),
      t: 0.06,
    };
    const insetTip = { le: mx([4.8, -0.12, 0.0], s), te: mx([4.8, -0.12, 1.1], s), t: 0.04 };
    parts.add('Hull', wing(inset, insetTip), 0.45);
    // Neon leading edge.
    parts.add('Glow', beam(lerp3(root.le, root.te, 0.02), lerp3(tip.le, tip.te, 0.02), 0.1, 0.07));

    // Wingtip gun: a slim pod with a barrel, muzzle forward.
    const gx = s * WING_TIP_X;
    parts.add(
      'Hull',
      prism([gx, WING_TIP_Y, 0.9], [gx, WING_TIP_Y, -2.2], 0.2, 0.2, 6, Math.PI / 6),
      0.5,
    );
    parts.add(
      'Hull',
      prism([gx, WING_TIP_Y, -2.2], [gx, WING_TIP_Y, -2.6], 0.2, 0.1, 6, Math.PI / 6),
      0.5,
    );
    parts.add('Hull', prism([gx, WING_TIP_Y, -2.6], [gx, WING_TIP_Y, GUN_Z], 0.07, 0.07, 6), 0.3);
    parts.add('Glow', prism([gx, WING_TIP_Y, 0.9], [gx, WING_TIP_Y, 1.2], 0.16, 0.08, 6));

    // Canted tail fin with a glowing tip.
    const finRoot = { le: mx([0.55, 0.55, 2.6], s), te: mx([0.55, 0.55, 5.4], s), t: 0.22 };
    const finTip = { le: mx([1.55, 2.05, 4.7], s), te: mx([1.55, 2.05, 5.9], s), t: 0.1 };
    parts.add('Hull', wing(finRoot, finTip, [s * 1.5, -1, 0]), 0.9);
    parts.add('Glow', beam(finTip.le, finTip.te, 0.12, 0.1, [s * 1.5, -1, 0]));
  }
}

/** Builds the Dart as a glTF document (deterministic). */
export function buildDart(): Document {
  const parts = new ShipParts();
  buildFuselage(parts);
  buildEngine(parts);
  buildWings(parts);
  return finishShip('Dart', 'dart.ts', parts, [
    ['Engine0', [0, ENGINE_Y, NOZZLE_Z]],
    ['Muzzle0', [-WING_TIP_X, WING_TIP_Y, GUN_Z]],
    ['Muzzle1', [WING_TIP_X, WING_TIP_Y, GUN_Z]],
  ]);
}
