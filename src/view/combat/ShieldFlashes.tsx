import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  AdditiveBlending,
  DynamicDrawUsage,
  FrontSide,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  Mesh,
  ShaderMaterial,
  SphereGeometry,
  Vector3,
} from 'three';
import { runtime } from '../../game/runtime';
import type { SimEvent } from '../../sim';
import { CALLISTER_ID, fxDelta, shipBody, shipRadius } from './combat-view';
import { fx } from './fx-particles';
import { FX_COLORS, shipTint } from './palette';

const BUBBLE_LIFE_S = 0.5;
/** Enemy shields sit a little outside the hull's collision sphere. */
const BUBBLE_SCALE = 1.3;

const VERTEX = /* glsl */ `
attribute vec4 aSphere;
attribute vec4 aHit;
attribute vec4 aTint;
varying vec3 vNormal;
varying vec3 vWorld;
varying vec4 vHit;
varying vec4 vTint;

void main() {
  vec3 world = aSphere.xyz + position * aSphere.w;
  vNormal = normal;
  vWorld = world;
  vHit = aHit;
  vTint = aTint;
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
`;

/**
 * A shield bubble lit from the hit: a fresnel rim, a hot spot where the shot landed
 * and a ripple that runs out from it over the sphere; faint hex cells on the surface.
 */
const FRAGMENT = /* glsl */ `
varying vec3 vNormal;
varying vec3 vWorld;
varying vec4 vHit;
varying vec4 vTint;

/** 1 on the borders of a hexagon grid, 0 inside the cells. */
float hexLines(vec2 p) {
  vec2 r = vec2(1.0, 1.7320508);
  vec2 h = r * 0.5;
  vec2 a = mod(p, r) - h;
  vec2 b = mod(p - h, r) - h;
  vec2 g = dot(a, a) < dot(b, b) ? a : b;
  float edge = 0.5 - max(dot(abs(g), vec2(0.5, 0.8660254)), abs(g).x);
  return 1.0 - smoothstep(0.0, 0.07, edge);
}

void main() {
  vec3 n = normalize(vNormal);
  vec3 toEye = normalize(cameraPosition - vWorld);
  float facing = abs(dot(n, toEye));
  float rim = pow(1.0 - facing, 3.0);
  float cosHit = clamp(dot(n, vHit.xyz), -1.0, 1.0);
  float spot = pow(max(cosHit, 0.0), 14.0);
  float angle = acos(cosHit);
  float front = 0.15 + vHit.w * 6.0;
  float wave = exp(-pow((angle - front) * 6.0, 2.0)) * (1.0 - angle / 3.1416);
  // 32 cells around (2pi * 5.093 = 32), so the atan seam lands on a cell border.
  vec2 polar = vec2(atan(n.z, n.x) * 5.0929582, asin(clamp(n.y, -1.0, 1.0)) * 5.5);
  float near = spot + wave;
  float lines = hexLines(polar) * (spot + wave * 0.5);
  float light = spot * 0.9 + wave * 0.35 + rim * (0.04 + near * 0.4) + lines * 0.6;
  gl_FragColor = vec4(vTint.rgb * light * vTint.a, 1.0);
  #include <colorspace_fragment>
}
`;

interface Bubble {
  targetId: number;
  age: number;
  strength: number;
  hx: number;
  hy: number;
  hz: number;
  r: number;
  g: number;
  b: number;
}

const centre = new Vector3();

function publish(attribute: InstancedBufferAttribute, length: number): void {
  attribute.clearUpdateRanges();
  attribute.addUpdateRange(0, length);
  attribute.needsUpdate = true;
}

/**
 * Hits on shields flash a translucent bubble around the ship (one per ship, refreshed
 * by each hit, brightest where it landed) plus a glint at the impact; hits on the
 * hull throw sparks. The bubbles are one instanced draw; glints and sparks go to the
 * shared effect pool.
 */
export function ShieldFlashes() {
  const parts = useMemo(() => {
    const sphere = new SphereGeometry(1, 40, 24);
    const geometry = new InstancedBufferGeometry();
    geometry.setIndex(sphere.getIndex());
    geometry.setAttribute('position', sphere.getAttribute('position'));
    geometry.setAttribute('normal', sphere.getAttribute('normal'));
    const material = new ShaderMaterial({
      vertexShader: VERTEX,
      fragmentShader: FRAGMENT,
      blending: AdditiveBlending,
      transparent: true,
      depthWrite: false,
      side: FrontSide,
      toneMapped: false,
    });
    const mesh = new Mesh(geometry, material);
    mesh.frustumCulled = false;
    mesh.renderOrder = 1;
    mesh.visible = false;
    return { mesh, sphere, capacity: 0, bubbles: [] as Bubble[], generation: -1 };
  }, []);
  useEffect(
    () => () => {
      parts.mesh.geometry.dispose();
      parts.mesh.material.dispose();
      parts.sphere.dispose();
    },
    [parts],
  );

  useEffect(
    () =>
      runtime.session.onEvent((event) => {
        if (event.type === 'Hit') onHit(event, parts.bubbles);
      }),
    [parts],
  );

  useFrame((_, delta) => {
    const dt = fxDelta(delta);
    const session = runtime.session;
    const sim = session.sim;
    const bubbles = parts.bubbles;
    if (parts.generation !== session.generation) {
      parts.generation = session.generation;
      bubbles.length = 0;
    }
    // Age and drop finished bubbles (swap-remove keeps this allocation-free).
    for (let i = 0; i < bubbles.length; i++) {
      const bubble = bubbles[i]!;
      bubble.age += dt;
      const body = shipBody(sim, bubble.targetId);
      const gone =
        !body ||
        (bubble.targetId !== CALLISTER_ID && !sim.enemyById.has(bubble.targetId)) ||
        (bubble.targetId === CALLISTER_ID && !sim.player.alive);
      if (bubble.age >= BUBBLE_LIFE_S || gone) {
        bubbles[i] = bubbles[bubbles.length - 1]!;
        bubbles.pop();
        i--;
      }
    }
    const n = bubbles.length;
    if (n > parts.capacity) {
      parts.capacity = Math.max(32, parts.capacity * 2, n);
      const geometry = parts.mesh.geometry;
      // Free the old buffers first; the renderer re-uploads whatever the geometry holds next.
      geometry.dispose();
      for (const [name, size] of [
        ['aSphere', 4],
        ['aHit', 4],
        ['aTint', 4],
      ] as const) {
        const attribute = new InstancedBufferAttribute(
          new Float32Array(parts.capacity * size),
          size,
        );
        attribute.setUsage(DynamicDrawUsage);
        geometry.setAttribute(name, attribute);
      }
    }
    parts.mesh.visible = n > 0;
    if (n === 0) return;
    const geometry = parts.mesh.geometry;
    const sphereAttr = geometry.getAttribute('aSphere') as InstancedBufferAttribute;
    const hitAttr = geometry.getAttribute('aHit') as InstancedBufferAttribute;
    const tintAttr = geometry.getAttribute('aTint') as InstancedBufferAttribute;
    const sphereArray = sphereAttr.array as Float32Array;
    const hitArray = hitAttr.array as Float32Array;
    const tintArray = tintAttr.array as Float32Array;
    for (let i = 0; i < n; i++) {
      const bubble = bubbles[i]!;
      const body = shipBody(sim, bubble.targetId)!;
      session.history.position(body, session.alpha, centre);
      const radius =
        bubble.targetId === CALLISTER_ID
          ? shipRadius(sim, CALLISTER_ID)
          : shipRadius(sim, bubble.targetId) * BUBBLE_SCALE;
      const t = bubble.age / BUBBLE_LIFE_S;
      // Snap on, then fade.
      const fade = Math.min(1, bubble.age / 0.03) * (1 - t) * (1 - t) * bubble.strength;
      sphereArray[i * 4] = centre.x;
      sphereArray[i * 4 + 1] = centre.y;
      sphereArray[i * 4 + 2] = centre.z;
      sphereArray[i * 4 + 3] = radius;
      hitArray[i * 4] = bubble.hx;
      hitArray[i * 4 + 1] = bubble.hy;
      hitArray[i * 4 + 2] = bubble.hz;
      hitArray[i * 4 + 3] = bubble.age;
      tintArray[i * 4] = bubble.r;
      tintArray[i * 4 + 1] = bubble.g;
      tintArray[i * 4 + 2] = bubble.b;
      tintArray[i * 4 + 3] = fade;
    }
    publish(sphereAttr, n * 4);
    publish(hitAttr, n * 4);
    publish(tintAttr, n * 4);
    geometry.instanceCount = n;
  });

  return <primitive object={parts.mesh} />;
}

function onHit(event: Extract<SimEvent, { type: 'Hit' }>, bubbles: Bubble[]): void {
  const sim = runtime.session.sim;
  const body = shipBody(sim, event.targetId);
  if (!body) return;
  const [x, y, z] = event.position;
  const v = body.velocity;
  const p = body.position;
  let nx = x - p.x;
  let ny = y - p.y;
  let nz = z - p.z;
  const len = Math.hypot(nx, ny, nz);
  if (len > 1e-6) {
    nx /= len;
    ny /= len;
    nz /= len;
  } else {
    nx = 0;
    ny = 1;
    nz = 0;
  }
  const torpedo = event.weapon === 'torpedo';
  const player = event.targetId === CALLISTER_ID;

  if (event.shieldDamage > 0) {
    let bubble: Bubble | undefined;
    for (const b of bubbles) if (b.targetId === event.targetId) bubble = b;
    if (!bubble) {
      bubble = {
        targetId: event.targetId,
        age: 0,
        strength: 0,
        hx: 0,
        hy: 0,
        hz: 0,
        r: 0,
        g: 0,
        b: 0,
      };
      bubbles.push(bubble);
    }
    const previous = bubble.strength * (1 - Math.min(1, bubble.age / BUBBLE_LIFE_S)) ** 2;
    // The Callister's bubble fills the chase view: keep it subtler than a target's.
    const strength = Math.min(1.6, 0.55 + event.shieldDamage / 12) * (player ? 0.45 : 1);
    bubble.age = 0;
    bubble.strength = Math.max(previous, strength);
    bubble.hx = nx;
    bubble.hy = ny;
    bubble.hz = nz;
    if (player) {
      bubble.r = FX_COLORS.playerShield.r;
      bubble.g = FX_COLORS.playerShield.g;
      bubble.b = FX_COLORS.playerShield.b;
    } else {
      const tint = shipTint(event.targetId);
      bubble.r = FX_COLORS.infinityShield.r * 0.65 + tint.r * 0.35;
      bubble.g = FX_COLORS.infinityShield.g * 0.65 + tint.g * 0.35;
      bubble.b = FX_COLORS.infinityShield.b * 0.65 + tint.b * 0.35;
    }
    // A glint where the shot struck the shield surface.
    const radius = player
      ? shipRadius(sim, CALLISTER_ID)
      : shipRadius(sim, event.targetId) * BUBBLE_SCALE;
    const gx = p.x + nx * radius;
    const gy = p.y + ny * radius;
    const gz = p.z + nz * radius;
    const color = player ? FX_COLORS.playerShield : FX_COLORS.infinityShield;
    fx.star(gx, gy, gz, v.x, v.y, v.z, torpedo ? 12 : 4.5, torpedo ? 0.35 : 0.2, color);
    fx.flash(gx, gy, gz, v.x, v.y, v.z, torpedo ? 10 : 3, 0.12, FX_COLORS.flashWhite, color, 1);
  }

  if (event.hullDamage > 0) {
    fx.flash(
      x,
      y,
      z,
      v.x,
      v.y,
      v.z,
      torpedo ? 9 : 3.2,
      0.16,
      FX_COLORS.sparkHot,
      FX_COLORS.ember,
      1,
    );
    fx.sparks(
      x,
      y,
      z,
      v.x,
      v.y,
      v.z,
      torpedo ? 22 : 9,
      30,
      torpedo ? 200 : 120,
      torpedo ? 0.45 : 0.3,
      0.25,
      torpedo ? 0.9 : 0.6,
      FX_COLORS.sparkHot,
      FX_COLORS.sparkCool,
      nx,
      ny,
      nz,
      0.6,
    );
  }
}
