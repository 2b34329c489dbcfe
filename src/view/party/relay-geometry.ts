import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  ConeGeometry,
  CylinderGeometry,
  Euler,
  Matrix4,
  OctahedronGeometry,
  Quaternion,
  TorusGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { mulberry32 } from '../seeded-random';

/**
 * The invitation relay's model, built from primitives into ONE geometry (one draw call
 * for every relay in the sector): a chrome broadcast mast through a glowing invitation
 * core, inside an armillary of three neon rings that turn on their own axes, with a
 * broadcast dish above and below, antenna cross-arms climbing to a beacon, and a keel.
 *
 * Per-vertex data drives everything that moves in the shader (relay-material.ts):
 * - `color`: the albedo;
 * - `aGlow` (rgb, strength) and `aPattern` (pattern id, phase, tint mix): the neon;
 * - `aSpin` (unit axis, rad/s): parts that turn about an axis through the core;
 * - `aPivot` and `aDrift` (drift in metres, seed): how each part breaks away when the
 *   relay collapses.
 * Units are metres, +Y up, the core at the origin. The collision sphere is 42 m; the
 * mast reaches past it above and below like a radio tower's.
 */

/** How a part's neon animates (see relay-material.ts). */
export const GlowPattern = {
  /** Breathes gently. */
  Steady: 0,
  /** Pulses climb the mast (phase: 0 at the bottom, 1 at the top). */
  Flow: 1,
  /** Dashes of light chase round a ring (phase: 0..1 round it). */
  Chaser: 2,
  /** Blinks like a beacon (phase offsets the blink). */
  Strobe: 3,
} as const;
type GlowPatternValue = (typeof GlowPattern)[keyof typeof GlowPattern];

/** Where the beacon at the mast's tip sits, metres above the core. */
export const RELAY_TIP_Y = 80;
/** The keel's point, metres below the core. */
export const RELAY_KEEL_Y = -62;
/** Radius of the outermost ring. */
export const RELAY_OUTER_RING_M = 38;

const HULL_DARK = new Color('#1c2031');
const HULL_MID = new Color('#4b5269');
const HULL_LIGHT = new Color('#aab2c6');
const CHROME = new Color('#d9dde8');
const VIOLET_DARK = new Color('#2c1f4f');
const CRYSTAL = new Color('#8c93b8');

export const RELAY_NEON = {
  magenta: new Color('#ff2bd6'),
  cyan: new Color('#19f0ff'),
  gold: new Color('#ffc233'),
  white: new Color('#fff3fb'),
} as const;

interface PartStyle {
  readonly color: Color;
  /** Neon colour (linear) and strength; none when absent. */
  readonly glow?: Color;
  readonly glowStrength?: number;
  readonly pattern?: GlowPatternValue;
  /** 0: the part's own neon colour; 1: the relay's party colour. */
  readonly tintMix?: number;
  /** Phase of the pattern for a vertex, from its position in the part's own frame. */
  readonly phase?: number | ((local: Vector3) => number);
  /** Turns about this unit axis through the core at this many rad/s. */
  readonly spin?: readonly [number, number, number, number];
}

const NO_SPIN = [0, 1, 0, 0] as const;

const scratchEuler = new Euler();
const scratchQuat = new Quaternion();
const scratchPos = new Vector3();
const scratchScale = new Vector3();
const local = new Vector3();
const centre = new Vector3();

class RelayBuilder {
  private readonly parts: BufferGeometry[] = [];
  private readonly random = mulberry32(0x1a7e5);

  /**
   * Adds a primitive, placed by position, rotation (Euler YXZ) and scale. Takes
   * ownership of `geometry`.
   */
  add(
    geometry: BufferGeometry,
    style: PartStyle,
    position: readonly [number, number, number] = [0, 0, 0],
    rotation: readonly [number, number, number] = [0, 0, 0],
    scale: readonly [number, number, number] = [1, 1, 1],
  ): void {
    scratchEuler.set(rotation[0], rotation[1], rotation[2], 'YXZ');
    scratchQuat.setFromEuler(scratchEuler);
    scratchPos.set(position[0], position[1], position[2]);
    scratchScale.set(scale[0], scale[1], scale[2]);
    const matrix = new Matrix4().compose(scratchPos, scratchQuat, scratchScale);
    const source = geometry.index ? geometry.toNonIndexed() : geometry;
    if (source !== geometry) geometry.dispose();
    source.deleteAttribute('uv');
    const positions = source.getAttribute('position') as BufferAttribute;
    const n = positions.count;
    const phases = new Float32Array(n);
    const phase = style.phase ?? 0;
    for (let i = 0; i < n; i++) {
      local.fromBufferAttribute(positions, i);
      phases[i] = typeof phase === 'number' ? phase : phase(local);
    }
    source.applyMatrix4(matrix);
    source.computeBoundingBox();
    source.boundingBox!.getCenter(centre);

    // When the relay collapses, each part drifts away from the core and tumbles.
    const away = centre.clone();
    if (away.lengthSq() < 1) {
      away.set(this.random() - 0.5, this.random() - 0.5, this.random() - 0.5);
    }
    away.normalize();
    away.x += (this.random() - 0.5) * 0.7;
    away.y += (this.random() - 0.5) * 0.7;
    away.z += (this.random() - 0.5) * 0.7;
    away.normalize().multiplyScalar(25 + this.random() * 55);
    const seed = this.random();

    const glow = style.glow ?? HULL_DARK;
    const strength = style.glow ? (style.glowStrength ?? 1) : 0;
    const spin = style.spin ?? NO_SPIN;
    const color = new Float32Array(n * 3);
    const glowAttr = new Float32Array(n * 4);
    const patternAttr = new Float32Array(n * 3);
    const spinAttr = new Float32Array(n * 4);
    const pivotAttr = new Float32Array(n * 3);
    const driftAttr = new Float32Array(n * 4);
    for (let i = 0; i < n; i++) {
      color.set([style.color.r, style.color.g, style.color.b], i * 3);
      glowAttr.set([glow.r, glow.g, glow.b, strength], i * 4);
      patternAttr.set([style.pattern ?? GlowPattern.Steady, phases[i]!, style.tintMix ?? 0], i * 3);
      spinAttr.set(spin, i * 4);
      pivotAttr.set([centre.x, centre.y, centre.z], i * 3);
      driftAttr.set([away.x, away.y, away.z, seed], i * 4);
    }
    source.setAttribute('color', new BufferAttribute(color, 3));
    source.setAttribute('aGlow', new BufferAttribute(glowAttr, 4));
    source.setAttribute('aPattern', new BufferAttribute(patternAttr, 3));
    source.setAttribute('aSpin', new BufferAttribute(spinAttr, 4));
    source.setAttribute('aPivot', new BufferAttribute(pivotAttr, 3));
    source.setAttribute('aDrift', new BufferAttribute(driftAttr, 4));
    this.parts.push(source);
  }

  build(): BufferGeometry {
    const merged = mergeGeometries(this.parts, false);
    for (const part of this.parts) part.dispose();
    this.parts.length = 0;
    if (!merged) throw new Error('relay geometry: the parts did not merge');
    merged.computeBoundingSphere();
    return merged;
  }
}

/** Angle round the Z axis as 0..1 (a torus is built in the XY plane). */
const ringPhase = (p: Vector3): number => (Math.atan2(p.y, p.x) / (Math.PI * 2) + 1) % 1;

/** The normal of a ring (a torus built in XY) turned by `rotation` (YXZ). */
function normalOf(rotation: readonly [number, number, number]): [number, number, number] {
  scratchEuler.set(rotation[0], rotation[1], rotation[2], 'YXZ');
  const v = new Vector3(0, 0, 1).applyEuler(scratchEuler);
  return [v.x, v.y, v.z];
}

/**
 * One gimbal ring of the armillary: a hexagonal-section band with a neon strip on its
 * outer face, emitter pods, and (for rings that turn about an axis in their plane)
 * bearings where that axis meets the ring.
 */
function addRing(
  builder: RelayBuilder,
  options: {
    radius: number;
    tube: number;
    /** Orientation of the ring's plane: a torus in XY, rotated (YXZ). */
    rotation: readonly [number, number, number];
    spin: readonly [number, number, number, number];
    neon: Color;
    pods: number;
    podPhase: number;
  },
): void {
  const { radius, tube, rotation, spin, neon, pods } = options;
  builder.add(
    new TorusGeometry(radius, tube, 6, 112),
    { color: HULL_MID, spin },
    [0, 0, 0],
    rotation,
  );
  builder.add(
    new TorusGeometry(radius + tube * 0.95, tube * 0.42, 4, 112),
    {
      color: HULL_DARK,
      glow: neon,
      glowStrength: 1.6,
      pattern: GlowPattern.Chaser,
      phase: ringPhase,
      spin,
    },
    [0, 0, 0],
    rotation,
  );
  // Inner accent: a thin violet-dark lip that catches the light.
  builder.add(
    new TorusGeometry(radius - tube * 0.9, tube * 0.35, 4, 112),
    { color: VIOLET_DARK, glow: neon, glowStrength: 0.35, spin },
    [0, 0, 0],
    rotation,
  );
  scratchEuler.set(rotation[0], rotation[1], rotation[2], 'YXZ');
  for (let k = 0; k < pods; k++) {
    const a = (k / pods) * Math.PI * 2 + 0.3;
    const p = new Vector3(Math.cos(a) * radius, Math.sin(a) * radius, 0).applyEuler(scratchEuler);
    builder.add(
      new OctahedronGeometry(tube * 1.9, 0),
      {
        color: CHROME,
        glow: RELAY_NEON.white,
        glowStrength: 1.4,
        pattern: GlowPattern.Strobe,
        tintMix: 0.6,
        phase: options.podPhase + k / pods,
        spin,
      },
      [p.x, p.y, p.z],
      rotation,
      [1, 1, 1.6],
    );
  }
}

/** Builds the relay's merged geometry (about 30k vertices). */
export function buildRelayGeometry(): BufferGeometry {
  const b = new RelayBuilder();

  // --- The invitation core: a tall crystal in the relay's party colour, turning slowly.
  b.add(
    new OctahedronGeometry(1, 0),
    {
      color: CRYSTAL,
      glow: RELAY_NEON.white,
      glowStrength: 1.35,
      tintMix: 1,
      pattern: GlowPattern.Steady,
      spin: [0, 1, 0, 0.7],
    },
    [0, 0, 0],
    [0, 0, 0],
    [9, 14, 9],
  );
  // A second, counter-turning crystal shell a touch larger: facets that cross and glint.
  b.add(
    new OctahedronGeometry(1, 0),
    {
      color: CRYSTAL,
      glow: RELAY_NEON.white,
      glowStrength: 0.55,
      tintMix: 0.85,
      spin: [0, 1, 0, -0.45],
    },
    [0, 0, 0],
    [0, Math.PI / 4, 0],
    [10.5, 12, 10.5],
  );

  // --- The cage round the core: three meridian hoops, collars where the mast meets it.
  for (let k = 0; k < 3; k++) {
    b.add(
      new TorusGeometry(15, 0.9, 6, 48),
      { color: HULL_DARK },
      [0, 0, 0],
      [0, (k * Math.PI) / 3, 0],
    );
  }
  for (const s of [1, -1]) {
    b.add(
      new TorusGeometry(6, 1.8, 8, 32),
      { color: HULL_LIGHT },
      [0, s * 15, 0],
      [Math.PI / 2, 0, 0],
    );
    b.add(
      new TorusGeometry(6, 0.5, 4, 32),
      { color: HULL_DARK, glow: RELAY_NEON.white, glowStrength: 1.2, tintMix: 1 },
      [0, s * 16.8, 0],
      [Math.PI / 2, 0, 0],
    );
  }

  // --- The mast above the core: a tapering chrome column banded with neon that climbs.
  b.add(new CylinderGeometry(1.6, 3.8, 44, 8), { color: CHROME }, [0, 38, 0]);
  b.add(new CylinderGeometry(0.25, 1.6, 16, 6), { color: CHROME }, [0, 68, 0]);
  const bands = 7;
  for (let k = 0; k < bands; k++) {
    const y = 35 + k * 4;
    const r = 3.8 - ((y - 16) / 44) * 2.2 + 0.45;
    b.add(
      new CylinderGeometry(r, r, 1.3, 8),
      {
        color: HULL_DARK,
        glow: RELAY_NEON.white,
        glowStrength: 1.7,
        pattern: GlowPattern.Flow,
        tintMix: 1,
        phase: k / bands,
      },
      [0, y, 0],
    );
  }
  // Antenna cross-arms, shorter as they climb, each tipped with a blinking light.
  const arms = [
    { y: 37, half: 15, turn: 0 },
    { y: 47, half: 11, turn: Math.PI / 4 },
    { y: 56, half: 7, turn: 0 },
  ];
  arms.forEach((arm, level) => {
    for (const cross of [0, Math.PI / 2]) {
      const yaw = arm.turn + cross;
      b.add(
        new BoxGeometry(arm.half * 2, 0.9, 0.9),
        { color: HULL_LIGHT },
        [0, arm.y, 0],
        [0, yaw, 0],
      );
      for (const s of [1, -1]) {
        b.add(
          new OctahedronGeometry(1.35, 0),
          {
            color: CHROME,
            glow: level === 1 ? RELAY_NEON.cyan : RELAY_NEON.gold,
            glowStrength: 2,
            pattern: GlowPattern.Strobe,
            phase: level * 0.33 + (s > 0 ? 0 : 0.5),
          },
          [Math.cos(yaw) * arm.half * s, arm.y, -Math.sin(yaw) * arm.half * s],
        );
      }
    }
  });
  // The beacon housing at the tip (the beacon's light is a glow sprite).
  b.add(
    new OctahedronGeometry(1.8, 0),
    {
      color: CRYSTAL,
      glow: RELAY_NEON.white,
      glowStrength: 2.2,
      tintMix: 0.4,
      pattern: GlowPattern.Strobe,
    },
    [0, RELAY_TIP_Y - 3, 0],
    [0, 0, 0],
    [1, 1.8, 1],
  );

  // --- Broadcast dishes, clear of the turning rings: an upturned bowl above the core,
  // a smaller one below.
  b.add(new CylinderGeometry(21, 5, 3.2, 32, 1, true), { color: HULL_DARK }, [0, 29, 0]);
  b.add(new CylinderGeometry(20.6, 4.6, 2.4, 32, 1, true), { color: VIOLET_DARK }, [0, 29.2, 0]);
  b.add(new CylinderGeometry(5, 5, 3.2, 12), { color: HULL_MID }, [0, 29, 0]);
  b.add(
    new TorusGeometry(21, 0.7, 4, 96),
    {
      color: HULL_DARK,
      glow: RELAY_NEON.magenta,
      glowStrength: 1.8,
      pattern: GlowPattern.Chaser,
      phase: ringPhase,
      tintMix: 0.5,
    },
    [0, 30.6, 0],
    [Math.PI / 2, 0, 0],
  );
  b.add(new CylinderGeometry(5, 16, 2.6, 32, 1, true), { color: HULL_DARK }, [0, -29, 0]);
  b.add(new CylinderGeometry(4.6, 15.6, 2, 32, 1, true), { color: VIOLET_DARK }, [0, -29.2, 0]);
  b.add(new CylinderGeometry(5, 5, 2.6, 12), { color: HULL_MID }, [0, -29, 0]);
  b.add(
    new TorusGeometry(16, 0.6, 4, 80),
    {
      color: HULL_DARK,
      glow: RELAY_NEON.cyan,
      glowStrength: 1.6,
      pattern: GlowPattern.Chaser,
      phase: (p) => 1 - ringPhase(p),
    },
    [0, -30.3, 0],
    [Math.PI / 2, 0, 0],
  );

  // --- Below: the mast's lower trunk, the keel and three fins.
  b.add(new CylinderGeometry(3.6, 3.2, 26, 8), { color: HULL_MID }, [0, -29, 0]);
  b.add(new ConeGeometry(8, 22, 8), { color: HULL_DARK }, [0, -51, 0], [0, 0, Math.PI]);
  b.add(new CylinderGeometry(8.2, 8.2, 1.2, 8), { color: HULL_LIGHT }, [0, -40.4, 0]);
  for (const [yBand, rBand] of [
    [-46, 6.1],
    [-52, 4.0],
  ] as const) {
    b.add(
      new TorusGeometry(rBand, 0.55, 4, 48),
      {
        color: HULL_DARK,
        glow: RELAY_NEON.white,
        glowStrength: 1.6,
        pattern: GlowPattern.Flow,
        tintMix: 1,
        phase: (yBand + 62) / 200,
      },
      [0, yBand, 0],
      [Math.PI / 2, 0, 0],
    );
  }
  for (let k = 0; k < 3; k++) {
    const yaw = (k / 3) * Math.PI * 2 + Math.PI / 6;
    const out = 9;
    b.add(
      new BoxGeometry(12, 24, 0.8),
      { color: VIOLET_DARK, glow: RELAY_NEON.white, glowStrength: 0.22, tintMix: 1 },
      [Math.cos(yaw) * out, -48, -Math.sin(yaw) * out],
      [0, yaw, 0.35],
    );
    b.add(
      new OctahedronGeometry(1.4, 0),
      {
        color: CHROME,
        glow: RELAY_NEON.magenta,
        glowStrength: 2,
        pattern: GlowPattern.Strobe,
        phase: 0.15 + k / 3,
      },
      [Math.cos(yaw) * 17, -59, -Math.sin(yaw) * 17],
    );
  }
  b.add(
    new OctahedronGeometry(1.5, 0),
    {
      color: CRYSTAL,
      glow: RELAY_NEON.white,
      glowStrength: 2,
      tintMix: 1,
      pattern: GlowPattern.Strobe,
      phase: 0.5,
    },
    [0, RELAY_KEEL_Y + 1, 0],
    [0, 0, 0],
    [1, 2, 1],
  );

  // --- The armillary: three gimbal rings round the core, each on its own axis.
  // A meridian ring turning about the mast (bearings at its poles on the mast).
  addRing(b, {
    radius: 26,
    tube: 1.5,
    rotation: [0, 0, 0],
    spin: [0, 1, 0, 0.55],
    neon: RELAY_NEON.magenta,
    pods: 4,
    podPhase: 0,
  });
  // A tilted ring precessing about the mast: it wobbles like a gyroscope.
  const tilt: readonly [number, number, number] = [Math.PI / 2 - 0.5, 0.4, 0];
  addRing(b, {
    radius: 32,
    tube: 1.4,
    rotation: tilt,
    spin: [0, 1, 0, -0.32],
    neon: RELAY_NEON.cyan,
    pods: 6,
    podPhase: 0.2,
  });
  // The great ring, nearly level, turning slowly about its own tipped axis.
  const great: readonly [number, number, number] = [Math.PI / 2 - 0.14, 0.3, 0];
  const greatAxis = normalOf(great);
  addRing(b, {
    radius: RELAY_OUTER_RING_M,
    tube: 1.7,
    rotation: great,
    spin: [greatAxis[0], greatAxis[1], greatAxis[2], 0.16],
    neon: RELAY_NEON.gold,
    pods: 8,
    podPhase: 0.45,
  });
  // Bearings where the meridian ring meets the mast.
  for (const s of [1, -1]) {
    b.add(new CylinderGeometry(2.6, 2.6, 3, 10), { color: HULL_LIGHT }, [0, s * 26, 0]);
  }

  return b.build();
}
