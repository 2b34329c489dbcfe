import { AdditiveBlending, DoubleSide, ShaderMaterial, type Texture } from 'three';
import { HEART } from '../../sim/content/heart';
import { glslColor, HEART_COLORS } from './heart-palette';

/** Shared by every instanced Heart piece: a per-instance state and world position out. */
const VERTEX = /* glsl */ `
attribute vec4 aState;
varying vec3 vLocal;
varying vec3 vSize;
varying vec3 vWorld;
varying vec3 vNormalW;
varying vec4 vState;
void main() {
  // Unit geometry scaled per instance: the scale is the piece's size in metres.
  vec3 size = vec3(length(instanceMatrix[0].xyz), length(instanceMatrix[1].xyz), length(instanceMatrix[2].xyz));
  vLocal = position;
  vSize = size;
  vState = aState;
  vec4 world = modelMatrix * instanceMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  // instanceMatrix = R·S, so R·n/S is the correctly transformed normal.
  vNormalW = normalize(mat3(modelMatrix) * (mat3(instanceMatrix) * (normal / (size * size))));
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

const COMMON = /* glsl */ `
uniform float uTime;
uniform sampler2D uCode;
varying vec3 vLocal;
varying vec3 vSize;
varying vec3 vWorld;
varying vec3 vNormalW;
varying vec4 vState;
float hash31(vec3 p) { return fract(sin(dot(p, vec3(127.1, 311.7, 74.7))) * 43758.5453); }
float noise3(vec3 p) {
  vec3 i = floor(p);
  vec3 f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  return mix(
    mix(mix(hash31(i), hash31(i + vec3(1, 0, 0)), f.x), mix(hash31(i + vec3(0, 1, 0)), hash31(i + vec3(1, 1, 0)), f.x), f.y),
    mix(mix(hash31(i + vec3(0, 0, 1)), hash31(i + vec3(1, 0, 1)), f.x), mix(hash31(i + vec3(0, 1, 1)), hash31(i + vec3(1, 1, 1)), f.x), f.y),
    f.z);
}
`;

/**
 * Ring slabs and hubs: near-black blocks whose every edge is a neon line, with faint
 * machine code crawling over their faces. aState.x dissolves the piece (0 whole → 1
 * gone) with a burning voxel edge; aState.y is a hit/alarm flash.
 * The edge is found per fragment from the box's own coordinates: the distance to the
 * nearest face is ~0 (we are on it), the second-nearest is the distance to an edge.
 */
const RING_FRAGMENT = /* glsl */ `
${COMMON}
uniform float uAlarm;
void main() {
  float dissolve = vState.x;
  float n = noise3(vWorld / 22.0);
  if (n < dissolve * 1.15 - 0.1) discard;
  float burn = dissolve > 0.0 ? 1.0 - smoothstep(0.0, 0.12, n - (dissolve * 1.15 - 0.1)) : 0.0;

  vec3 d = (0.5 - abs(vLocal)) * vSize;
  float lo = min(d.x, min(d.y, d.z));
  float hi = max(d.x, max(d.y, d.z));
  float edgeDist = d.x + d.y + d.z - lo - hi;
#ifdef SPHERE
  // Hubs: a lit equator and meridians instead of box edges.
  vec3 u = normalize(vLocal);
  float lat = abs(u.z) * vSize.x * 0.5;
  float mer = abs(fract(atan(u.y, u.x) / 6.2832 * 8.0 + 0.5) - 0.5) * 6.2832 / 8.0 * length(u.xy) * vSize.x * 0.5;
  edgeDist = min(lat, mer);
  vec2 faceUv = vec2(atan(u.y, u.x) * 2.0, u.z * 2.0);
#else
  vec2 faceUv = d.x <= lo ? vLocal.yz * vSize.yz : (d.y <= lo ? vLocal.xz * vSize.xz : vLocal.xy * vSize.xy);
  faceUv /= 150.0;
#endif
  float fw = max(fwidth(edgeDist), 1e-3);
  float edge = 1.0 - smoothstep(1.2, 1.2 + fw * 1.5, edgeDist);
  float halo = exp(-edgeDist / 6.0);

  vec3 viewDir = normalize(cameraPosition - vWorld);
  float facing = abs(dot(normalize(vNormalW), viewDir));
  float code = texture2D(uCode, faceUv + vec2(0.0, uTime * 0.05)).r;

  // The deletion's alarm turns the neon red.
  vec3 neon = mix(${glslColor(HEART_COLORS.ringEdge)}, ${glslColor(HEART_COLORS.alarm)}, uAlarm);
  // Near black (linear): the slabs are silhouettes against the lit lattice.
  vec3 color = vec3(0.0015, 0.002, 0.004) + vec3(0.002, 0.003, 0.006) * facing;
  color += neon * (code * 0.02 + pow(1.0 - facing, 3.0) * 0.05);
  color += neon * (edge * 1.8 + halo * 0.2) * (1.0 + vState.y);
  color += ${glslColor(HEART_COLORS.voidEdge, 3)} * burn;
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

export function createRingMaterial(code: Texture, sphere: boolean): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: RING_FRAGMENT,
    defines: sphere ? { SPHERE: '' } : {},
    uniforms: { uTime: { value: 0 }, uCode: { value: code }, uAlarm: { value: 0 } },
    toneMapped: false,
  });
}

/**
 * Firewall slabs: hot, translucent energy panels with a hex mesh scrolling across them
 * and a white-hot outline round the square port (aState.zw: the port's centre; the
 * outline is drawn on whichever slab is nearest it). Clipped to the tunnel: the slabs
 * reach past the wall in the sim, but nothing is drawn outside it. aState.x: dissolve,
 * aState.y: how far it has risen (0 → 1, the deletion's new walls fade in).
 */
const FIREWALL_FRAGMENT = /* glsl */ `
${COMMON}
vec2 hexDist(vec2 p) {
  // Distance to the nearest hexagon edge in a pointy-top hex grid of unit size.
  vec2 r = vec2(1.0, 1.7320508);
  vec2 h = r * 0.5;
  vec2 a = mod(p, r) - h;
  vec2 b = mod(p - h, r) - h;
  vec2 g = dot(a, a) < dot(b, b) ? a : b;
  vec2 q = abs(g);
  float edge = 0.5 - max(dot(q, normalize(vec2(1.0, 1.7320508))), q.x);
  return vec2(edge, 0.0);
}
void main() {
  float radial = length(vWorld.xy);
  if (radial > ${HEART.tunnelRadiusM.toFixed(1)}) discard;
  float dissolve = vState.x;
  float n = noise3(vWorld / 30.0 + vec3(0.0, 0.0, uTime * 0.3));
  if (n < dissolve * 1.15 - 0.1) discard;
  float rise = vState.y;

  vec2 port = vState.zw;
  float toPort = max(abs(vWorld.x - port.x), abs(vWorld.y - port.y)) - ${HEART.firewall.portHalfM.toFixed(1)};
  float outline = exp(-max(toPort, 0.0) / 5.0);
  float outlineWide = exp(-max(toPort, 0.0) / 40.0);

  vec2 hp = vWorld.xy / 26.0 + vec2(uTime * 0.15, uTime * 0.4);
  float hexEdge = hexDist(hp).x;
  float fw = max(fwidth(hexEdge), 1e-3);
  float hex = 1.0 - smoothstep(0.02, 0.02 + fw * 1.5, hexEdge);
  float code = texture2D(uCode, vWorld.xy / 180.0 + vec2(0.0, uTime * 0.12)).r;
  float wave = 0.6 + 0.4 * sin(vWorld.y * 0.02 - uTime * 4.0 + vWorld.x * 0.01);
  // Brighter toward the tunnel wall: the firewall is anchored there.
  float rim = smoothstep(${(HEART.tunnelRadiusM - 60).toFixed(1)}, ${HEART.tunnelRadiusM.toFixed(1)}, radial);

  vec3 hot = ${glslColor(HEART_COLORS.firewall)};
  vec3 white = ${glslColor(HEART_COLORS.firewallHot)};
  vec3 color = hot * (0.05 + hex * 0.35 * wave + code * 0.08 + rim * 0.6);
  color += white * (outline * 2.4 + outlineWide * 0.25);
  color *= rise;
  float burn = dissolve > 0.0 ? 1.0 - smoothstep(0.0, 0.12, n - (dissolve * 1.15 - 0.1)) : 0.0;
  color += ${glslColor(HEART_COLORS.voidEdge, 2)} * burn;
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

export function createFirewallMaterial(code: Texture): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FIREWALL_FRAGMENT,
    uniforms: { uTime: { value: 0 }, uCode: { value: code } },
    blending: AdditiveBlending,
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
    toneMapped: false,
  });
}
