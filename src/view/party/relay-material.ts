import { MeshStandardMaterial, type IUniform } from 'three';

/**
 * The relay's material: the scene's standard PBR lighting for the chrome and hull, with
 * the motion and the neon worked in by the shader from the geometry's attributes (see
 * relay-geometry.ts) and two per-relay instance attributes:
 * - `aTint` (rgb): the relay's party colour;
 * - `aState`: x hit flash 0..1, y damage 0..1, z collapse 0..1, w seed.
 * One material, one draw call, every relay.
 */

const VERTEX_HEAD = /* glsl */ `
attribute vec4 aGlow;
attribute vec3 aPattern;
attribute vec4 aSpin;
attribute vec3 aPivot;
attribute vec4 aDrift;
attribute vec3 aTint;
attribute vec4 aState;
uniform float uTime;
varying vec3 vRelayGlow;
varying vec4 vRelayState;

vec3 relayRotate(vec3 v, vec3 axis, float angle) {
  float c = cos(angle);
  float s = sin(angle);
  return v * c + cross(axis, v) * s + axis * dot(axis, v) * (1.0 - c);
}

/** How lit a part's neon is now: its pattern at its phase. */
float relayPattern(float id, float phase, float t) {
  if (id < 0.5) return 0.82 + 0.18 * sin(t * 2.3 + phase * 6.2832);
  if (id < 1.5) {
    // Pulses climbing the mast, about one a second.
    float w = 0.5 + 0.5 * sin((phase * 1.6 - t * 1.1) * 6.2832);
    return 0.22 + 1.25 * pow(w, 5.0);
  }
  if (id < 2.5) {
    // Six dashes chasing round a ring.
    float w = 0.5 + 0.5 * sin((phase * 6.0 - t * 0.9) * 6.2832);
    return 0.25 + 1.1 * pow(w, 8.0);
  }
  // Beacon blink: a short bright flash each cycle.
  float f = fract(t * 0.75 + phase);
  return 0.12 + 1.6 * (1.0 - smoothstep(0.0, 0.16, f));
}
`;

const BEGIN_NORMAL = /* glsl */ `
vec3 objectNormal = vec3( normal );
float relayCollapse = aState.z;
// Spinning parts turn faster and faster as the relay tears itself apart.
float relaySpinAngle = aSpin.w * (uTime + aState.w * 37.0 + relayCollapse * relayCollapse * 16.0);
objectNormal = relayRotate(objectNormal, aSpin.xyz, relaySpinAngle);
vec3 relayTumbleAxis = normalize(vec3(sin(aDrift.w * 41.0), cos(aDrift.w * 23.0), sin(aDrift.w * 17.0 + 1.3)) + vec3(1e-3));
float relayTumble = relayCollapse * (0.6 + aDrift.w * 2.4);
objectNormal = relayRotate(objectNormal, relayTumbleAxis, relayTumble);
#ifdef USE_TANGENT
  vec3 objectTangent = vec3( tangent.xyz );
#endif
`;

const BEGIN_VERTEX = /* glsl */ `
vec3 transformed = relayRotate(position, aSpin.xyz, relaySpinAngle);
vec3 relayPivot = relayRotate(aPivot, aSpin.xyz, relaySpinAngle);
float relayShrink = 1.0 - smoothstep(0.72, 1.0, relayCollapse);
transformed = relayPivot + relayRotate(transformed - relayPivot, relayTumbleAxis, relayTumble) * relayShrink;
transformed += aDrift.xyz * relayCollapse * (2.0 - relayCollapse);

float relayLevel = relayPattern(aPattern.x, aPattern.y, uTime + aState.w * 5.0);
// A damaged relay's neon stutters: whole parts drop out for a moment.
float relayNoise = fract(sin(floor(uTime * 13.0) * 91.7 + aDrift.w * 311.0) * 43758.5453);
relayLevel *= relayNoise < aState.y * 0.5 ? 0.12 : 1.0;
relayLevel *= 1.0 - smoothstep(0.0, 0.3, relayCollapse);
vRelayGlow = mix(aGlow.rgb, aTint, aPattern.z) * aGlow.w * relayLevel;
vRelayState = aState;
`;

const FRAGMENT_HEAD = /* glsl */ `
varying vec3 vRelayGlow;
varying vec4 vRelayState;
`;

const EMISSIVE = /* glsl */ `
#include <emissivemap_fragment>
{
  float rim = pow(1.0 - abs(dot(normal, normalize(vViewPosition))), 2.5);
  totalEmissiveRadiance += vRelayGlow;
  // A hit: the hull's edges flare shield-blue.
  totalEmissiveRadiance += vec3(0.45, 0.85, 1.0) * vRelayState.x * (0.2 + rim * 1.8);
  // Collapsing: it burns orange, then goes dark and charred.
  float collapse = vRelayState.z;
  float burn = smoothstep(0.0, 0.05, collapse) * (1.0 - smoothstep(0.12, 0.5, collapse));
  float embers = 1.0 - smoothstep(0.45, 0.9, collapse);
  totalEmissiveRadiance += vec3(1.0, 0.36, 0.07) * (burn * (0.12 + rim * 1.5) + embers * rim * 0.25);
  diffuseColor.rgb *= 1.0 - 0.85 * smoothstep(0.03, 0.3, collapse);
}
`;

export interface RelayMaterial {
  readonly material: MeshStandardMaterial;
  /** Seconds on the effects clock (pause freezes it). */
  readonly time: IUniform<number>;
}

export function createRelayMaterial(): RelayMaterial {
  const time: IUniform<number> = { value: 0 };
  const material = new MeshStandardMaterial({
    vertexColors: true,
    metalness: 0.55,
    roughness: 0.34,
    // The neon's own light on the hull, so the shadow side reads as a silhouette.
    emissive: '#0d0b1d',
  });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uTime = time;
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${VERTEX_HEAD}`)
      .replace('#include <beginnormal_vertex>', BEGIN_NORMAL)
      .replace('#include <begin_vertex>', BEGIN_VERTEX);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${FRAGMENT_HEAD}`)
      .replace('#include <emissivemap_fragment>', EMISSIVE);
  };
  material.customProgramCacheKey = () => 'invitation-relay';
  return { material, time };
}
