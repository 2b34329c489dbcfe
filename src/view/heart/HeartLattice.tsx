import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  AdditiveBlending,
  CircleGeometry,
  CylinderGeometry,
  DoubleSide,
  Float32BufferAttribute,
  Mesh,
  ShaderMaterial,
  SphereGeometry,
  Vector3,
  type BufferGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { runtime } from '../../game/runtime';
import { HEART } from '../../sim/content/heart';
import { codeTexture } from './code-texture';
import { glslColor, HEART_COLORS } from './heart-palette';
import { heartView } from './heart-view-state';

const TUNNEL_R = HEART.tunnelRadiusM;
const CHAMBER_R = HEART.core.chamberRadiusM;
const [CORE_X, CORE_Y, CORE_Z] = HEART.core.center;
/** Where the tunnel meets the chamber's sphere. */
const MOUTH_Z = CORE_Z + Math.sqrt(CHAMBER_R * CHAMBER_R - TUNNEL_R * TUNNEL_R);
/** Past this the Heart's wall burns (see isOutsideHeart): the gate behind the uplink. */
const GATE_Z = HEART.uplink.position[2] + 260;

/** Tags each vertex with the surface it belongs to, so one shader draws all three. */
function tagged(geometry: BufferGeometry, surface: number): BufferGeometry {
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute(
    'aSurface',
    new Float32BufferAttribute(new Float32Array(count).fill(surface), 1),
  );
  geometry.deleteAttribute('uv');
  geometry.deleteAttribute('normal');
  return geometry;
}

/**
 * The Heart's walls as one mesh: the tunnel's cylinder (gate → chamber mouth), Bob's
 * chamber sphere, and the gate disc behind the uplink. Only positions matter: the
 * shader draws its lattice from world coordinates, so the grid is exact at any scale.
 */
function buildWalls(): BufferGeometry {
  const length = GATE_Z - MOUTH_Z + 40;
  const tunnel = new CylinderGeometry(TUNNEL_R, TUNNEL_R, length, 160, 24, true);
  tunnel.rotateX(Math.PI / 2);
  tunnel.translate(0, 0, (GATE_Z + MOUTH_Z - 40) / 2);
  const chamber = new SphereGeometry(CHAMBER_R, 128, 72);
  chamber.rotateX(Math.PI / 2);
  chamber.translate(CORE_X, CORE_Y, CORE_Z);
  const gate = new CircleGeometry(TUNNEL_R, 160);
  gate.translate(0, 0, GATE_Z);
  const merged = mergeGeometries([tagged(tunnel, 0), tagged(chamber, 1), tagged(gate, 2)], false);
  tunnel.dispose();
  chamber.dispose();
  gate.dispose();
  if (!merged) throw new Error('Heart walls failed to merge');
  return merged;
}

const VERTEX = /* glsl */ `
attribute float aSurface;
varying vec3 vWorld;
varying float vSurface;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vSurface = aSurface;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

/**
 * The lattice: major and minor grid lines (anti-aliased, faded out where thinner than a
 * pixel so the far tunnel does not shimmer), bright rails every 225 m (every ring and
 * firewall stands on one), light pulses running down the long lines toward the core
 * (the data streams), and columns of scrolling machine code between them. During the
 * deletion everything turns to alarm red and the wall glitches near the collapse front.
 */
const FRAGMENT = /* glsl */ `
uniform float uTime;
uniform float uAlarm;
uniform float uCollapse;
uniform vec3 uCore;
uniform sampler2D uCode;
varying vec3 vWorld;
varying float vSurface;

const float TAU = 6.28318530718;

float hash11(float n) { return fract(sin(n * 127.1) * 43758.5453); }
float hash31(vec3 p) { return fract(sin(dot(p, vec3(127.1, 311.7, 74.7))) * 43758.5453); }

/** Anti-aliased line every spacing (coord in metres); dims when under a pixel wide. */
float gridLine(float coord, float spacing, float width) {
  float d = abs(fract(coord / spacing - 0.5) - 0.5) * spacing;
  float fw = max(fwidth(coord), 1e-4);
  float w = max(width, fw);
  return clamp(1.0 - d / w, 0.0, 1.0) * min(1.0, width / fw);
}

void main() {
  vec3 p = vWorld;
  float angle;
  float along;
  float arcR;
  vec3 tint;
  if (vSurface < 0.5) {
    // Tunnel: the part inside the chamber's sphere belongs to the chamber.
    if (distance(p, uCore) < ${CHAMBER_R.toFixed(1)}) discard;
    angle = atan(p.y, p.x);
    along = -p.z;
    arcR = ${TUNNEL_R.toFixed(1)};
    tint = mix(${glslColor(HEART_COLORS.lattice)}, ${glslColor(HEART_COLORS.latticeDeep)}, smoothstep(300.0, 2400.0, along));
  } else if (vSurface < 1.5) {
    vec3 q = p - uCore;
    // The chamber's mouth is open to the tunnel.
    if (q.z > 0.0 && length(q.xy) < ${TUNNEL_R.toFixed(1)}) discard;
    angle = atan(q.y, q.x);
    along = acos(clamp(q.z / ${CHAMBER_R.toFixed(1)}, -1.0, 1.0)) * ${CHAMBER_R.toFixed(1)};
    arcR = length(q.xy);
    tint = ${glslColor(HEART_COLORS.chamber)};
  } else {
    angle = atan(p.y, p.x);
    along = length(p.xy);
    arcR = along;
    tint = ${glslColor(HEART_COLORS.lattice)};
  }
  float arc = angle * arcR;
  float spokes = 48.0;
  float spokeSpacing = TAU / spokes * arcR;
  float major = max(gridLine(arc, spokeSpacing, 1.6), gridLine(along, 75.0, 1.6));
  float minor = max(gridLine(arc, spokeSpacing / 4.0, 0.6), gridLine(along, 18.75, 0.6));
  float rail = vSurface < 0.5 ? gridLine(along, 225.0, 7.0) : 0.0;

  // Data streams: pulses running down every other long line toward the core.
  float lineIndex = floor(angle / TAU * spokes + 0.5);
  float h = hash11(lineIndex + vSurface * 17.0);
  float onLine = gridLine(arc, spokeSpacing, 3.0);
  float flow = mix(1.0, -1.6, uAlarm);
  float phase = fract(along / 520.0 - uTime * (0.35 + h * 0.5) * flow + h * 7.0);
  float pulse = onLine * step(0.35, h) * pow(phase, 18.0) * 3.0;

  // Machine code between the lines, in slowly scrolling columns (half of them lit).
  vec2 cell = vec2(arc / spokeSpacing, along / 75.0);
  float column = floor(cell.x * 2.0);
  float lit = step(0.5, hash11(column + 3.0));
  vec2 codeUv = vec2(cell.x * 0.5, cell.y * 0.25 + uTime * (0.02 + 0.05 * hash11(column)) * flow);
  float code = texture2D(uCode, codeUv).r * lit;

  vec3 color = tint * (major * 0.9 + minor * 0.22 + rail * 1.3 + code * 0.16) + (tint + vec3(0.6)) * pulse;
  // Bob's chamber glows toward its centre: light spills from the hologram.
  color += tint * 0.025;

  // Depth: far walls fade so the tunnel reads as a tunnel, not a flat grid.
  float dist = distance(p, cameraPosition);
  color *= mix(1.0, 0.2, smoothstep(250.0, 2600.0, dist));

  if (uAlarm > 0.0) {
    float flicker = 0.75 + 0.25 * step(0.5, hash11(floor(uTime * 9.0)));
    vec3 red = ${glslColor(HEART_COLORS.alarm)};
    float lum = dot(color, vec3(0.3, 0.5, 0.2));
    color = mix(color, red * lum * 2.2 * flicker, uAlarm);
    // The collapse eats the wall: gone inside it, static and voxels just outside.
    float front = distance(p, uCore) - uCollapse;
    if (front < 0.0) discard;
    if (front < 90.0) {
      vec3 voxel = floor(p / 18.0);
      float n = hash31(voxel + floor(uTime * 12.0));
      float edge = 1.0 - front / 90.0;
      if (n < edge * 0.55) discard;
      color += ${glslColor(HEART_COLORS.voidEdge)} * step(1.0 - edge * 0.7, n) * 2.0;
    }
  }
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

/** The Heart's glowing lattice walls: one draw call. */
export function HeartLattice() {
  const mesh = useMemo(() => {
    const material = new ShaderMaterial({
      vertexShader: VERTEX,
      fragmentShader: FRAGMENT,
      uniforms: {
        uTime: { value: 0 },
        uAlarm: { value: 0 },
        uCollapse: { value: 0 },
        uCore: { value: new Vector3(CORE_X, CORE_Y, CORE_Z) },
        uCode: { value: codeTexture() },
      },
      blending: AdditiveBlending,
      transparent: true,
      depthWrite: false,
      side: DoubleSide,
      toneMapped: false,
    });
    const walls = new Mesh(buildWalls(), material);
    walls.frustumCulled = false;
    // Drawn before the other glows: it is the backdrop.
    walls.renderOrder = -1;
    return walls;
  }, []);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      mesh.material.dispose();
    },
    [mesh],
  );
  useFrame((_, delta) => {
    const heart = runtime.session.sim.heart;
    const uniforms = mesh.material.uniforms;
    uniforms.uTime!.value = heartView.time;
    // The alarm colour floods in over about a second once the deletion starts.
    const alarmTarget = heart !== null && heart.deletionStartTick !== null ? 1 : 0;
    const alarm = uniforms.uAlarm!.value as number;
    uniforms.uAlarm!.value =
      alarm + (alarmTarget - alarm) * (1 - Math.exp(-Math.min(delta, 0.1) * 3));
    uniforms.uCollapse!.value = heart?.collapseRadiusM ?? 0;
  });
  return <primitive object={mesh} />;
}
