import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  AdditiveBlending,
  FrontSide,
  IcosahedronGeometry,
  Mesh,
  ShaderMaterial,
  Vector3,
} from 'three';
import { runtime } from '../../game/runtime';
import { HEART } from '../../sim/content/heart';
import { shipPose } from '../ship-pose';
import { bobGeometry } from './bob-geometry';
import { glslColor, HEART_COLORS } from './heart-palette';
import { heartView, since } from './heart-view-state';

const [CX, CY, CZ] = HEART.core.center;
/** Bob breaks up into drifting scanlines over this long once he falls. */
const BREAKUP_S = 3.2;
/** A strike's glitch lasts this long. */
const GLITCH_S = 0.9;
/** He is drawn a fifth larger than the bust is modelled: vast, but inside his pylons. */
const BOB_SCALE = 1.2;
const SHIELD_RADIUS_M = 265;
const SHIELD_CENTRE_Y = 40;

/**
 * The hologram: additive light, no surface. A fresnel rim outlines the form, scanlines
 * crawl up it, the whole image flickers, and each vertex sparkles on its own phase.
 * uGlitch shears horizontal slices sideways (a strike); uBreak tears him apart in
 * slices that drift up and wink out (his end).
 */
const HOLO_VERTEX = /* glsl */ `
uniform float uTime;
uniform float uGlitch;
uniform float uBreak;
attribute float aPhase;
varying vec3 vNormalW;
varying vec3 vWorld;
varying float vLocalY;
varying float vShade;
varying float vPhase;
float hash11(float n) { return fract(sin(n * 127.1) * 43758.5453); }
void main() {
  vec3 p = position;
  float slice = floor(p.y / 9.0);
  float tick = floor(uTime * 24.0);
  float shear = (hash11(slice * 3.1 + tick) - 0.5) * step(0.6, hash11(slice + tick * 1.7));
  p.x += shear * 90.0 * uGlitch;
  // Breaking up: each slice drifts upward and outward at its own pace.
  float drift = uBreak * uBreak * (60.0 + 260.0 * hash11(slice * 7.3));
  p.y += drift;
  p.xz *= 1.0 + uBreak * 0.4 * hash11(slice * 1.3);
  vLocalY = position.y;
  vShade = color.r;
  vPhase = aPhase;
  vec4 world = modelMatrix * vec4(p, 1.0);
  vWorld = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

const HOLO_FRAGMENT = /* glsl */ `
uniform float uTime;
uniform float uGlitch;
uniform float uBreak;
uniform float uFlicker;
varying vec3 vNormalW;
varying vec3 vWorld;
varying float vLocalY;
varying float vShade;
varying float vPhase;
float hash11(float n) { return fract(sin(n * 127.1) * 43758.5453); }
void main() {
  float slice = floor(vLocalY / 9.0);
  if (hash11(slice * 5.7) < uBreak * 1.1) discard;
  vec3 n = normalize(vNormalW);
  vec3 v = normalize(cameraPosition - vWorld);
  float facing = abs(dot(n, v));
  float rim = pow(1.0 - facing, 2.2);
  // Fine scanlines plus a brighter band sweeping up through him.
  float scan = 0.55 + 0.45 * sin(vLocalY * 1.4 - uTime * 9.0);
  float sweep = exp(-pow(mod(vLocalY - uTime * 90.0, 420.0) - 210.0, 2.0) / 300.0);
  float sparkle = step(0.985, fract(vPhase * 91.0 + uTime * 0.7)) * 0.8;
  float body = 0.1 + vShade * 0.16;
  float level = (body * scan + rim * 1.4 + sweep * 0.5 + sparkle) * uFlicker;
  // He fades out toward the bottom of the bust: a projection, not a statue.
  level *= smoothstep(-125.0, -50.0, vLocalY);
  vec3 color = ${glslColor(HEART_COLORS.hologram)} * level;
  color += vec3(0.9, 0.95, 1.0) * rim * rim * 0.5 * uFlicker;
  // A strike floods him red-white for a moment.
  color = mix(color, vec3(1.4, 0.5, 0.6) * level, uGlitch * 0.7);
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

/** His shield while the pylons feed it: an amber hex lattice on a fresnel bubble. */
const SHIELD_VERTEX = /* glsl */ `
varying vec3 vNormalW;
varying vec3 vWorld;
varying vec3 vLocal;
void main() {
  vLocal = position;
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

const SHIELD_FRAGMENT = /* glsl */ `
uniform float uTime;
uniform float uStrength;
uniform float uHit;
varying vec3 vNormalW;
varying vec3 vWorld;
varying vec3 vLocal;
float hexEdge(vec2 p) {
  vec2 r = vec2(1.0, 1.7320508);
  vec2 h = r * 0.5;
  vec2 a = mod(p, r) - h;
  vec2 b = mod(p - h, r) - h;
  vec2 g = dot(a, a) < dot(b, b) ? a : b;
  vec2 q = abs(g);
  return 0.5 - max(dot(q, normalize(vec2(1.0, 1.7320508))), q.x);
}
void main() {
  vec3 n = normalize(vNormalW);
  vec3 v = normalize(cameraPosition - vWorld);
  float rim = pow(1.0 - abs(dot(n, v)), 2.5);
  vec3 u = normalize(vLocal);
  vec2 sp = vec2(atan(u.x, u.z) * 7.0, asin(clamp(u.y, -1.0, 1.0)) * 7.0);
  float e = hexEdge(sp * 1.2);
  float fw = max(fwidth(e), 1e-3);
  float hex = 1.0 - smoothstep(0.015, 0.015 + fw * 1.5, e);
  float shimmer = 0.6 + 0.4 * sin(u.y * 20.0 - uTime * 3.0 + u.x * 6.0);
  // Weaker with every pylon down, and it stutters when it is nearly gone.
  float stutter = uStrength < 0.3 ? step(0.35, fract(sin(floor(uTime * 14.0)) * 43758.5)) : 1.0;
  float level = (rim * 0.9 + hex * (0.12 + rim * 0.6) * shimmer) * uStrength * stutter + uHit * (0.4 + hex);
  gl_FragColor = vec4(${glslColor(HEART_COLORS.pylon)} * level, 1.0);
  #include <colorspace_fragment>
}
`;

const toShip = new Vector3();

/**
 * Bob: a vast hologram of a middle-aged man at the Heart's core, his shield while the
 * pylons stand, the glitch of a cutlass strike, and his breakup when he falls. Two draw
 * calls. He turns a little to watch the Callister.
 */
export function Bob() {
  const parts = useMemo(() => {
    const holo = new ShaderMaterial({
      vertexShader: HOLO_VERTEX,
      fragmentShader: HOLO_FRAGMENT,
      uniforms: {
        uTime: { value: 0 },
        uGlitch: { value: 0 },
        uBreak: { value: 0 },
        uFlicker: { value: 1 },
      },
      vertexColors: true,
      blending: AdditiveBlending,
      transparent: true,
      depthWrite: false,
      side: FrontSide,
      toneMapped: false,
    });
    const bust = new Mesh(bobGeometry(), holo);
    bust.position.set(CX, CY, CZ);
    bust.scale.setScalar(BOB_SCALE);
    bust.frustumCulled = false;
    bust.renderOrder = 3;
    const shieldMaterial = new ShaderMaterial({
      vertexShader: SHIELD_VERTEX,
      fragmentShader: SHIELD_FRAGMENT,
      uniforms: { uTime: { value: 0 }, uStrength: { value: 1 }, uHit: { value: 0 } },
      blending: AdditiveBlending,
      transparent: true,
      depthWrite: false,
      toneMapped: false,
    });
    const shield = new Mesh(new IcosahedronGeometry(SHIELD_RADIUS_M, 5), shieldMaterial);
    shield.position.set(CX, CY + SHIELD_CENTRE_Y, CZ);
    shield.renderOrder = 4;
    return { bust, holo, shield, shieldMaterial, yaw: 0 };
  }, []);
  useEffect(
    () => () => {
      parts.bust.geometry.dispose();
      parts.holo.dispose();
      parts.shield.geometry.dispose();
      parts.shieldMaterial.dispose();
    },
    [parts],
  );

  useFrame((_, delta) => {
    const heart = runtime.session.sim.heart;
    const time = heartView.time;
    const broken =
      heart !== null && !heart.bob.alive ? Math.min(1, since(heartView.deletionAt) / BREAKUP_S) : 0;
    // A run that starts after his end (or a deletion missed by the view) shows him gone.
    const gone = heart === null || (!heart.bob.alive && since(heartView.deletionAt) > BREAKUP_S);
    parts.bust.visible = !gone;
    const struck = since(heartView.bobStruckAt);
    const glitch = struck < GLITCH_S ? Math.pow(1 - struck / GLITCH_S, 1.5) : 0;
    const u = parts.holo.uniforms;
    u.uTime!.value = time;
    u.uGlitch!.value = Math.max(
      glitch,
      broken > 0 ? 0.6 : 0,
      heart?.stage === 'gauntlet' ? 0 : 0.04,
    );
    u.uBreak!.value = broken;
    // Flicker: mostly steady, with brief dips like a bad projector.
    const dip = Math.sin(time * 37) * Math.sin(time * 23.3) > 0.93 ? 0.55 : 1;
    u.uFlicker!.value = (0.92 + 0.08 * Math.sin(time * 60)) * dip * (1 - broken * 0.6);

    // He watches the Callister (a slow turn, never all the way round); recoils when struck.
    toShip.set(shipPose.position.x - CX, 0, shipPose.position.z - CZ);
    const wanted = Math.max(-0.7, Math.min(0.7, Math.atan2(toShip.x, toShip.z)));
    parts.yaw += (wanted - parts.yaw) * (1 - Math.exp(-Math.min(delta, 0.1) * 0.8));
    parts.bust.rotation.set(-glitch * 0.25, parts.yaw, Math.sin(time * 0.4) * 0.03);
    parts.bust.position.set(CX, CY + Math.sin(time * 0.7) * 6, CZ - glitch * 40);

    const pylons = heart?.pylonsLeft ?? 0;
    const deflected = since(heartView.deflectedAt);
    const s = parts.shieldMaterial.uniforms;
    s.uTime!.value = time;
    s.uStrength!.value = 0.35 + 0.65 * (pylons / HEART.pylons.length);
    s.uHit!.value = deflected < 0.6 ? 1 - deflected / 0.6 : 0;
    parts.shield.visible = heart !== null && heart.bob.alive && pylons > 0;
  });

  return (
    <>
      <primitive object={parts.bust} />
      <primitive object={parts.shield} />
    </>
  );
}
