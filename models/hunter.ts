/**
 * Hunter: Infinity's torpedo boat (~26 m). A long, sleek needle hull with a slit
 * canopy, swept wings carrying a torpedo pod (launch tube forward) under each wing, a
 * tall swept sensor fin and twin engines. One mesh node, two materials (Hull, Glow).
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
export const HUNTER_DIMENSIONS: ShipDimensions = {
  lengthM: 26.0,
  radiusM: 13.2,
  widthM: 18.16,
  heightM: 7.02,
};

/** Needle hull section: a flattened hexagon with sharp side chines. */
function hullSection(w: number, ht: number, hb: number): [number, number][] {
  return [
    [0, ht],
    [0.6 * w, 0.7 * ht],
    [w, 0],
    [0.6 * w, -0.7 * hb],
    [0, -hb],
    [-0.6 * w, -0.7 * hb],
    [-w, 0],
    [-0.6 * w, 0.7 * ht],
  ];
}

const NOSE_Z = -13.4;
/** Hull stations, nose to tail: z, half-width, height above / below the chine. */
const STATIONS: [number, number, number, number][] = [
  [-11.6, 0.42, 0.3, 0.26],
  [-8.5, 0.95, 0.72, 0.5],
  [-4.0, 1.3, 1.0, 0.7],
  [2.0, 1.45, 1.05, 0.8],
  [7.5, 1.35, 0.95, 0.78],
  [10.0, 1.15, 0.8, 0.7],
];
const POD_X = 4.3;
const POD_Y = -1.35;
const POD_R = 0.62;
const TUBE_Z = -5.6;
const ENGINE_X = 0.72;
const ENGINE_Y = 0;
const NOZZLE_Z = 12.6;

function buildHull(parts: ShipParts): void {
  const nose = ringAt(NOSE_Z, hullSection(0, 0, 0));
  parts.add(
    'Hull',
    sectionLoft([nose, ...STATIONS.map(([z, w, ht, hb]) => ringAt(z, hullSection(w, ht, hb)))]),
    1,
  );

  // Long slit canopy along the spine.
  const canopy = (w: number, h: number): [number, number][] => [
    [w, 0],
    [0.5 * w, h],
    [-0.5 * w, h],
    [-w, 0],
    [0, -0.2],
  ];
  parts.add(
    'Glow',
    sectionLoft([
      ringAt(-9.6, canopy(0, 0), 0, 0.56),
      ringAt(-8.2, canopy(0.38, 0.22), 0, 0.7),
      ringAt(-5.6, canopy(0.46, 0.34), 0, 0.86),
      ringAt(-3.2, canopy(0.3, 0.2), 0, 0.98),
      ringAt(-2.0, canopy(0, 0), 0, 1.0),
    ]),
  );

  // Neon chines along both flanks, nose to tail.
  for (const s of [-1, 1]) {
    const pts: V3[] = [
      [s * 0.2, 0, NOSE_Z + 0.6],
      ...STATIONS.map(([z, w]): V3 => [s * (w + 0.01), 0, z]),
    ];
    parts.add('Glow', trim(pts, 0.06, 0.09));
  }
  // Dark dorsal spine from the canopy to the fin.
  parts.add('Hull', beam([0, 1.0, -2.4], [0, 1.05, 9.4], 0.5, 0.24), 0.45);
  // Ventral keel.
  parts.add(
    'Hull',
    wing(
      { le: [0, -0.7, 4.0], te: [0, -0.7, 9.6], t: 0.3 },
      { le: [0, -1.9, 8.2], te: [0, -1.9, 10.0], t: 0.14 },
      [1, 0, 0],
    ),
    0.6,
  );
}

function buildSensorFin(parts: ShipParts): void {
  const root = { le: [0, 0.9, 1.5] as V3, te: [0, 0.85, 9.0] as V3, t: 0.42 };
  const tip = { le: [0, 4.6, 7.6] as V3, te: [0, 4.6, 10.2] as V3, t: 0.16 };
  parts.add('Hull', wing(root, tip, [1, 0, 0]), 0.85);
  // Sensor strip along the leading edge and a lit sensor head at the tip.
  parts.add(
    'Glow',
    beam(lerp3(root.le, tip.le, 0.12), lerp3(root.le, tip.le, 0.94), 0.24, 0.12, [1, 0, 0]),
  );
  parts.add('Hull', prism([0, 4.6, 7.0], [0, 4.6, 10.6], 0.24, 0.14, 6, Math.PI / 2), 0.4);
  parts.add('Glow', prism([0, 4.6, 6.6], [0, 4.6, 7.0], 0.02, 0.25, 6, Math.PI / 2));
  // Small lit sensor slots on the fin's flanks.
  for (const s of [-1, 1]) {
    parts.add('Glow', beam([s * 0.12, 2.2, 6.0], [s * 0.1, 3.3, 7.6], 0.05, 0.18, [s, 0, 0]));
  }
}

function buildWings(parts: ShipParts): void {
  for (const s of [-1, 1]) {
    const root = { le: mx([1.2, 0, -2.0], s), te: mx([1.2, 0, 7.0], s), t: 0.36 };
    const tip = { le: mx([9.0, -0.35, 5.6], s), te: mx([9.0, -0.35, 8.4], s), t: 0.14 };
    parts.add('Hull', wing(root, tip), 0.8);
    // Dark control-surface strip along the trailing edge, top side.
    parts.add(
      'Hull',
      wing(
        { le: mx([1.6, 0.1, 5.6], s), te: mx([1.6, 0.1, 6.9], s), t: 0.06 },
        { le: mx([8.4, -0.28, 7.6], s), te: mx([8.4, -0.28, 8.25], s), t: 0.04 },
      ),
      0.4,
    );
    parts.add('Glow', beam(lerp3(root.le, root.te, 0.01), lerp3(tip.le, tip.te, 0.01), 0.1, 0.08));
    // Wingtip running light.
    parts.add('Glow', beam(mx([9.0, -0.35, 5.8], s), mx([9.0, -0.35, 8.2], s), 0.16, 0.16));

    // Torpedo pod: a long capsule slung under the wing, open launch tube forward.
    const x = s * POD_X;
    const y = POD_Y;
    const wingY = lerp3(root.le, tip.le, (POD_X - 1.2) / 7.8)[1];
    parts.addLathe(
      latheZ(
        [
          { r: 0, y: -7.4, mat: 'Hull' },
          { r: 0.3, y: -6.6 },
          { r: POD_R * 0.8, y: -5.0 },
          { r: POD_R, y: -3.0 },
          { r: POD_R, y: 3.8, sharp: true },
          { r: POD_R + 0.06, y: 4.4, sharp: true, mat: 'Glow' },
          { r: POD_R + 0.06, y: 4.7, sharp: true, mat: 'Hull' },
          { r: POD_R * 0.92, y: -TUBE_Z, sharp: true },
          { r: 0.42, y: -TUBE_Z, sharp: true, mat: 'Glow' },
          { r: 0.36, y: -TUBE_Z - 0.5, sharp: true },
          { r: 0, y: -TUBE_Z - 0.5 },
        ],
        10,
        [x, y, 0],
        Math.PI / 10,
      ),
      0.55,
    );
    // Pylon from the wing to the pod.
    parts.add(
      'Hull',
      wing(
        { le: [x, wingY, 1.5], te: [x, wingY, 5.4], t: 0.26 },
        { le: [x, y + POD_R * 0.5, -0.6], te: [x, y + POD_R * 0.5, 4.6], t: 0.26 },
        [1, 0, 0],
      ),
      0.5,
    );
    // Neon line along the pod's outer flank.
    parts.add(
      'Glow',
      beam([x + s * (POD_R + 0.01), y, -2.6], [x + s * (POD_R + 0.01), y, 3.6], 0.06, 0.1),
    );
    // Stabilising fins at the pod's tail.
    parts.add('Hull', beam([x, y, 6.6], [x + s * 0.9, y - 0.5, 7.3], 0.7, 0.08, [0, 0, -1]), 0.5);
  }
}

function buildEngines(parts: ShipParts): void {
  const y = (z: number): number => -z;
  for (const s of [-1, 1]) {
    parts.addLathe(
      latheZ(
        [
          { r: 0, y: y(11.9), mat: 'Glow' },
          { r: 0.52, y: y(11.9), sharp: true },
          { r: 0.6, y: y(NOZZLE_Z - 0.04), sharp: true, mat: 'Hull' },
          { r: 0.74, y: y(NOZZLE_Z), sharp: true },
          { r: 0.72, y: y(11.2), sharp: true, mat: 'Glow' },
          { r: 0.72, y: y(11.0), sharp: true, mat: 'Hull' },
          { r: 0.72, y: y(8.5) },
          { r: 0, y: y(7.5) },
        ],
        10,
        [s * ENGINE_X, ENGINE_Y, 0],
        Math.PI / 10,
      ),
      0.5,
    );
  }
}

/** Builds the Hunter as a glTF document (deterministic). */
export function buildHunter(): Document {
  const parts = new ShipParts();
  buildHull(parts);
  buildSensorFin(parts);
  buildWings(parts);
  buildEngines(parts);
  return finishShip('Hunter', 'hunter.ts', parts, [
    ['Engine0', [-ENGINE_X, ENGINE_Y, NOZZLE_Z]],
    ['Engine1', [ENGINE_X, ENGINE_Y, NOZZLE_Z]],
    ['Muzzle0', [-POD_X, POD_Y, TUBE_Z]],
    ['Muzzle1', [POD_X, POD_Y, TUBE_Z]],
  ]);
}
