import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  AdditiveBlending,
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  CurvePath,
  CylinderGeometry,
  DoubleSide,
  Euler,
  Float32BufferAttribute,
  LineCurve3,
  Matrix4,
  Quaternion,
  SphereGeometry,
  TorusGeometry,
  TubeGeometry,
  Vector3,
  type Group,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { mulberry32 } from './seeded-random';

/**
 * The sector's trade hub: a static core (hub, decks, docking arms) and a slowly
 * spinning habitat ring on six spokes, dressed in cyan/magenta neon.
 *
 * Draw-call budget: every static part is merged per material (hull, neon,
 * light sprites) and the spinning assembly likewise, plus two holograms:
 * eight draws in total. All geometry is built in units of radiusM so the
 * station scales with the collision shape (core sphere 0.35 R, ring at R with
 * tube ~0.12 R, ring in the local XZ plane, spin axis +Y).
 */

// ---------------------------------------------------------------------------
// Palette. Hull colours go through Color so they land in the linear working
// space like any other three colour; the lead's lights do the shading.

const HULL_LIGHT = new Color('#c9ced8');
const HULL_MID = new Color('#7d8494');
const HULL_DARK = new Color('#2b2f3d');
const HULL_ACCENT = new Color('#3a2a5c');
const NEON_CYAN = new Color('#19f0ff');
const NEON_MAGENTA = new Color('#ff2bd6');
const NEON_WINDOW = new Color('#9fe8ff');
const NEON_WARM = new Color('#ffd27a');

// The faint emissive stands in for the glow of the station's own neon, so the
// side facing away from the sun reads as a silhouette instead of a hole.
const HULL_MATERIAL = {
  vertexColors: true,
  metalness: 0.35,
  roughness: 0.5,
  emissive: '#161a33',
} as const;

// ---------------------------------------------------------------------------
// Geometry assembly: collect transformed, vertex-coloured parts and merge them.

const tmpMatrix = new Matrix4();
const tmpQuat = new Quaternion();
const tmpEuler = new Euler();
const tmpPos = new Vector3();
const UNIT_SCALE = new Vector3(1, 1, 1);
const tmpColor = new Color();

class PartBuilder {
  private readonly parts: BufferGeometry[] = [];

  add(
    geo: BufferGeometry,
    color: Color,
    pos: [number, number, number] = [0, 0, 0],
    rot: [number, number, number] = [0, 0, 0],
  ): void {
    tmpEuler.set(rot[0], rot[1], rot[2], 'YXZ');
    tmpQuat.setFromEuler(tmpEuler);
    tmpPos.set(pos[0], pos[1], pos[2]);
    tmpMatrix.compose(tmpPos, tmpQuat, UNIT_SCALE);
    this.addMatrix(geo, color, tmpMatrix);
  }

  /** Takes ownership of `geo`. Primitives are all indexed, as merging requires. */
  addMatrix(g: BufferGeometry, color: Color, matrix: Matrix4): void {
    g.deleteAttribute('uv');
    g.applyMatrix4(matrix);
    const n = g.getAttribute('position').count;
    const colors = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) {
      colors[i * 3] = color.r;
      colors[i * 3 + 1] = color.g;
      colors[i * 3 + 2] = color.b;
    }
    g.setAttribute('color', new BufferAttribute(colors, 3));
    this.parts.push(g);
  }

  build(): BufferGeometry {
    const merged = mergeGeometries(this.parts, false);
    for (const p of this.parts) p.dispose();
    this.parts.length = 0;
    if (!merged) throw new Error('TradeStation: failed to merge station geometry');
    merged.computeBoundingSphere();
    return merged;
  }
}

/** Glow sprites: position, colour, world size and a blink program per light. */
class LightBuilder {
  readonly positions: number[] = [];
  readonly colors: number[] = [];
  readonly sizes: number[] = [];
  /** x: phase, y: mode (0 steady, 1 beacon flash, 2 chase, 3 slow pulse). */
  readonly blink: number[] = [];

  add(p: Vector3, color: Color, size: number, mode = 0, phase = 0): void {
    this.positions.push(p.x, p.y, p.z);
    // The sprite shader writes display values directly, so store sRGB.
    tmpColor.copy(color).convertLinearToSRGB();
    this.colors.push(tmpColor.r, tmpColor.g, tmpColor.b);
    this.sizes.push(size);
    this.blink.push(phase, mode);
  }

  build(): BufferGeometry {
    const geo = new BufferGeometry();
    geo.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    geo.setAttribute('aColor', new Float32BufferAttribute(this.colors, 3));
    geo.setAttribute('aSize', new Float32BufferAttribute(this.sizes, 1));
    geo.setAttribute('aBlink', new Float32BufferAttribute(this.blink, 2));
    geo.computeBoundingSphere();
    return geo;
  }
}

interface StationGeometry {
  coreHull: BufferGeometry;
  coreNeon: BufferGeometry;
  coreLights: BufferGeometry;
  spinHull: BufferGeometry;
  spinNeon: BufferGeometry;
  spinLights: BufferGeometry;
  logo: BufferGeometry;
  holoBand: BufferGeometry;
}

const SPOKES = 6;
const MODULES = 18;
const ARMS = 3;

function buildStation(R: number): StationGeometry {
  const rand = mulberry32(0x57a710);
  const coreHull = new PartBuilder();
  const coreNeon = new PartBuilder();
  const coreLights = new LightBuilder();
  const spinHull = new PartBuilder();
  const spinNeon = new PartBuilder();
  const spinLights = new LightBuilder();
  const v = new Vector3();
  const HALF_PI = Math.PI / 2;

  // --- Core: sphere with stacked decks and towers, mirrored top/bottom. ---
  coreHull.add(new SphereGeometry(0.24 * R, 32, 20), HULL_LIGHT);
  for (const s of [1, -1]) {
    coreHull.add(new CylinderGeometry(0.21 * R, 0.21 * R, 0.06 * R, 48), HULL_MID, [
      0,
      s * 0.19 * R,
      0,
    ]);
    coreHull.add(
      new CylinderGeometry(0.17 * R, 0.21 * R, 0.03 * R, 48),
      HULL_DARK,
      [0, s * 0.235 * R, 0],
      [s > 0 ? 0 : Math.PI, 0, 0],
    );
    coreHull.add(new CylinderGeometry(0.12 * R, 0.12 * R, 0.16 * R, 32), HULL_LIGHT, [
      0,
      s * 0.3 * R,
      0,
    ]);
    coreHull.add(
      new CylinderGeometry(0.065 * R, 0.1 * R, 0.07 * R, 24),
      HULL_MID,
      [0, s * 0.41 * R, 0],
      [s > 0 ? 0 : Math.PI, 0, 0],
    );
    coreHull.add(new CylinderGeometry(0.006 * R, 0.01 * R, 0.12 * R, 6), HULL_MID, [
      0,
      s * 0.5 * R,
      0,
    ]);
    // Radiator fins give the towers a readable silhouette at distance.
    for (let i = 0; i < 4; i++) {
      const a = (i / 4) * Math.PI * 2 + Math.PI / 4;
      coreHull.add(
        new BoxGeometry(0.05 * R, 0.13 * R, 0.008 * R),
        HULL_ACCENT,
        [Math.cos(a) * 0.14 * R, s * 0.3 * R, -Math.sin(a) * 0.14 * R],
        [0, a, 0],
      );
    }
    // Neon trim on deck rims and tower bands: cyan above, magenta below.
    const trim = s > 0 ? NEON_CYAN : NEON_MAGENTA;
    const other = s > 0 ? NEON_MAGENTA : NEON_CYAN;
    coreNeon.add(
      new TorusGeometry(0.211 * R, 0.004 * R, 4, 96),
      trim,
      [0, s * 0.19 * R, 0],
      [HALF_PI, 0, 0],
    );
    for (const y of [0.25, 0.35]) {
      coreNeon.add(
        new TorusGeometry(0.1215 * R, 0.0025 * R, 4, 64),
        other,
        [0, s * y * R, 0],
        [HALF_PI, 0, 0],
      );
    }
    // Lit window rows wrapping the towers.
    for (let i = 0; i < 20; i++) {
      const a = (i / 20) * Math.PI * 2;
      for (const y of [0.28, 0.31]) {
        coreNeon.add(
          new BoxGeometry(0.02 * R, 0.006 * R, 0.004 * R),
          rand() < 0.15 ? NEON_WARM : NEON_WINDOW,
          [Math.cos(a) * 0.121 * R, s * y * R, -Math.sin(a) * 0.121 * R],
          [0, a + HALF_PI, 0],
        );
      }
    }
    // Mast-top beacons flash like aircraft strobes, top and bottom alternating.
    coreLights.add(v.set(0, s * 0.565 * R, 0), new Color('#ff3355'), 0.05 * R, 1, s > 0 ? 0 : 0.5);
    // Deck-rim running lights.
    for (let i = 0; i < 24; i++) {
      const a = (i / 24) * Math.PI * 2;
      coreLights.add(
        v.set(Math.cos(a) * 0.218 * R, s * 0.19 * R, Math.sin(a) * 0.218 * R),
        trim,
        0.012 * R,
        3,
        i / 24,
      );
    }
  }
  // Equatorial band on the sphere, under the spinning collar.
  coreNeon.add(
    new TorusGeometry(0.241 * R, 0.003 * R, 4, 96),
    NEON_CYAN,
    [0, 0.06 * R, 0],
    [HALF_PI, 0, 0],
  );
  coreNeon.add(
    new TorusGeometry(0.241 * R, 0.003 * R, 4, 96),
    NEON_MAGENTA,
    [0, -0.06 * R, 0],
    [HALF_PI, 0, 0],
  );

  // --- Docking arms: three per deck, staggered, each ending in a lit port. ---
  for (const s of [1, -1]) {
    for (let i = 0; i < ARMS; i++) {
      const a = ((i + (s > 0 ? 0 : 0.5)) / ARMS) * Math.PI * 2 + Math.PI / 6;
      const cx = Math.cos(a);
      const cz = -Math.sin(a);
      const y = s * 0.19 * R;
      const r0 = 0.2 * R;
      const r1 = 0.44 * R;
      const mid = (r0 + r1) / 2;
      coreHull.add(
        new BoxGeometry(r1 - r0, 0.035 * R, 0.045 * R),
        HULL_MID,
        [cx * mid, y, cz * mid],
        [0, a, 0],
      );
      coreHull.add(
        new BoxGeometry(r1 - r0, 0.012 * R, 0.06 * R),
        HULL_DARK,
        [cx * mid, y - s * 0.022 * R, cz * mid],
        [0, a, 0],
      );
      // Port collar facing outward along the arm.
      coreHull.add(
        new CylinderGeometry(0.05 * R, 0.05 * R, 0.04 * R, 24, 1, true),
        HULL_LIGHT,
        [cx * (r1 + 0.01 * R), y, cz * (r1 + 0.01 * R)],
        [0, a, HALF_PI],
      );
      coreHull.add(
        new CylinderGeometry(0.035 * R, 0.035 * R, 0.03 * R, 24),
        HULL_DARK,
        [cx * (r1 - 0.005 * R), y, cz * (r1 - 0.005 * R)],
        [0, a, HALF_PI],
      );
      const portColor = i % 2 === 0 ? NEON_CYAN : NEON_MAGENTA;
      coreNeon.add(
        new TorusGeometry(0.05 * R, 0.004 * R, 4, 32),
        portColor,
        [cx * (r1 + 0.031 * R), y, cz * (r1 + 0.031 * R)],
        [0, a + HALF_PI, 0],
      );
      // Landing guide: lights chasing out along the arm towards the port.
      for (let k = 0; k < 8; k++) {
        const r = r0 + 0.02 * R + (k / 7) * (r1 - r0 - 0.04 * R);
        for (const side of [-1, 1]) {
          v.set(cx * r + -cz * side * 0.026 * R, y + s * 0.012 * R, cz * r + cx * side * 0.026 * R);
          coreLights.add(v, portColor, 0.01 * R, 2, k / 8);
        }
      }
      coreLights.add(
        v.set(cx * (r1 + 0.04 * R), y + 0.058 * R, cz * (r1 + 0.04 * R)),
        new Color('#ffffff'),
        0.02 * R,
        1,
        i / ARMS + (s > 0 ? 0.1 : 0.6),
      );
    }
  }

  // --- Spinning assembly: collar, spokes, habitat ring with modules. ---
  spinHull.add(new CylinderGeometry(0.275 * R, 0.275 * R, 0.07 * R, 48, 1, true), HULL_MID);
  spinHull.add(
    new TorusGeometry(0.275 * R, 0.012 * R, 8, 64),
    HULL_DARK,
    [0, 0.035 * R, 0],
    [HALF_PI, 0, 0],
  );
  spinHull.add(
    new TorusGeometry(0.275 * R, 0.012 * R, 8, 64),
    HULL_DARK,
    [0, -0.035 * R, 0],
    [HALF_PI, 0, 0],
  );
  spinNeon.add(
    new TorusGeometry(0.2765 * R, 0.0035 * R, 4, 96),
    NEON_MAGENTA,
    [0, 0, 0],
    [HALF_PI, 0, 0],
  );

  const tube = 0.065 * R;
  spinHull.add(new TorusGeometry(R, tube, 12, 128), HULL_LIGHT, [0, 0, 0], [HALF_PI, 0, 0]);
  // Neon stripes top and bottom of the ring tube and along its outer rim.
  spinNeon.add(
    new TorusGeometry(R, 0.0035 * R, 4, 160),
    NEON_CYAN,
    [0, tube * 0.96, 0],
    [HALF_PI, 0, 0],
  );
  spinNeon.add(
    new TorusGeometry(R, 0.0035 * R, 4, 160),
    NEON_CYAN,
    [0, -tube * 0.96, 0],
    [HALF_PI, 0, 0],
  );
  spinNeon.add(
    new TorusGeometry(R + tube * 0.99, 0.003 * R, 4, 160),
    NEON_MAGENTA,
    [0, 0, 0],
    [HALF_PI, 0, 0],
  );

  for (let i = 0; i < SPOKES; i++) {
    const a = (i / SPOKES) * Math.PI * 2;
    const cx = Math.cos(a);
    const cz = -Math.sin(a);
    const r0 = 0.27 * R;
    const r1 = R - tube * 0.8;
    const mid = (r0 + r1) / 2;
    spinHull.add(
      new CylinderGeometry(0.02 * R, 0.02 * R, r1 - r0, 10),
      HULL_MID,
      [cx * mid, 0, cz * mid],
      [0, a, HALF_PI],
    );
    // A slimmer service conduit beside each spoke breaks up the plain rod.
    spinHull.add(
      new BoxGeometry(r1 - r0, 0.012 * R, 0.012 * R),
      HULL_DARK,
      [cx * mid, 0.026 * R, cz * mid],
      [0, a, 0],
    );
    // Spoke root and rim joints.
    spinHull.add(
      new CylinderGeometry(0.035 * R, 0.035 * R, 0.05 * R, 12),
      HULL_DARK,
      [cx * (r1 - 0.02 * R), 0, cz * (r1 - 0.02 * R)],
      [0, a, HALF_PI],
    );
    for (let k = 0; k < 10; k++) {
      const r = r0 + 0.03 * R + (k / 9) * (r1 - r0 - 0.06 * R);
      // Lifts running up and down the spokes as a light chase.
      spinLights.add(v.set(cx * r, -0.026 * R, cz * r), NEON_CYAN, 0.009 * R, 2, k / 10 + i * 0.37);
    }
  }

  // Habitat modules: octagonal pods threaded on the ring, flat faces outward
  // so window strips sit flush. Offset by half a slot so every spoke joint
  // (MODULES is a multiple of SPOKES) lands in a gap between pods.
  for (let i = 0; i < MODULES; i++) {
    const a = ((i + 0.5) / MODULES) * Math.PI * 2;
    const len = 0.2 * R;
    const pr = 0.1 * R;
    const frame = new Matrix4()
      .makeRotationY(a)
      .multiply(new Matrix4().makeTranslation(R, 0, 0))
      .multiply(new Matrix4().makeRotationX(HALF_PI));
    const pod = new CylinderGeometry(pr, pr, len, 8, 1, false, Math.PI / 8);
    spinHull.addMatrix(pod, i % 3 === 0 ? HULL_MID : HULL_LIGHT, frame);
    for (const e of [-1, 1]) {
      const cap = new CylinderGeometry(pr * 0.8, pr, 0.02 * R, 8, 1, false, Math.PI / 8);
      if (e < 0) cap.rotateX(Math.PI);
      cap.translate(0, e * (len / 2 + 0.01 * R), 0);
      spinHull.addMatrix(cap, HULL_DARK, frame);
    }
    // Window strips on the outward face and the two diagonal faces.
    const apothem = pr * Math.cos(Math.PI / 8);
    for (const face of [-1, 0, 1]) {
      const fa = face * (Math.PI / 4);
      for (const row of [-1, 1]) {
        const strip = new BoxGeometry(0.003 * R, len * 0.8, 0.008 * R);
        const off = new Matrix4()
          .makeRotationY(fa)
          .multiply(new Matrix4().makeTranslation(apothem + 0.0015 * R, 0, row * 0.014 * R));
        strip.applyMatrix4(off);
        const c = rand() < 0.2 ? NEON_WARM : face === 0 ? NEON_WINDOW : NEON_CYAN;
        spinNeon.addMatrix(strip, c, frame);
      }
    }
    // Pod-top greebles: antenna boxes and hatches.
    for (let k = 0; k < 3; k++) {
      const gx = (rand() - 0.5) * len * 0.7;
      const g = new BoxGeometry(
        0.02 * R + rand() * 0.02 * R,
        0.015 * R,
        0.02 * R + rand() * 0.02 * R,
      );
      g.translate(0, gx, -(apothem + 0.006 * R) * (rand() < 0.5 ? 1 : -1));
      spinHull.addMatrix(g, rand() < 0.5 ? HULL_DARK : HULL_ACCENT, frame);
    }
    // Each pod carries a steady marker above and below and a rim chase light.
    const cx = Math.cos(a);
    const cz = -Math.sin(a);
    spinLights.add(v.set(cx * R, pr + 0.008 * R, cz * R), NEON_MAGENTA, 0.014 * R, 3, i / MODULES);
    spinLights.add(
      v.set(cx * R, -pr - 0.008 * R, cz * R),
      NEON_CYAN,
      0.014 * R,
      3,
      i / MODULES + 0.5,
    );
  }
  // Chase lights running around the outer rim: reads as the ring's spin even
  // when the hull is too far away to resolve.
  for (let i = 0; i < 72; i++) {
    const a = (i / 72) * Math.PI * 2;
    const r = R + tube + 0.006 * R;
    spinLights.add(
      v.set(Math.cos(a) * r, 0, -Math.sin(a) * r),
      NEON_MAGENTA,
      0.012 * R,
      2,
      (i / 72) * 6,
    );
  }

  return {
    coreHull: coreHull.build(),
    coreNeon: coreNeon.build(),
    coreLights: coreLights.build(),
    spinHull: spinHull.build(),
    spinNeon: spinNeon.build(),
    spinLights: spinLights.build(),
    logo: buildLogo(R),
    holoBand: new CylinderGeometry(0.19 * R, 0.19 * R, 0.05 * R, 64, 1, true),
  };
}

/** The "Infinity" lemniscate floating above the hub, as a single tube. */
function buildLogo(R: number): BufferGeometry {
  const a = 0.16 * R;
  const path = new CurvePath<Vector3>();
  const steps = 96;
  let prev = new Vector3();
  for (let i = 0; i <= steps; i++) {
    const t = (i / steps) * Math.PI * 2;
    const s = Math.sin(t);
    const c = Math.cos(t);
    const d = 1 + s * s;
    const p = new Vector3((a * c) / d, (a * s * c) / d, 0);
    if (i > 0) path.add(new LineCurve3(prev, p));
    prev = p;
  }
  return new TubeGeometry(path, 192, 0.014 * R, 8, true);
}

// ---------------------------------------------------------------------------
// Shaders for the light sprites and the holograms.

const lightVertex = /* glsl */ `
uniform float uTime;
uniform float uViewportH;
attribute vec3 aColor;
attribute float aSize;
attribute vec2 aBlink;
varying vec3 vColor;
varying float vCore;
void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mv;
  float mode = aBlink.y;
  float ph = aBlink.x;
  float k = 1.0;
  if (mode > 2.5) {
    k = 0.55 + 0.45 * sin((uTime * 0.8 + ph) * 6.2831853);
  } else if (mode > 1.5) {
    k = 0.15 + 0.85 * pow(fract(ph - uTime * 0.6), 5.0);
  } else if (mode > 0.5) {
    float f = fract(uTime * 0.8 + ph);
    k = smoothstep(0.0, 0.02, f) * (1.0 - smoothstep(0.06, 0.14, f));
  }
  // World-size sprites with a pixel floor: far away the station still
  // sparkles instead of its lights vanishing below a pixel.
  float px = aSize * projectionMatrix[1][1] * 0.5 * uViewportH / -mv.z;
  float shown = max(px, 2.0) * 4.0;
  gl_PointSize = min(shown, 96.0);
  vCore = clamp(px * 4.0 / shown, 0.0, 1.0) * 0.25;
  // Lights smaller than their floor are dimmed so distance still reads.
  vColor = aColor * k * clamp(px / 2.0, 0.35, 1.0);
}
`;

const lightFragment = /* glsl */ `
varying vec3 vColor;
varying float vCore;
void main() {
  float r = length(gl_PointCoord - 0.5) * 2.0;
  if (r > 1.0) discard;
  float core = 1.0 - smoothstep(vCore * 0.6, vCore, r);
  float halo = pow(1.0 - r, 2.2) * 0.55;
  vec3 c = mix(vColor, vec3(1.0), 0.55 * core) * core + vColor * halo;
  gl_FragColor = vec4(c, 1.0);
}
`;

const logoVertex = /* glsl */ `
varying vec2 vUv;
varying vec3 vNormal;
varying vec3 vView;
void main() {
  vUv = uv;
  vNormal = normalMatrix * normal;
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  vView = -mv.xyz;
  gl_Position = projectionMatrix * mv;
}
`;

// Neon tube: hue sweeps along the curve and a bright pulse travels through it.
// Facing ratio fades the tube's edges so it reads as glowing gas, not plastic.
const logoFragment = /* glsl */ `
uniform float uTime;
varying vec2 vUv;
varying vec3 vNormal;
varying vec3 vView;
void main() {
  float facing = abs(dot(normalize(vNormal), normalize(vView)));
  vec3 cyan = vec3(0.1, 0.95, 1.0);
  vec3 magenta = vec3(1.0, 0.17, 0.84);
  float hue = 0.5 + 0.5 * sin(vUv.x * 6.2831853 * 2.0 + uTime * 0.6);
  vec3 c = mix(cyan, magenta, hue);
  float pulse = pow(fract(vUv.x - uTime * 0.15), 12.0);
  float flicker = 0.92 + 0.08 * sin(uTime * 37.0) * sin(uTime * 13.0);
  gl_FragColor = vec4(c * (0.9 + 1.2 * pulse) * flicker * (0.25 + 0.9 * facing), 1.0);
}
`;

const holoVertex = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

// Scrolling "advert" ribbon of pseudo-glyphs: 3x5 random bit cells per glyph,
// which reads as alien text at a glance without any font or texture.
const holoFragment = /* glsl */ `
uniform float uTime;
varying vec2 vUv;
float h21(vec2 p) {
  p = fract(p * vec2(123.34, 456.21));
  p += dot(p, p + 45.32);
  return fract(p.x * p.y);
}
void main() {
  float u = fract(vUv.x * 3.0 + uTime * 0.02);
  float glyphs = 44.0;
  vec2 g = vec2(u * glyphs, vUv.y);
  float gi = floor(g.x);
  float word = step(0.18, h21(vec2(floor(gi / 6.0), 3.0)));
  vec2 cell = vec2(fract(g.x) * 4.0, (g.y - 0.2) / 0.6 * 5.0);
  float inside = step(0.0, cell.y) * step(cell.y, 5.0) * step(cell.x, 3.0);
  float bit = step(0.45, h21(vec2(gi * 7.0 + floor(cell.x), floor(cell.y) + 11.0)));
  float text = inside * bit * word;
  float rails = smoothstep(0.06, 0.0, abs(vUv.y - 0.08)) + smoothstep(0.06, 0.0, abs(vUv.y - 0.92));
  float scan = 0.75 + 0.25 * sin(vUv.y * 90.0 - uTime * 6.0);
  float segment = step(0.5, fract(vUv.x * 3.0));
  vec3 cyan = vec3(0.1, 0.9, 1.0);
  vec3 magenta = vec3(1.0, 0.2, 0.85);
  vec3 col = mix(cyan, magenta, segment);
  float a = (text * 0.9 + rails * 0.7 + 0.06) * scan;
  a *= 0.85 + 0.15 * step(0.5, fract(sin(uTime * 3.1) * 43758.5));
  gl_FragColor = vec4(col * a, 1.0);
}
`;

const noRaycast = () => undefined;

export function TradeStation(props: { position: [number, number, number]; radiusM: number }) {
  const { position, radiusM } = props;
  const geo = useMemo(() => buildStation(radiusM), [radiusM]);
  useEffect(
    () => () => {
      for (const g of Object.values(geo)) g.dispose();
    },
    [geo],
  );

  const spinRef = useRef<Group>(null);
  const holoRef = useRef<Group>(null);
  const logoRef = useRef<Group>(null);
  const lightUniforms = useMemo(() => ({ uTime: { value: 0 }, uViewportH: { value: 540 } }), []);
  const fxUniforms = useMemo(() => ({ uTime: { value: 0 } }), []);
  const height = useThree((s) => s.size.height * s.viewport.dpr);
  useEffect(() => {
    lightUniforms.uViewportH.value = height;
  }, [lightUniforms, height]);

  useFrame((state) => {
    const t = state.clock.elapsedTime;
    lightUniforms.uTime.value = t;
    fxUniforms.uTime.value = t;
    if (spinRef.current) spinRef.current.rotation.y = t * 0.06;
    if (holoRef.current) holoRef.current.rotation.y = -t * 0.12;
    if (logoRef.current) logoRef.current.rotation.y = t * 0.25;
  });

  const R = radiusM;
  return (
    <group position={position}>
      <mesh geometry={geo.coreHull}>
        <meshStandardMaterial {...HULL_MATERIAL} />
      </mesh>
      <mesh geometry={geo.coreNeon} raycast={noRaycast}>
        <meshBasicMaterial vertexColors toneMapped={false} />
      </mesh>
      <points geometry={geo.coreLights} raycast={noRaycast}>
        <shaderMaterial
          vertexShader={lightVertex}
          fragmentShader={lightFragment}
          uniforms={lightUniforms}
          transparent
          depthWrite={false}
          blending={AdditiveBlending}
        />
      </points>

      <group ref={spinRef}>
        <mesh geometry={geo.spinHull}>
          <meshStandardMaterial {...HULL_MATERIAL} />
        </mesh>
        <mesh geometry={geo.spinNeon} raycast={noRaycast}>
          <meshBasicMaterial vertexColors toneMapped={false} />
        </mesh>
        <points geometry={geo.spinLights} raycast={noRaycast}>
          <shaderMaterial
            vertexShader={lightVertex}
            fragmentShader={lightFragment}
            uniforms={lightUniforms}
            transparent
            depthWrite={false}
            blending={AdditiveBlending}
          />
        </points>
      </group>

      <group ref={holoRef} position={[0, 0.3 * R, 0]}>
        <mesh geometry={geo.holoBand} raycast={noRaycast}>
          <shaderMaterial
            vertexShader={holoVertex}
            fragmentShader={holoFragment}
            uniforms={fxUniforms}
            transparent
            depthWrite={false}
            blending={AdditiveBlending}
            side={DoubleSide}
          />
        </mesh>
      </group>
      <group ref={logoRef} position={[0, 0.66 * R, 0]}>
        <mesh geometry={geo.logo} raycast={noRaycast}>
          <shaderMaterial
            vertexShader={logoVertex}
            fragmentShader={logoFragment}
            uniforms={fxUniforms}
            transparent
            depthWrite={false}
            blending={AdditiveBlending}
          />
        </mesh>
      </group>
    </group>
  );
}
