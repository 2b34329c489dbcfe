/**
 * Brawler: Infinity's tough close-range fighter (~22 m). A chunky armoured wedge with
 * a glowing visor slit, two heavy cannons on side sponsons, stubby anhedral wings with
 * end plates and two big engines. One mesh node, two materials (Hull, Glow).
 */
import type { Document } from '@gltf-transform/core';
import {
  ShipParts,
  beam,
  chamferBox,
  finishShip,
  latheZ,
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
export const BRAWLER_DIMENSIONS: ShipDimensions = {
  lengthM: 21.92,
  radiusM: 11.6,
  widthM: 14.98,
  heightM: 4.57,
};

/** Armoured hull section: flat top and belly, chamfered shoulders. */
function hullSection(w: number, ht: number, hb: number): [number, number][] {
  return [
    [0.55 * w, ht],
    [w, 0.3 * ht],
    [0.92 * w, -0.5 * hb],
    [0.55 * w, -hb],
    [-0.55 * w, -hb],
    [-0.92 * w, -0.5 * hb],
    [-w, 0.3 * ht],
    [-0.55 * w, ht],
  ];
}

/** Hull stations, bow to stern: z, half-width, height above / below the waterline. */
const STATIONS: [number, number, number, number][] = [
  [-7.6, 1.3, 0.55, 0.6],
  [-6.4, 2.1, 1.15, 0.95],
  [-2.5, 2.7, 1.7, 1.2],
  [2.5, 2.8, 1.8, 1.3],
  [6.0, 2.5, 1.55, 1.2],
  [7.2, 2.1, 1.2, 1.0],
];
const SPONSON_X = 3.35;
const SPONSON_Y = -0.2;
const CANNON_Z = -11.2;
const ENGINE_X = 1.45;
const ENGINE_Y = 0;
const NOZZLE_Z = 10.7;

function buildHull(parts: ShipParts): void {
  const rings = STATIONS.map(([z, w, ht, hb]) => ringAt(z, hullSection(w, ht, hb)));
  parts.add('Hull', sectionLoft(rings), 1);

  // Layered dorsal armour: a raised plate and a cockpit hump with a visor slit.
  parts.add(
    'Hull',
    sectionLoft([
      ringAt(-5.4, hullSection(1.2, 0.1, 0.2), 0, 1.25),
      ringAt(-3.8, hullSection(1.5, 0.75, 0.2), 0, 1.25),
      ringAt(-1.0, hullSection(1.6, 0.85, 0.2), 0, 1.35),
      ringAt(2.0, hullSection(1.5, 0.6, 0.2), 0, 1.45),
    ]),
    0.78,
  );
  // Visor: a glowing slit lying on the hump's sloped front face.
  const slope: V3 = [0, 0.65, 1.6];
  const normal: V3 = [0, 0.925, -0.376];
  const zc = -4.5;
  const yc = 1.35 + (slope[1] * (zc + 5.4)) / slope[2] + 0.03;
  parts.add('Glow', beam([-0.78, yc, zc], [0.78, yc, zc], 0.4, 0.08, normal));
  parts.add('Hull', chamferBox([0, 1.9, 4.4], [2.6, 0.5, 3.4], 0.2), 0.6);

  // Neon trim along the upper shoulders of the hull, bow to stern.
  for (const s of [-1, 1]) {
    const pts = STATIONS.map(([z, w, ht]): V3 => [s * w * 1.005, 0.3 * ht + 0.03, z]);
    parts.add('Glow', trim(pts, 0.08, 0.1));
  }
  // Glowing ventral strip.
  parts.add('Glow', beam([0, -1.22, -4.5], [0, -1.32, 4.5], 0.35, 0.08));
}

function buildSponsons(parts: ShipParts): void {
  for (const s of [-1, 1]) {
    const x = s * SPONSON_X;
    // Cannon sponson: a long armoured box on the flank.
    parts.add('Hull', chamferBox([x, SPONSON_Y, -0.5], [1.7, 1.9, 9.0], 0.35), 0.7);
    parts.add('Hull', chamferBox([x, SPONSON_Y + 0.1, -5.6], [1.5, 1.6, 1.6], 0.4), 0.5);
    // Heavy cannon: barrel, cooling sleeve and muzzle brake.
    const y = SPONSON_Y + 0.05;
    parts.add('Hull', prism([x, y, -6.2], [x, y, -9.0], 0.5, 0.45, 8, Math.PI / 8), 0.45);
    parts.add('Hull', prism([x, y, -9.0], [x, y, CANNON_Z + 0.9], 0.28, 0.28, 8), 0.35);
    parts.add(
      'Hull',
      prism([x, y, CANNON_Z + 0.9], [x, y, CANNON_Z], 0.44, 0.44, 8, Math.PI / 8),
      0.55,
    );
    for (const z of [-6.8, -7.4, -8.0]) {
      parts.add('Glow', prism([x, y, z], [x, y, z - 0.18], 0.52, 0.5, 8, Math.PI / 8));
    }
    parts.add('Glow', prism([x, y, CANNON_Z + 0.05], [x, y, CANNON_Z - 0.02], 0.3, 0.3, 8));
    // Glow line on the sponson's outer top edge.
    // (on the chamfer between the sponson's top and its outer face)
    const gx = x + s * 0.69;
    const gy = SPONSON_Y + 0.76;
    parts.add('Glow', beam([gx, gy, -4.6], [gx, gy, 3.7], 0.12, 0.08, [s, 1, 0]));
  }
}

function buildWings(parts: ShipParts): void {
  for (const s of [-1, 1]) {
    const root = { le: mx([3.9, 0.1, -1.2], s), te: mx([3.9, 0.1, 3.8], s), t: 0.6 };
    const tip = { le: mx([7.0, -0.7, 1.0], s), te: mx([7.0, -0.7, 4.0], s), t: 0.36 };
    parts.add('Hull', wing(root, tip), 0.85);
    parts.add('Glow', beam(root.le, tip.le, 0.12, 0.12));
    // End plate: a short fin pointing down and out.
    const plateRoot = { le: mx([7.0, -0.4, 0.4], s), te: mx([7.0, -0.4, 4.4], s), t: 0.3 };
    const plateTip = { le: mx([7.4, -2.3, 2.0], s), te: mx([7.4, -2.3, 4.3], s), t: 0.18 };
    parts.add('Hull', wing(plateRoot, plateTip, [s, 0.2, 0]), 0.6);
    parts.add('Glow', beam(plateTip.le, plateTip.te, 0.14, 0.14, [s, 0, 0]));
    parts.add('Glow', beam(mx([7.05, -0.5, 0.6], s), mx([7.05, -0.5, 2.2], s), 0.18, 0.18));
  }
}

function buildEngines(parts: ShipParts): void {
  const y = (z: number): number => -z;
  for (const s of [-1, 1]) {
    const at: V3 = [s * ENGINE_X, ENGINE_Y, 0];
    parts.addLathe(
      latheZ(
        [
          { r: 0, y: y(9.9), mat: 'Glow' },
          { r: 0.9, y: y(9.9), sharp: true },
          { r: 1.0, y: y(NOZZLE_Z - 0.05), sharp: true, mat: 'Hull' },
          { r: 1.2, y: y(NOZZLE_Z), sharp: true },
          { r: 1.25, y: y(9.4), sharp: true },
          { r: 1.25, y: y(8.6), sharp: true },
          { r: 1.15, y: y(8.4), sharp: true, mat: 'Glow' },
          { r: 1.15, y: y(8.15), sharp: true, mat: 'Hull' },
          { r: 1.15, y: y(5.0) },
          { r: 0, y: y(4.0) },
        ],
        12,
        at,
        Math.PI / 12,
      ),
      0.55,
    );
  }
  // Armoured tail between the engines.
  parts.add('Hull', chamferBox([0, 0.6, 8.0], [1.4, 1.6, 3.0], 0.3), 0.5);
}

/** Builds the Brawler as a glTF document (deterministic). */
export function buildBrawler(): Document {
  const parts = new ShipParts();
  buildHull(parts);
  buildSponsons(parts);
  buildWings(parts);
  buildEngines(parts);
  const cannonY = SPONSON_Y + 0.05;
  return finishShip('Brawler', 'brawler.ts', parts, [
    ['Engine0', [-ENGINE_X, ENGINE_Y, NOZZLE_Z]],
    ['Engine1', [ENGINE_X, ENGINE_Y, NOZZLE_Z]],
    ['Muzzle0', [-SPONSON_X, cannonY, CANNON_Z]],
    ['Muzzle1', [SPONSON_X, cannonY, CANNON_Z]],
  ]);
}
