import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { DoubleSide, Mesh, ShaderMaterial, SphereGeometry } from 'three';
import { runtime } from '../../game/runtime';
import { HEART } from '../../sim/content/heart';
import { glslColor, HEART_COLORS } from './heart-palette';
import { heartView } from './heart-view-state';

const [CX, CY, CZ] = HEART.core.center;

const VERTEX = /* glsl */ `
varying vec3 vNormalW;
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

/**
 * The collapse: where the Heart has been deleted there is nothing, drawn as solid
 * black that hides the lattice behind it. Its edge is digital static: voxel cells that
 * flicker magenta and white on a fast clock, thickest where the sphere turns away.
 */
const FRAGMENT = /* glsl */ `
uniform float uTime;
varying vec3 vNormalW;
varying vec3 vWorld;
float hash31(vec3 p) { return fract(sin(dot(p, vec3(127.1, 311.7, 74.7))) * 43758.5453); }
void main() {
  vec3 n = normalize(vNormalW);
  vec3 v = normalize(cameraPosition - vWorld);
  float edge = 1.0 - abs(dot(n, v));
  float step12 = floor(uTime * 14.0);
  float big = hash31(floor(vWorld / 26.0) + step12);
  float small = hash31(floor(vWorld / 7.0) + step12 * 1.3);
  float rim = smoothstep(0.55, 1.0, edge);
  float staticLevel = rim * (step(0.55, big) * 0.8 + step(0.8, small) * 1.2);
  vec3 color = mix(${glslColor(HEART_COLORS.voidEdge)}, vec3(1.0), step(0.93, small)) * staticLevel;
  // A faint scanline crawl across the black, so it reads as a hole in the image.
  color += vec3(0.05, 0.0, 0.06) * step(0.5, fract(vWorld.y / 12.0 - uTime * 2.0)) * (1.0 - rim);
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

/** The deletion's collapse sphere, radius collapseRadiusM round the core: one draw call. */
export function DeletionVoid() {
  const mesh = useMemo(() => {
    const material = new ShaderMaterial({
      vertexShader: VERTEX,
      fragmentShader: FRAGMENT,
      uniforms: { uTime: { value: 0 } },
      side: DoubleSide,
      toneMapped: false,
    });
    const sphere = new Mesh(new SphereGeometry(1, 64, 40), material);
    sphere.position.set(CX, CY, CZ);
    sphere.frustumCulled = false;
    sphere.visible = false;
    return sphere;
  }, []);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      mesh.material.dispose();
    },
    [mesh],
  );
  useFrame(() => {
    const radius = runtime.session.sim.heart?.collapseRadiusM ?? 0;
    mesh.visible = radius > 0;
    if (radius <= 0) return;
    // The edge jitters a few metres, a front that is being computed, not a surface.
    const jitter = Math.sin(heartView.time * 53) * 3;
    mesh.scale.setScalar(radius + jitter);
    mesh.material.uniforms.uTime!.value = heartView.time;
  });
  return <primitive object={mesh} />;
}
