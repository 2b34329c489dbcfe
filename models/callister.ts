/**
 * The USS Callister (NCC-1031): a 1960s "Space Fleet" starship — saucer, swept neck,
 * cigar-shaped secondary hull and two nacelles on pylons — built procedurally.
 *
 * Conventions (the game relies on them): metres; forward is -Z, up +Y, right +X; the
 * origin sits in the neck / secondary-hull region. Node and material names are part of
 * the contract with the game code (see tests/unit/models.test.ts).
 */
import { getBounds, type Document, type vec3 } from '@gltf-transform/core';
import { BoxGeometry, SphereGeometry, Vector3, type BufferGeometry } from 'three';
import {
  ModelBuilder,
  PartList,
  airfoilRing,
  lathe,
  loft,
  type MaterialDef,
  type ProfilePoint,
} from './gltf-helpers';

export const CALLISTER_MATERIALS: MaterialDef[] = [
  { name: 'Hull', color: '#c9c6bd', metallic: 0.35, roughness: 0.55 },
  { name: 'HullDark', color: '#8d8f93', metallic: 0.4, roughness: 0.6 },
  { name: 'Accent', color: '#b3261e', metallic: 0.2, roughness: 0.5 },
  { name: 'Bussard', color: '#a8321a', metallic: 0, roughness: 0.35, emissive: [1, 0.35, 0.1] },
  { name: 'Deflector', color: '#a8621e', metallic: 0, roughness: 0.35, emissive: [1, 0.55, 0.15] },
  { name: 'Grille', color: '#3a64a8', metallic: 0, roughness: 0.4, emissive: [0.3, 0.6, 1] },
  { name: 'Windows', color: '#a89870', metallic: 0, roughness: 0.4, emissive: [1, 0.9, 0.6] },
  { name: 'NavRed', color: '#ff2a1a', metallic: 0, roughness: 0.4, emissive: [1, 0.06, 0.04] },
  { name: 'NavGreen', color: '#2aff5a', metallic: 0, roughness: 0.4, emissive: [0.1, 1, 0.25] },
];

/** Key dimensions, in metres (absolute ship coordinates unless noted). */
export const CALLISTER_LAYOUT = {
  saucer: { center: [0, 5, -16.5] as vec3, radius: 20 },
  hull: { y: -4.6, zFront: -8, zRear: 22 },
  nacelle: { x: 11, y: 6.6, zFront: 3.5, zRear: 36.5, radius: 1.7 },
} as const;

const SAUCER_SEGMENTS = 64;
const HULL_SEGMENTS = 48;
const NACELLE_SEGMENTS = 36;

/** A window pane: a thin box facing +Z in its own frame. */
const windowPane = (w: number, h: number): BufferGeometry => new BoxGeometry(w, h, 0.08);

/** Linear interpolation of a lathe profile's radius at height `y` (first matching span). */
function radiusAt(profile: ProfilePoint[], y: number): number {
  for (let i = 0; i < profile.length - 1; i++) {
    const a = profile[i]!;
    const b = profile[i + 1]!;
    const lo = Math.min(a.y, b.y);
    const hi = Math.max(a.y, b.y);
    if (y >= lo && y <= hi && hi > lo) return a.r + ((b.r - a.r) * (y - a.y)) / (b.y - a.y);
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Saucer (primary hull) and bridge
// ---------------------------------------------------------------------------

/** The underside segment carrying the lower row of windows. */
const UNDER_WINDOWS = { r0: 16, y0: -0.8, r1: 18.8, y1: -0.5 };

/** Saucer profile, bottom (sensor dome) to top, relative to the saucer centre at rim level. */
const SAUCER_PROFILE: ProfilePoint[] = [
  { r: 0, y: -3.6, mat: 'HullDark' }, // lower sensor dome
  { r: 1.2, y: -3.45 },
  { r: 2.1, y: -3.0 },
  { r: 2.6, y: -2.5, sharp: true, mat: 'Hull' },
  { r: 3.1, y: -2.35, sharp: true },
  { r: 6, y: -2.05 },
  { r: 8.5, y: -1.75, mat: 'HullDark' },
  { r: 12.5, y: -1.25 },
  { r: UNDER_WINDOWS.r0, y: UNDER_WINDOWS.y0, mat: 'Hull' },
  { r: UNDER_WINDOWS.r1, y: UNDER_WINDOWS.y1 },
  { r: 19.7, y: -0.4, sharp: true, mat: 'HullDark' },
  { r: 20, y: -0.3, sharp: true },
  { r: 20, y: 0.5, sharp: true, mat: 'Hull' },
  { r: 19.6, y: 0.65, sharp: true },
  { r: 17.6, y: 0.92, mat: 'Accent' },
  { r: 16.7, y: 1.05, mat: 'Hull' },
  { r: 12.6, y: 1.6, mat: 'HullDark' },
  { r: 12.2, y: 1.65, mat: 'Hull' },
  { r: 9.2, y: 2.0, sharp: true, mat: 'HullDark' },
  { r: 9.2, y: 2.6, sharp: true, mat: 'Hull' },
  { r: 8.8, y: 2.7, sharp: true },
  { r: 5.5, y: 2.95 },
  { r: 0, y: 3.05 },
];

function buildSaucer(b: ModelBuilder): void {
  const parts = new PartList().addLathe(lathe(SAUCER_PROFILE, SAUCER_SEGMENTS));
  const R = CALLISTER_LAYOUT.saucer.radius;

  // Rim windows: one row, in groups of five, leaving room for the navigation lights.
  const rimCount = 120;
  for (let k = 0; k < rimCount; k++) {
    if (k % 6 === 5) continue;
    const phi = (k / rimCount) * Math.PI * 2;
    if (Math.abs(Math.sin(phi)) > 0.995) continue;
    parts.add('Windows', windowPane(0.55, 0.28), {
      position: [(R + 0.01) * Math.sin(phi), 0.12, (R + 0.01) * Math.cos(phi)],
      rotation: [0, phi, 0],
    });
  }
  // Upper-deck windows on the vertical step of the dome.
  const stepR = 9.2;
  const stepCount = 48;
  for (let k = 0; k < stepCount; k++) {
    if (k % 4 === 3) continue;
    const phi = ((k + 0.5) / stepCount) * Math.PI * 2;
    parts.add('Windows', windowPane(0.5, 0.26), {
      position: [(stepR + 0.01) * Math.sin(phi), 2.3, (stepR + 0.01) * Math.cos(phi)],
      rotation: [0, phi, 0],
    });
  }
  // Lower row under the rim, on the sloped underside.
  const lowCount = 96;
  for (let k = 0; k < lowCount; k++) {
    if (k % 8 >= 6) continue;
    const phi = ((k + 0.5) / lowCount) * Math.PI * 2;
    // Facing along the underside segment's normal.
    const { r0, y0, r1, y1 } = UNDER_WINDOWS;
    const r = 17.3;
    const y = y0 + ((y1 - y0) * (r - r0)) / (r1 - r0) - 0.01;
    parts.add('Windows', windowPane(0.5, 0.22), {
      position: [r * Math.sin(phi), y, r * Math.cos(phi)],
      rotation: [Math.atan2(r1 - r0, y1 - y0), phi, 0],
      order: 'YXZ',
    });
  }

  // Navigation lights: red to port (-X), green to starboard (+X).
  const nav = (): BufferGeometry => new SphereGeometry(0.38, 16, 10);
  parts.add('NavRed', nav(), { position: [-(R + 0.12), 0.1, 0] });
  parts.add('NavGreen', nav(), { position: [R + 0.12, 0.1, 0] });

  b.addMeshNode('Saucer', parts, [...CALLISTER_LAYOUT.saucer.center]);
}

function buildBridge(b: ModelBuilder): void {
  // Raised "wedding cake" bridge module on the saucer's top centre.
  const profile: ProfilePoint[] = [
    { r: 0, y: 0, mat: 'HullDark' },
    { r: 4.4, y: 0, sharp: true },
    { r: 4.2, y: 0.75, sharp: true, mat: 'Hull' },
    { r: 3.4, y: 0.95, sharp: true },
    { r: 2.9, y: 1.05, sharp: true, mat: 'HullDark' },
    { r: 2.7, y: 1.5, sharp: true, mat: 'Hull' },
    { r: 2.3, y: 1.95 },
    { r: 1.5, y: 2.35 },
    { r: 0.6, y: 2.55, sharp: true, mat: 'HullDark' },
    { r: 0.35, y: 2.9 },
    { r: 0, y: 2.95 },
  ];
  const parts = new PartList().addLathe(lathe(profile, 48));
  const count = 24;
  for (let k = 0; k < count; k++) {
    const phi = ((k + 0.5) / count) * Math.PI * 2;
    parts.add('Windows', windowPane(0.45, 0.22), {
      position: [2.82 * Math.sin(phi), 1.28, 2.82 * Math.cos(phi)],
      rotation: [0, phi, 0],
    });
  }
  const [cx, cy, cz] = CALLISTER_LAYOUT.saucer.center;
  b.addMeshNode('Bridge', parts, [cx, cy + 2.95, cz]);
}

// ---------------------------------------------------------------------------
// Neck and secondary hull
// ---------------------------------------------------------------------------

function buildNeck(b: ModelBuilder): void {
  // Horizontal airfoil sections stacked from inside the saucer down into the hull,
  // swept back: the neck leans aft as it descends.
  const X = new Vector3(1, 0, 0);
  const Z = new Vector3(0, 0, 1);
  const sections: [number, number, number, number][] = [
    // y, z (section centre), chord, thickness
    [4.6, -3.5, 8.5, 2.1],
    [2.2, 0.6, 8.2, 2.0],
    [-0.4, 4.8, 8.8, 2.2],
    [-2.6, 7.6, 10.5, 2.6],
  ];
  const rings = sections.map(([y, z, chord, thick]) =>
    airfoilRing(new Vector3(0, y, z), Z, X, chord, thick, 24),
  );
  const parts = new PartList().add('Hull', loft(rings));
  b.addMeshNode('Neck', parts);
}

/** Secondary hull profile along its axis (y = forward), rear to front, about its centre. */
const HULL_HALF = (CALLISTER_LAYOUT.hull.zRear - CALLISTER_LAYOUT.hull.zFront) / 2;
/** Forward distance from the hull centre to the floor of the deflector recess. */
const DISH_BASE = HULL_HALF - 0.8;
const HULL_PROFILE: ProfilePoint[] = [
  { r: 0, y: -HULL_HALF + 0.3, mat: 'HullDark' }, // shuttle-bay doors
  { r: 1.35, y: -HULL_HALF + 0.3, sharp: true },
  { r: 1.575, y: -HULL_HALF, sharp: true, mat: 'Hull' },
  { r: 1.845, y: -HULL_HALF + 1.2, sharp: true },
  { r: 2.205, y: -11 },
  { r: 2.61, y: -7, mat: 'HullDark' },
  { r: 2.745, y: -5, mat: 'Hull' },
  { r: 3.015, y: -1 },
  { r: 3.15, y: 3 },
  { r: 3.105, y: 7 },
  { r: 2.97, y: 9.5, mat: 'Accent' },
  { r: 2.925, y: 10.3, mat: 'Hull' },
  { r: 2.835, y: 12.2, sharp: true, mat: 'HullDark' }, // deflector housing
  { r: 3.24, y: 13.8, sharp: true },
  { r: 3.195, y: HULL_HALF, sharp: true },
  { r: 2.655, y: HULL_HALF, sharp: true },
  { r: 2.475, y: DISH_BASE, sharp: true },
  { r: 0, y: DISH_BASE },
];

const HULL_CENTER_Z = (CALLISTER_LAYOUT.hull.zRear + CALLISTER_LAYOUT.hull.zFront) / 2;
const toForward = { rotation: [-Math.PI / 2, 0, 0] as [number, number, number] };

function buildSecondaryHull(b: ModelBuilder): void {
  const parts = new PartList().addLathe(lathe(HULL_PROFILE, HULL_SEGMENTS), toForward);
  // Two rows of port windows along each flank.
  for (const side of [-1, 1]) {
    for (let f = -10.5; f <= 8.5; f += 1.25) {
      if (Math.abs(f + 6) < 1.2) continue;
      for (const dy of [0.9, -0.2]) {
        const r = radiusAt(HULL_PROFILE, f);
        const horiz = Math.sqrt(Math.max(0, r * r - dy * dy));
        parts.add('Windows', windowPane(0.55, 0.26), {
          position: [side * (horiz + 0.01), dy, -f],
          rotation: [-Math.atan2(dy, horiz), (side * Math.PI) / 2, 0],
          order: 'YXZ',
        });
      }
    }
  }
  // Lit shuttle-bay doors on the recessed stern face.
  parts.add('Windows', new BoxGeometry(1.5, 0.9, 0.06), { position: [0, -0.1, HULL_HALF - 0.3] });
  b.addMeshNode('SecondaryHull', parts, [0, CALLISTER_LAYOUT.hull.y, HULL_CENTER_Z]);
}

function buildDeflector(b: ModelBuilder): void {
  // Concave dish with a central antenna, facing forward (-Z).
  const profile: ProfilePoint[] = [
    { r: 0, y: 0, mat: 'Deflector' },
    { r: 2.34, y: 0, sharp: true },
    { r: 2.34, y: 0.45, sharp: true },
    { r: 1.89, y: 0.34 },
    { r: 1.08, y: 0.16 },
    { r: 0.405, y: 0.1, sharp: true },
    { r: 0.27, y: 0.45 },
    { r: 0.108, y: 1.9 },
    { r: 0, y: 2.0 },
  ];
  const parts = new PartList().addLathe(lathe(profile, 40), toForward);
  const z = HULL_CENTER_Z - DISH_BASE;
  b.addMeshNode('Deflector', parts, [0, CALLISTER_LAYOUT.hull.y, z]);
}

// ---------------------------------------------------------------------------
// Nacelles, bussard collectors and pylons
// ---------------------------------------------------------------------------

const NAC = CALLISTER_LAYOUT.nacelle;
const NAC_HALF = (NAC.zRear - NAC.zFront) / 2;
const NAC_CENTER_Z = (NAC.zRear + NAC.zFront) / 2;
const NAC_R = NAC.radius;
/** Forward distance from the nacelle centre to the bussard's base. */
const BUSSARD_BASE = NAC_HALF - 0.25;
const BUSSARD_R = NAC_R + 0.12;

/** Nacelle body profile (y = forward), rear to front, about the nacelle centre. */
const NACELLE_PROFILE: ProfilePoint[] = [
  { r: 0, y: -NAC_HALF + 0.35, mat: 'HullDark' }, // recessed exhaust face
  { r: 0.95, y: -NAC_HALF + 0.35, sharp: true },
  { r: 1.05, y: -NAC_HALF, sharp: true },
  { r: 1.45, y: -NAC_HALF + 1.4 },
  { r: 1.66, y: -NAC_HALF + 3.0 },
  { r: NAC_R, y: -NAC_HALF + 3.6, sharp: true, mat: 'Accent' },
  { r: NAC_R + 0.07, y: -NAC_HALF + 3.7, sharp: true },
  { r: NAC_R + 0.07, y: -NAC_HALF + 4.5, sharp: true },
  { r: NAC_R, y: -NAC_HALF + 4.6, sharp: true, mat: 'Hull' },
  { r: NAC_R, y: NAC_HALF - 4.6, sharp: true, mat: 'Accent' },
  { r: NAC_R + 0.07, y: NAC_HALF - 4.5, sharp: true },
  { r: NAC_R + 0.07, y: NAC_HALF - 3.7, sharp: true },
  { r: NAC_R, y: NAC_HALF - 3.6, sharp: true, mat: 'Hull' },
  { r: NAC_R, y: NAC_HALF - 2.0, sharp: true, mat: 'HullDark' }, // bussard collar
  { r: NAC_R + 0.28, y: NAC_HALF - 1.3, sharp: true },
  { r: NAC_R + 0.28, y: NAC_HALF, sharp: true },
  { r: BUSSARD_R, y: NAC_HALF, sharp: true },
  { r: BUSSARD_R, y: BUSSARD_BASE, sharp: true },
  { r: 0, y: BUSSARD_BASE },
];

function nacelleName(side: -1 | 1): 'Left' | 'Right' {
  return side < 0 ? 'Left' : 'Right';
}

function buildNacelle(b: ModelBuilder, side: -1 | 1): void {
  const parts = new PartList().addLathe(lathe(NACELLE_PROFILE, NACELLE_SEGMENTS), toForward);
  // Blue grille vents along the inboard flank (towards the ship's centreline).
  const inboard = -side;
  for (let f = -NAC_HALF + 5.4; f < NAC_HALF - 5.2; f += 1.5) {
    for (const elev of [0.32, -0.32]) {
      const nx = Math.cos(elev);
      const ny = Math.sin(elev);
      parts.add('Grille', new BoxGeometry(0.22, 0.42, 1.22), {
        position: [inboard * nx * (NAC_R - 0.04), ny * (NAC_R - 0.04), -f],
        rotation: [0, 0, inboard * elev],
      });
    }
  }
  // A dorsal accent stripe along the top of the nacelle.
  parts.add('Accent', new BoxGeometry(0.34, 0.12, 2 * NAC_HALF - 9.4), {
    position: [0, NAC_R - 0.02, 0],
  });
  b.addMeshNode(`Nacelle${nacelleName(side)}`, parts, [side * NAC.x, NAC.y, NAC_CENTER_Z]);
}

function buildBussard(b: ModelBuilder, side: -1 | 1): void {
  // Glowing domed cap, its node at the dome's base so the game can spin it about Z.
  const radius = BUSSARD_R;
  const profile: ProfilePoint[] = [{ r: 0, y: 0, mat: 'Bussard' }];
  profile.push({ r: radius, y: 0, sharp: true });
  const steps = 10;
  for (let i = 1; i <= steps; i++) {
    const t = (i / steps) * (Math.PI / 2);
    profile.push({ r: radius * Math.cos(t), y: 1.75 * Math.sin(t) + 0.05 });
  }
  const parts = new PartList().addLathe(lathe(profile, NACELLE_SEGMENTS), toForward);
  b.addMeshNode(`Bussard${nacelleName(side)}`, parts, [
    side * NAC.x,
    NAC.y,
    NAC_CENTER_Z - BUSSARD_BASE,
  ]);
}

function buildPylon(b: ModelBuilder, side: -1 | 1): void {
  const root = new Vector3(side * 1.2, CALLISTER_LAYOUT.hull.y + 1.4, 16.0);
  const tip = new Vector3(side * NAC.x, NAC.y, NAC_CENTER_Z + 2.5);
  const span = tip.clone().sub(root).normalize();
  const chordDir = new Vector3(0, 0, 1).addScaledVector(span, -span.z).normalize();
  const thickDir = new Vector3().crossVectors(span, chordDir).normalize();
  const rings = [
    airfoilRing(root, chordDir, thickDir, 7.2, 1.0, 20),
    airfoilRing(root.clone().lerp(tip, 0.5), chordDir, thickDir, 6.2, 0.85, 20),
    airfoilRing(tip, chordDir, thickDir, 5.4, 0.75, 20),
  ];
  const parts = new PartList().add('Hull', loft(rings));
  b.addMeshNode(`Pylon${nacelleName(side)}`, parts);
}

// ---------------------------------------------------------------------------

/** Builds the USS Callister as a glTF document (deterministic). */
export function buildCallister(): Document {
  const b = new ModelBuilder('Callister', CALLISTER_MATERIALS, 'Infinity models/callister.ts');
  buildSaucer(b);
  buildBridge(b);
  buildNeck(b);
  buildSecondaryHull(b);
  buildDeflector(b);
  buildPylon(b, -1);
  buildPylon(b, 1);
  buildNacelle(b, -1);
  buildNacelle(b, 1);
  buildBussard(b, -1);
  buildBussard(b, 1);
  for (const side of [-1, 1] as const) {
    // Engine glow anchors: on the axis at the very rear of each nacelle.
    b.addEmpty(`Engine${nacelleName(side)}`, [side * NAC.x, NAC.y, NAC.zRear]);
  }
  const box = getBounds(b.scene);
  const centre: vec3 = [0, 1, 2].map(
    (i) => Math.round(((box.min[i]! + box.max[i]!) / 2) * 100) / 100,
  ) as vec3;
  b.addEmpty('CameraTarget', centre);
  return b.doc;
}
