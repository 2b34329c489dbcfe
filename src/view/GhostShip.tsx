import { useGLTF } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  AdditiveBlending,
  BufferAttribute,
  BufferGeometry,
  FrontSide,
  Matrix4,
  Mesh,
  ShaderMaterial,
  type Object3D,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import callisterUrl from '../../models/callister.glb?url';
import { runtime } from '../game/runtime';
import { useSettings } from '../state/settings-store';
import { shipPose } from './ship-pose';

/** Closer than this to the live Callister the ghost dims, so it never washes out your own hull. */
const NEAR_FADE_M = 45;
/** How dim it gets when the two ships overlap (a run on the PB's line). */
const NEAR_OPACITY = 0.3;
/** The ghost fades out as it nears the camera (gone inside the first of these), so it never fills the view. */
const CAMERA_CLEAR_M = 12;
const CAMERA_FADE_M = 50;

/**
 * The whole Callister as one geometry with positions and normals only: the hologram
 * ignores the materials, so the ghost is a single draw call.
 */
function hologramGeometry(root: Object3D): BufferGeometry {
  root.updateMatrixWorld(true);
  const toRoot = new Matrix4().copy(root.matrixWorld).invert();
  const parts: BufferGeometry[] = [];
  root.traverse((node) => {
    if (!(node instanceof Mesh)) return;
    const source = node.geometry as BufferGeometry;
    const position = source.getAttribute('position');
    const normal = source.getAttribute('normal');
    if (!position || !normal) return;
    const part = new BufferGeometry();
    part.setAttribute('position', position.clone());
    part.setAttribute('normal', normal.clone());
    if (source.index) part.setIndex(source.index.clone());
    part.applyMatrix4(new Matrix4().multiplyMatrices(toRoot, node.matrixWorld));
    parts.push(part);
  });
  // mergeGeometries wants all parts indexed or none.
  const uniform = parts.every((part) => part.index)
    ? parts
    : parts.map((part) => (part.index ? part.toNonIndexed() : part));
  const merged = mergeGeometries(uniform, false) ?? new BufferGeometry();
  if (!merged.getAttribute('position')) {
    merged.setAttribute('position', new BufferAttribute(new Float32Array(0), 3));
  }
  for (const part of parts) part.dispose();
  return merged;
}

const VERTEX = /* glsl */ `
  varying vec3 vNormal;
  varying vec3 vView;
  varying float vHeight;
  void main() {
    vec4 viewPosition = modelViewMatrix * vec4(position, 1.0);
    vNormal = normalize(normalMatrix * normal);
    vView = normalize(-viewPosition.xyz);
    vHeight = position.y + position.z * 0.35;
    gl_Position = projectionMatrix * viewPosition;
  }
`;

const FRAGMENT = /* glsl */ `
  uniform float uOpacity;
  uniform float uTime;
  varying vec3 vNormal;
  varying vec3 vView;
  varying float vHeight;
  void main() {
    float facing = abs(dot(normalize(vNormal), normalize(vView)));
    float fresnel = pow(1.0 - facing, 2.2);
    // Thin bright bands drifting down the hull, and a faint flicker.
    float band = smoothstep(0.82, 1.0, fract(vHeight * 0.45 - uTime * 0.6));
    float flicker = 0.93 + 0.07 * sin(uTime * 23.0);
    vec3 cyan = vec3(0.35, 0.85, 1.0);
    vec3 white = vec3(0.9, 0.98, 1.0);
    vec3 color = mix(cyan, white, fresnel);
    float strength = (0.24 + 1.1 * fresnel + 0.3 * band) * flicker * uOpacity;
    gl_FragColor = vec4(color * strength, 1.0);
  }
`;

/**
 * The personal best's Callister beside the run: a cyan-white hologram (additive, no
 * depth writes, fresnel rim and drifting scanlines) at the ghost sim's interpolated
 * pose. Hidden when the run has no ghost, when the setting is off, or while the ghost
 * is in another chapter than the live run (its coordinates belong to another scene).
 * Fades out once the PB's replay has ended. One draw call.
 */
export function GhostShip() {
  const gltf = useGLTF(callisterUrl);
  const geometry = useMemo(() => hologramGeometry(gltf.scene), [gltf.scene]);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: VERTEX,
        fragmentShader: FRAGMENT,
        uniforms: { uOpacity: { value: 1 }, uTime: { value: 0 } },
        transparent: true,
        depthWrite: false,
        blending: AdditiveBlending,
        side: FrontSide,
      }),
    [],
  );
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  const mesh = useRef<Mesh>(null);

  useFrame((state) => {
    const m = mesh.current;
    if (!m) return;
    const session = runtime.session;
    const ghost = session.ghost;
    if (
      !ghost ||
      !useSettings.getState().settings.ghost ||
      ghost.sim.chapter !== session.sim.chapter ||
      ghost.fade <= 0
    ) {
      m.visible = false;
      return;
    }
    ghost.position(session.alpha, m.position);
    ghost.quaternion(session.alpha, m.quaternion);
    const near = Math.min(1, m.position.distanceTo(shipPose.position) / NEAR_FADE_M);
    const toCamera = m.position.distanceTo(state.camera.position);
    const clear = Math.min(
      1,
      Math.max(0, (toCamera - CAMERA_CLEAR_M) / (CAMERA_FADE_M - CAMERA_CLEAR_M)),
    );
    const uniforms = material.uniforms;
    uniforms.uOpacity!.value = ghost.fade * clear * (NEAR_OPACITY + (1 - NEAR_OPACITY) * near);
    uniforms.uTime!.value = state.clock.elapsedTime;
    m.visible = true;
  });

  return (
    <mesh ref={mesh} geometry={geometry} material={material} visible={false} renderOrder={2} />
  );
}
