import { ShaderMaterial } from 'three';

/**
 * Turrets and pylons: hull parts lit by a cool key light from the core and a rim in
 * the structure's neon; glow parts (aGlow) burn in the neon and pulse; a hit flashes
 * the whole structure white. Per instance: aTint (neon), aFlash (hit 0..1), aPhase.
 */
const VERTEX = /* glsl */ `
attribute float aGlow;
attribute vec3 aTint;
attribute float aFlash;
attribute float aPhase;
varying vec3 vColor;
varying vec3 vNormalW;
varying vec3 vWorld;
varying float vGlow;
varying vec3 vTint;
varying float vFlash;
varying float vPhase;
void main() {
  vec4 world = modelMatrix * instanceMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * (mat3(instanceMatrix) * normal));
  vColor = color;
  vGlow = aGlow;
  vTint = aTint;
  vFlash = aFlash;
  vPhase = aPhase;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

const FRAGMENT = /* glsl */ `
uniform float uTime;
varying vec3 vColor;
varying vec3 vNormalW;
varying vec3 vWorld;
varying float vGlow;
varying vec3 vTint;
varying float vFlash;
varying float vPhase;
void main() {
  vec3 n = normalize(vNormalW);
  vec3 v = normalize(cameraPosition - vWorld);
  if (dot(n, v) < 0.0) n = -n;
  // The Heart's light comes down the tunnel from the core (-Z) and off the lattice.
  float key = max(dot(n, normalize(vec3(0.3, 0.5, -0.8))), 0.0);
  float fill = 0.5 + 0.5 * n.y;
  float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0);
  vec3 hull = vColor * (0.08 + key * 0.55 + fill * 0.12) + vTint * rim * 0.6;
  float pulse = 0.75 + 0.25 * sin(uTime * 4.0 + vPhase * 6.2831 + vWorld.y * 0.02 + vWorld.x * 0.02);
  vec3 glow = vTint * vColor * 2.6 * pulse;
  vec3 color = mix(hull, glow, vGlow) + vec3(vFlash * 1.4);
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

export function createStructureMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms: { uTime: { value: 0 } },
    vertexColors: true,
    toneMapped: false,
  });
}
