import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { AdditiveBlending, BufferAttribute, BufferGeometry } from 'three';
import { deriveSeed, mulberry32 } from './seeded-random';

/**
 * Background stars "at infinity". Like the nebula, the points are re-centred on
 * the camera in the vertex shader, so they never parallax or lag the camera,
 * and pinned to the far plane so anything real in the sector hides them.
 */

const vertexShader = /* glsl */ `
uniform float uPixelRatio;
attribute float aSize;
attribute vec3 aColor;
varying vec3 vColor;
varying float vCore;
void main() {
  vColor = aColor;
  gl_Position = projectionMatrix * vec4(mat3(viewMatrix) * position, 1.0);
  gl_Position.z = gl_Position.w;
  // Sprites are padded with a halo; the core fraction keeps the visible dot
  // the intended size whatever the halo width.
  float px = aSize * uPixelRatio;
  gl_PointSize = px * 3.0;
  vCore = 1.0 / 3.0;
}
`;

const fragmentShader = /* glsl */ `
varying vec3 vColor;
varying float vCore;
void main() {
  float r = length(gl_PointCoord - 0.5) * 2.0;
  if (r > 1.0) discard;
  float core = smoothstep(vCore, vCore * 0.35, r);
  float halo = (1.0 - r) * (1.0 - r) * 0.35;
  gl_FragColor = vec4(vColor * (core + halo), 1.0);
}
`;

function buildStars(seed: number, count: number): BufferGeometry {
  const rand = mulberry32(deriveSeed(seed, 0x5354));
  const positions = new Float32Array(count * 3);
  const colors = new Float32Array(count * 3);
  const sizes = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const z = rand() * 2 - 1;
    const phi = rand() * Math.PI * 2;
    const r = Math.sqrt(1 - z * z);
    positions[i * 3] = r * Math.cos(phi) * 90;
    positions[i * 3 + 1] = r * Math.sin(phi) * 90;
    positions[i * 3 + 2] = z * 90;

    // Real star counts rise steeply towards the faint end: many pin-pricks, a
    // handful of bright ones that give the sky its shape.
    const m = rand();
    const brightness = 0.25 + 0.75 * Math.pow(m, 5);
    sizes[i] = 1.0 + 2.6 * Math.pow(rand(), 9) + brightness * 0.8;

    // Colour temperature: mostly white, some blue-white, some warm.
    const t = rand();
    let cr = 1;
    let cg = 1;
    let cb = 1;
    if (t < 0.22) {
      cr = 0.7;
      cg = 0.82;
      cb = 1.0;
    } else if (t < 0.36) {
      cr = 1.0;
      cg = 0.82;
      cb = 0.62;
    } else if (t < 0.4) {
      // A rare neon-tinted star nods to the MMO palette without looking fake.
      cr = 0.7;
      cg = 1.0;
      cb = 0.98;
    }
    const b = brightness * (0.6 + 0.4 * rand());
    colors[i * 3] = cr * b;
    colors[i * 3 + 1] = cg * b;
    colors[i * 3 + 2] = cb * b;
  }
  const geo = new BufferGeometry();
  geo.setAttribute('position', new BufferAttribute(positions, 3));
  geo.setAttribute('aColor', new BufferAttribute(colors, 3));
  geo.setAttribute('aSize', new BufferAttribute(sizes, 1));
  return geo;
}

const noRaycast = () => undefined;

export function Starfield(props: { seed: number; count?: number }) {
  const { seed, count = 4000 } = props;
  const geometry = useMemo(() => buildStars(seed, count), [seed, count]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const dpr = useThree((state) => state.viewport.dpr);
  // Stable object: three caches the uniforms map when it compiles the program.
  const uniforms = useMemo(() => ({ uPixelRatio: { value: 1 } }), []);
  useEffect(() => {
    uniforms.uPixelRatio.value = dpr;
  }, [uniforms, dpr]);
  return (
    // renderOrder puts the stars first among transparent objects, so glows and
    // holograms in the scene blend over them rather than the reverse.
    <points renderOrder={-999} frustumCulled={false} raycast={noRaycast} geometry={geometry}>
      <shaderMaterial
        vertexShader={vertexShader}
        fragmentShader={fragmentShader}
        uniforms={uniforms}
        transparent
        blending={AdditiveBlending}
        depthWrite={false}
        fog={false}
      />
    </points>
  );
}
