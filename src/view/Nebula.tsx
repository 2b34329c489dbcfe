import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import {
  BackSide,
  CubeCamera,
  UnsignedByteType,
  LinearFilter,
  Mesh,
  Scene,
  ShaderMaterial,
  SphereGeometry,
  Vector3,
  WebGLCubeRenderTarget,
} from 'three';
import { GLSL_NOISE3 } from './noise3';
import { deriveSeed, mulberry32, randRange, randUnitVector } from './seeded-random';
import { SUN_DIRECTION } from './sun';

/**
 * The sector's sky: dark space with a few neon nebula clouds, a faint galactic
 * band and the sun's glare. Everything is computed from the view direction, so
 * there are no textures to load and no seams.
 *
 * The backdrop sphere is re-centred on the camera in the vertex shader
 * (rotation-only view matrix) instead of in useFrame: that way it can never lag
 * a frame behind a camera rig that updates after us, and it is always exactly
 * "at infinity".
 */

// Bake pass: renders the procedural sky into a cube map once per seed.
const bakeVertexShader = /* glsl */ `
varying vec3 vDir;
void main() {
  vDir = position;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

// Display pass: one texture lookup per pixel.
const skyVertexShader = /* glsl */ `
varying vec3 vDir;
void main() {
  vDir = position;
  gl_Position = projectionMatrix * vec4(mat3(viewMatrix) * position, 1.0);
  // Pin to the far plane so the sky never clips whatever near/far the game uses.
  gl_Position.z = gl_Position.w;
}
`;

const skyFragmentShader = /* glsl */ `
uniform samplerCube uSky;
varying vec3 vDir;
float hash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}
void main() {
  vec3 enc = textureCube(uSky, vDir).rgb;
  vec3 col = enc * enc;
  // Dither so the dark gradients don't band on 8-bit output.
  col += (hash12(gl_FragCoord.xy) - 0.5) / 255.0;
  gl_FragColor = vec4(col, 1.0);
}
`;

const bakeFragmentShader = /* glsl */ `
uniform vec3 uOffset;
uniform vec3 uRegionA;
uniform vec3 uRegionB;
uniform vec3 uRegionC;
uniform vec3 uBandNormal;
uniform vec3 uSunDir;
varying vec3 vDir;

${GLSL_NOISE3}

float fbm5(vec3 p) {
  float s = 0.0;
  float a = 0.5;
  for (int i = 0; i < 5; i++) {
    s += a * vnoise(p);
    p = NOISE_ROT * p * 2.03;
    a *= 0.5;
  }
  return s / 0.96875;
}

// Soft cap around a direction: 1 at the centre, 0 past 'width' (in 1 - cos units).
float region(vec3 d, vec3 centre, float width) {
  return smoothstep(width, 0.0, 1.0 - dot(d, centre));
}

void main() {
  vec3 d = normalize(vDir);
  vec3 p = d * 2.2 + uOffset;

  // Domain-warped fbm gives the filaments of real nebulae; this only runs
  // once per seed, so it can afford a few more octaves than a live shader.
  vec3 warp = vec3(fbm4(p * 0.9), fbm4(p * 0.9 + 5.2), fbm4(p * 0.9 + 9.7));
  float n = fbm5(p * 1.5 + warp * 2.2);
  float wisps = smoothstep(0.38, 0.8, n);
  float core = smoothstep(0.56, 0.9, n);
  float fine = fbm4(p * 6.0 + warp * 3.0);

  // Region masks are themselves warped so the clouds don't end in neat circles.
  vec3 dw = normalize(d + (warp - 0.5) * 0.6);
  float wA = region(dw, uRegionA, 1.1);
  float wB = region(dw, uRegionB, 0.9);
  float wC = region(dw, uRegionC, 0.6);

  vec3 col = vec3(0.006, 0.006, 0.02);
  col += vec3(0.018, 0.006, 0.035) * (0.5 + 0.5 * dot(d, uRegionA));
  col += vec3(0.0, 0.012, 0.02) * (0.5 + 0.5 * dot(d, uRegionB));

  vec3 violet = vec3(0.30, 0.06, 0.55);
  vec3 magenta = vec3(0.85, 0.14, 0.70);
  vec3 teal = vec3(0.02, 0.32, 0.42);
  vec3 cyan = vec3(0.20, 0.85, 0.95);
  vec3 pink = vec3(1.00, 0.25, 0.55);

  float detail = 0.7 + 0.6 * fine;
  col += wA * (violet * wisps * 0.75 + magenta * core * 0.7) * detail;
  col += wB * (teal * wisps * 0.85 + cyan * core * 0.6) * detail;
  col += wC * pink * (wisps * 0.4 + core * 0.75) * detail;

  // Where two clouds overlap the colours meet in a hot fringe, which sells depth.
  col += pink * min(wA, wB) * core * 0.4;

  // Dark dust lanes eat into the glow rather than adding a colour of their own.
  float dust = smoothstep(0.48, 0.66, fbm4(p * 2.6 + warp * 1.5 + 7.3));
  col *= 1.0 - 0.7 * dust * clamp(wA + wB + wC, 0.0, 1.0);

  // Galactic band: a great circle of unresolved stars, mottled and faint.
  float b = dot(d, uBandNormal);
  float band = exp(-b * b * 22.0);
  float bandN = smoothstep(0.3, 0.8, fine) * 0.7 + warp.x * 0.5;
  col += vec3(0.20, 0.19, 0.30) * band * bandN * 0.22;
  col += vec3(0.40, 0.34, 0.46) * exp(-b * b * 260.0) * bandN * 0.12;
  col *= 1.0 - 0.5 * band * dust;

  // Sun glare: tight hot core plus a broad warm halo, matching the scene light.
  float s = max(dot(d, uSunDir), 0.0);
  col += vec3(1.0, 0.97, 0.9) * smoothstep(0.99955, 0.9998, s) * 2.0;
  col += vec3(1.0, 0.8, 0.6) * pow(s, 1200.0) * 0.9;
  col += vec3(1.0, 0.6, 0.5) * pow(s, 60.0) * 0.18;
  col += vec3(0.6, 0.4, 0.6) * pow(s, 6.0) * 0.03;

  // Stored as sqrt in an 8-bit cube map: spends the precision on the dark end
  // where banding would show. Dithered so the quantisation steps break up.
  vec3 enc = sqrt(max(col, 0.0));
  enc += (hash13(vDir * 517.0 + uOffset) - 0.5) / 255.0;
  gl_FragColor = vec4(enc, 1.0);
}
`;

interface NebulaUniforms {
  [name: string]: { value: Vector3 };
  uOffset: { value: Vector3 };
  uRegionA: { value: Vector3 };
  uRegionB: { value: Vector3 };
  uRegionC: { value: Vector3 };
  uBandNormal: { value: Vector3 };
  uSunDir: { value: Vector3 };
}

function makeUniforms(seed: number): NebulaUniforms {
  const rand = mulberry32(deriveSeed(seed, 0x4e42));
  const v: [number, number, number] = [0, 0, 0];
  const dir = () => new Vector3(...randUnitVector(rand, v));
  const regionA = dir();
  // Keep the teal cloud well apart from the violet one so both read as regions,
  // but let them share a fringe somewhere on the sky.
  let regionB = dir();
  for (let i = 0; i < 8 && regionA.dot(regionB) > -0.1; i++) regionB = dir();
  const regionC = regionA.clone().lerp(regionB, randRange(rand, 0.35, 0.65));
  regionC.add(dir().multiplyScalar(0.5)).normalize();
  return {
    uOffset: { value: new Vector3(rand() * 97, rand() * 97, rand() * 97) },
    uRegionA: { value: regionA },
    uRegionB: { value: regionB },
    uRegionC: { value: regionC },
    uBandNormal: { value: dir() },
    uSunDir: { value: SUN_DIRECTION.clone() },
  };
}

const noRaycast = () => undefined;

/**
 * Cube-map face size for the baked sky. 512 resolves the clouds and sun glare
 * finely enough at typical FOVs (the nebula is soft by nature) while keeping
 * the one-off bake quick even on software WebGL.
 */
const BAKE_SIZE = 512;

export function Nebula(props: { seed: number }) {
  const { seed } = props;
  const gl = useThree((s) => s.gl);

  // The full procedural sky costs dozens of noise lookups per pixel, far too
  // much to run every frame on software WebGL, and it never changes during
  // play; so it is rendered once into a cube map and the backdrop is a lookup.
  // 8-bit rather than half float: SwiftShader samples half-float cube maps at
  // about half the speed, and the sqrt encoding below hides the lost precision.
  const target = useMemo(
    () =>
      new WebGLCubeRenderTarget(BAKE_SIZE, {
        type: UnsignedByteType,
        generateMipmaps: false,
        minFilter: LinearFilter,
        magFilter: LinearFilter,
      }),
    [],
  );
  useEffect(() => () => target.dispose(), [target]);

  useLayoutEffect(() => {
    const scene = new Scene();
    const geometry = new SphereGeometry(10, 32, 16);
    const material = new ShaderMaterial({
      vertexShader: bakeVertexShader,
      fragmentShader: bakeFragmentShader,
      uniforms: makeUniforms(seed),
      side: BackSide,
      depthWrite: false,
      depthTest: false,
    });
    scene.add(new Mesh(geometry, material));
    const cubeCamera = new CubeCamera(0.1, 100, target);
    cubeCamera.update(gl, scene);
    geometry.dispose();
    material.dispose();
  }, [gl, target, seed]);

  const uniforms = useMemo(() => ({ uSky: { value: target.texture } }), [target]);

  return (
    <mesh renderOrder={-1000} frustumCulled={false} raycast={noRaycast}>
      {/* Low tessellation is fine: all detail is per-pixel from the direction. */}
      <sphereGeometry args={[100, 32, 16]} />
      <shaderMaterial
        vertexShader={skyVertexShader}
        fragmentShader={skyFragmentShader}
        uniforms={uniforms}
        side={BackSide}
        depthWrite={false}
        depthTest={false}
      />
    </mesh>
  );
}
