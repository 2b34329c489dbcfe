import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  AdditiveBlending,
  CylinderGeometry,
  DoubleSide,
  Mesh,
  ShaderMaterial,
  Vector3,
} from 'three';
import { runtime } from '../../game/runtime';
import { copyBeamAwake } from '../../sim/stages/heart';
import { HEART } from '../../sim/content/heart';
import { glslColor, HEART_COLORS } from './heart-palette';
import { heartView } from './heart-view-state';

const [CX, CY, CZ] = HEART.core.center;

const VERTEX = /* glsl */ `
varying float vAlong;
varying vec3 vNormalW;
varying vec3 vWorld;
void main() {
  vAlong = position.y;
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

/**
 * The copy beam: a tube of light from Bob's core. Rings of data run out along it; its
 * edges burn brighter than its middle (it is hollow light, seen edge-on at the rim).
 * On the Callister it turns harsh white and red, and pulses faster as the copy fills.
 */
const FRAGMENT = /* glsl */ `
uniform float uTime;
uniform float uLock;
uniform float uHold;
uniform float uInside;
varying float vAlong;
varying vec3 vNormalW;
varying vec3 vWorld;
void main() {
  vec3 n = normalize(vNormalW);
  vec3 v = normalize(cameraPosition - vWorld);
  float rim = pow(1.0 - abs(dot(n, v)), 1.5);
  float speed = 1.2 + uHold * 3.0;
  float rings = pow(0.5 + 0.5 * sin(vAlong * 90.0 - uTime * 14.0 * speed), 6.0);
  float stream = 0.5 + 0.5 * sin(vAlong * 25.0 - uTime * 5.0 * speed + atan(n.x, n.z) * 3.0);
  float fade = smoothstep(0.0, 0.03, vAlong) * (1.0 - smoothstep(0.75, 1.0, vAlong));
  float level = (0.12 + rim * 0.8 + rings * 0.6 + stream * 0.15) * fade;
  vec3 calm = ${glslColor(HEART_COLORS.beam)};
  vec3 locked = mix(${glslColor(HEART_COLORS.beamLocked)}, vec3(1.0), rings * 0.6 + rim * 0.3);
  float strobe = uLock * (0.75 + 0.25 * sin(uTime * 40.0));
  vec3 color = mix(calm, locked * 1.6, strobe) * level * (1.0 + uHold * 1.5);
  // Seen from inside the tube every wall is at a grazing angle: keep it a haze.
  color *= mix(1.0, 0.12, uInside);
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

const direction = new Vector3();
const Y_AXIS = new Vector3(0, 1, 0);
const toCamera = new Vector3();

/** Bob's copy beam along beam.direction while he is awake: one draw call. */
export function CopyBeam() {
  const mesh = useMemo(() => {
    const geometry = new CylinderGeometry(1, 1, 1, 40, 24, true);
    geometry.translate(0, 0.5, 0);
    const material = new ShaderMaterial({
      vertexShader: VERTEX,
      fragmentShader: FRAGMENT,
      uniforms: {
        uTime: { value: 0 },
        uLock: { value: 0 },
        uHold: { value: 0 },
        uInside: { value: 0 },
      },
      blending: AdditiveBlending,
      transparent: true,
      depthWrite: false,
      side: DoubleSide,
      toneMapped: false,
    });
    const beam = new Mesh(geometry, material);
    beam.position.set(CX, CY, CZ);
    beam.scale.set(HEART.beam.radiusM, HEART.beam.rangeM, HEART.beam.radiusM);
    beam.frustumCulled = false;
    beam.renderOrder = 5;
    beam.visible = false;
    return beam;
  }, []);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      mesh.material.dispose();
    },
    [mesh],
  );
  useFrame((state, delta) => {
    const heart = runtime.session.sim.heart;
    const active = heart !== null && copyBeamAwake(heart);
    mesh.visible = active;
    if (!heart || !active) return;
    const d = heart.beam.direction;
    direction.set(d[0], d[1], d[2]);
    mesh.quaternion.setFromUnitVectors(Y_AXIS, direction);
    const u = mesh.material.uniforms;
    u.uTime!.value = heartView.time;
    // The lock snaps on and eases off, so a graze still reads as a warning.
    const lock = u.uLock!.value as number;
    const target = heart.beam.onTarget ? 1 : 0;
    u.uLock!.value =
      target > lock ? target : lock + (target - lock) * (1 - Math.exp(-Math.min(delta, 0.1) * 5));
    u.uHold!.value = heart.beam.holdTicks / HEART.beam.holdTicks;
    // How deep the camera is inside the beam (the chase camera sits on its axis when
    // the beam holds the Callister).
    toCamera.copy(state.camera.position).sub(mesh.position);
    const along = toCamera.dot(direction);
    const off = toCamera.addScaledVector(direction, -along).length();
    const inside =
      along > 0 && along < HEART.beam.rangeM
        ? 1 - Math.min(1, Math.max(0, (off - HEART.beam.radiusM) / HEART.beam.radiusM))
        : 0;
    u.uInside!.value = inside;
  });
  return <primitive object={mesh} />;
}
