import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  AdditiveBlending,
  BufferGeometry,
  Float32BufferAttribute,
  Mesh,
  ShaderMaterial,
  Vector3,
} from 'three';
import { runtime } from '../../game/runtime';
import type { SimEvent } from '../../sim';
import { fxDelta } from '../combat/combat-view';
import { GlowBatch, GlowShape } from '../combat/glow-batch';
import { mulberry32 } from '../seeded-random';
import { shipPose } from '../ship-pose';
import { HEART_COLORS } from './heart-palette';

const STREAKS = 140;
/** The white-out at the Heart's first frame fades over this long, seconds. */
const ARRIVAL_FADE_S = 1.1;

/**
 * The jump from the party to the Heart (campaign only): between HeartJump and the
 * Heart's first tick, streaks of light rush past the Callister, longer and faster as
 * the jump builds, the screen washes blue, and it whites out on arrival; the white
 * fades over the Heart's first second. Mounted in every chapter: the jump starts in
 * the sector and ends in the Heart.
 */
const jump = {
  startTick: -1,
  arriveTick: -1,
  /** Effects-clock seconds of the arrival, for the fade. */
  arrivedAt: -1e9,
  clock: 0,
  generation: -1,
};

function onJumpEvent(event: SimEvent): void {
  if (event.type === 'HeartJump') {
    jump.startTick = event.tick;
    jump.arriveTick = event.arriveTick;
  } else if (event.type === 'ChapterChanged' && event.chapter === 'heart' && jump.startTick >= 0) {
    jump.arrivedAt = jump.clock;
    jump.startTick = -1;
  }
}

const OVERLAY_VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = position.xy;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`;

const OVERLAY_FRAGMENT = /* glsl */ `
uniform float uBuild;
uniform float uFlash;
varying vec2 vUv;
void main() {
  float r = length(vUv);
  // The jump tunnels the view: a blue rim closing in, then the white-out.
  vec3 tint = vec3(0.15, 0.45, 1.0) * uBuild * smoothstep(0.35, 1.4, r) * 0.9;
  gl_FragColor = vec4(tint + vec3(uFlash), 1.0);
}
`;

function createOverlay(): Mesh<BufferGeometry, ShaderMaterial> {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([-1, -1, 0, 3, -1, 0, -1, 3, 0], 3));
  const material = new ShaderMaterial({
    vertexShader: OVERLAY_VERTEX,
    fragmentShader: OVERLAY_FRAGMENT,
    uniforms: { uBuild: { value: 0 }, uFlash: { value: 0 } },
    blending: AdditiveBlending,
    transparent: true,
    depthTest: false,
    depthWrite: false,
    toneMapped: false,
  });
  const mesh = new Mesh(geometry, material);
  mesh.frustumCulled = false;
  mesh.renderOrder = 100;
  mesh.visible = false;
  return mesh;
}

const right = new Vector3();
const up = new Vector3();

export function HeartJump() {
  const parts = useMemo(() => {
    const random = mulberry32(0x1997);
    const seeds = new Float32Array(STREAKS * 4);
    for (let i = 0; i < STREAKS; i++) {
      seeds[i * 4] = random() * Math.PI * 2;
      seeds[i * 4 + 1] = 0.25 + random() * 0.75;
      seeds[i * 4 + 2] = random();
      seeds[i * 4 + 3] = random();
    }
    return { seeds, batch: new GlowBatch(STREAKS, 3), overlay: createOverlay() };
  }, []);
  useEffect(() => runtime.session.onEvent(onJumpEvent), []);
  useEffect(
    () => () => {
      parts.batch.dispose();
      parts.overlay.geometry.dispose();
      parts.overlay.material.dispose();
    },
    [parts],
  );

  useFrame((_, delta) => {
    const session = runtime.session;
    if (jump.generation !== session.generation) {
      jump.generation = session.generation;
      jump.startTick = -1;
      jump.arrivedAt = -1e9;
    }
    jump.clock += fxDelta(delta);
    const sim = session.sim;
    const jumping = jump.startTick >= 0 && sim.chapter !== 'heart';
    const build = jumping
      ? Math.min(
          1,
          Math.max(
            0,
            (sim.tick + session.alpha - jump.startTick) /
              Math.max(1, jump.arriveTick - jump.startTick),
          ),
        )
      : 0;
    const sinceArrival = jump.clock - jump.arrivedAt;
    const flash = jumping
      ? Math.pow(build, 6) * 1.4
      : sinceArrival < ARRIVAL_FADE_S
        ? 1.4 * Math.pow(1 - sinceArrival / ARRIVAL_FADE_S, 2)
        : 0;
    const uniforms = parts.overlay.material.uniforms;
    uniforms.uBuild!.value = build;
    uniforms.uFlash!.value = flash;
    parts.overlay.visible = build > 0 || flash > 0;

    const batch = parts.batch;
    batch.begin();
    if (jumping && build > 0) {
      const forward = shipPose.forward;
      right.set(1, 0, 0).applyQuaternion(shipPose.quaternion);
      up.copy(shipPose.up);
      const seeds = parts.seeds;
      const length = 20 + 420 * build * build;
      const speed = 300 + 2600 * build;
      const span = 1800;
      const color = HEART_COLORS.lattice;
      for (let i = 0; i < STREAKS; i++) {
        const angle = seeds[i * 4]!;
        const radius = 40 + 360 * seeds[i * 4 + 1]! * (1.2 - build * 0.5);
        // Each streak loops from far ahead to behind the ship.
        const travel = ((seeds[i * 4 + 2]! * span + jump.clock * speed) % span) - 400;
        const ahead = span - 400 - travel;
        const cx =
          shipPose.position.x +
          forward.x * ahead +
          (right.x * Math.cos(angle) + up.x * Math.sin(angle)) * radius;
        const cy =
          shipPose.position.y +
          forward.y * ahead +
          (right.y * Math.cos(angle) + up.y * Math.sin(angle)) * radius;
        const cz =
          shipPose.position.z +
          forward.z * ahead +
          (right.z * Math.cos(angle) + up.z * Math.sin(angle)) * radius;
        const white = seeds[i * 4 + 3]! > 0.7 ? 1 : 0;
        const level = (0.4 + build * 1.4) * Math.min(1, build * 4);
        batch.push(
          cx,
          cy,
          cz,
          -forward.x * length,
          -forward.y * length,
          -forward.z * length,
          0.8 + build * 1.6,
          GlowShape.Comet,
          1,
          0.05,
          (white ? 1 : color.r) * level,
          (white ? 1 : color.g) * level,
          (white ? 1 : color.b) * level,
        );
      }
    }
    batch.end();
  });

  return (
    <>
      <primitive object={parts.batch.mesh} />
      <primitive object={parts.overlay} />
    </>
  );
}
