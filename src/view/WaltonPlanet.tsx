import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { AdditiveBlending, BackSide, Vector3, type Mesh } from 'three';
import { GLSL_NOISE3 } from './noise3';
import { SUN_DIRECTION } from './sun';

/**
 * James Walton's brand-new planet. It is meant to look procedurally generated
 * and a little too perfect: continents snapped to a hex grid, latitude-banded
 * biomes, perfectly circular ice caps, a faint render grid that glows on the
 * night side and a slow "still rendering" scan line.
 *
 * Lighting is baked into the shader from SUN_DIRECTION rather than taken from
 * scene lights: it keeps the terminator, ocean glint and atmosphere in step,
 * and the planet costs one cheap draw however the scene is lit.
 */

const surfaceVertex = /* glsl */ `
varying vec3 vObjDir;
varying vec3 vWorldNormal;
varying vec3 vWorldPos;
void main() {
  vObjDir = normalize(position);
  vWorldNormal = normalize(mat3(modelMatrix) * normal);
  vec4 wp = modelMatrix * vec4(position, 1.0);
  vWorldPos = wp.xyz;
  gl_Position = projectionMatrix * viewMatrix * wp;
}
`;

const surfaceFragment = /* glsl */ `
uniform vec3 uSunDir;
uniform float uTime;
varying vec3 vObjDir;
varying vec3 vWorldNormal;
varying vec3 vWorldPos;

${GLSL_NOISE3}

const float HEX_SCALE = 9.0;
const float LAND_LEVEL = 0.5;
const vec2 HEX_S = vec2(1.0, 1.7320508);
const float QUARTER_PI = 0.78539816;

// Nearest hex centre for p: xy = offset from the centre, zw = centre position.
vec4 hexCell(vec2 p) {
  vec4 hc = floor(vec4(p, p - vec2(0.5, 1.0)) / HEX_S.xyxy) + 0.5;
  vec4 h = vec4(p - hc.xy * HEX_S, p - (hc.zw + 0.5) * HEX_S);
  return dot(h.xy, h.xy) < dot(h.zw, h.zw)
    ? vec4(h.xy, hc.xy * HEX_S)
    : vec4(h.zw, (hc.zw + 0.5) * HEX_S);
}

float hexEdgeDist(vec2 h) {
  h = abs(h);
  return 0.5 - max(dot(h, vec2(0.5, 0.8660254)), h.x);
}

// Cube-sphere face projection; atan warp evens out cell sizes across a face.
vec3 faceFrame(vec3 n, out vec2 uv) {
  vec3 a = abs(n);
  vec3 axis;
  if (a.x >= a.y && a.x >= a.z) {
    uv = n.yz / a.x;
    axis = vec3(sign(n.x), 0.0, 0.0);
  } else if (a.y >= a.z) {
    uv = n.xz / a.y;
    axis = vec3(0.0, sign(n.y), 0.0);
  } else {
    uv = n.xy / a.z;
    axis = vec3(0.0, 0.0, sign(n.z));
  }
  uv = atan(uv) / QUARTER_PI;
  return axis;
}

vec3 unproject(vec3 axis, vec2 uv) {
  uv = tan(uv * QUARTER_PI);
  if (axis.x != 0.0) return normalize(vec3(axis.x, uv.x, uv.y));
  if (axis.y != 0.0) return normalize(vec3(uv.x, axis.y, uv.y));
  return normalize(vec3(uv.x, uv.y, axis.z));
}

float landField(vec3 d) {
  return fbm3(d * 2.1 + vec3(11.0, 3.0, 7.0));
}

void main() {
  vec3 d = normalize(vObjDir);
  vec2 uv;
  vec3 axis = faceFrame(d, uv);
  vec4 hex = hexCell(uv * HEX_SCALE);
  vec3 cellDir = unproject(axis, hex.zw / HEX_SCALE);
  float cellHash = hash13(cellDir * 97.0);

  float lat = cellDir.y;
  // Land is decided per cell (the blocky, generated look) but the ocean shading
  // uses the smooth field so shallows still hug the hex coastlines.
  float landCell = landField(cellDir);
  float landPix = landField(d);
  bool land = landCell > LAND_LEVEL;
  bool ice = abs(lat) > 0.86;

  vec3 deep = vec3(0.07, 0.36, 0.46);
  vec3 shallow = vec3(0.30, 0.74, 0.76);
  vec3 ocean = mix(deep, shallow, smoothstep(LAND_LEVEL - 0.045, LAND_LEVEL + 0.01, landPix));

  // Neat latitude bands of biomes: this world was made from a settings menu.
  float absLat = abs(lat);
  vec3 lush = vec3(0.30, 0.72, 0.50);
  vec3 meadow = vec3(0.62, 0.82, 0.52);
  vec3 sand = vec3(0.88, 0.82, 0.62);
  vec3 tundra = vec3(0.72, 0.78, 0.76);
  vec3 ground = absLat < 0.22 ? lush : absLat < 0.48 ? meadow : absLat < 0.66 ? sand : tundra;
  ground *= 0.9 + 0.2 * cellHash;
  // A rare accent cell in brand magenta: a placeholder asset nobody replaced.
  ground = mix(ground, vec3(0.95, 0.35, 0.80), step(0.985, cellHash) * step(0.0, landCell - LAND_LEVEL - 0.04));

  vec3 albedo = land ? ground : ocean;
  if (ice) albedo = vec3(0.93, 0.97, 1.0);

  // Hex outlines: crisp on land, ghostly on the sea. fwidth keeps them 1 px-ish.
  float edge = hexEdgeDist(hex.xy);
  float fw = fwidth(edge);
  float hexLine = 1.0 - smoothstep(0.0, fw * 1.5, edge);
  albedo *= 1.0 - hexLine * (land || ice ? 0.22 : 0.08);

  vec3 N = normalize(vWorldNormal);
  vec3 V = normalize(cameraPosition - vWorldPos);
  vec3 L = uSunDir;
  float ndl = dot(N, L);
  float diffuse = smoothstep(-0.08, 0.35, ndl) * (0.35 + 0.65 * max(ndl, 0.0));

  vec3 col = albedo * (diffuse * 1.05 + 0.025);

  // Oceans get a glossy glint; land stays matte.
  vec3 H = normalize(L + V);
  float spec = pow(max(dot(N, H), 0.0), land || ice ? 8.0 : 160.0);
  col += vec3(1.0, 0.96, 0.9) * spec * (land || ice ? 0.04 : 0.55) * step(0.0, ndl);

  // The render grid: latitude/longitude lines, barely there by day, neon by
  // night, as if the world were still a wireframe under its textures.
  float lonA = atan(d.z, d.x) * (12.0 / 3.14159265);
  float latA = asin(clamp(d.y, -1.0, 1.0)) * (12.0 / 3.14159265);
  vec2 g = abs(fract(vec2(lonA, latA)) - 0.5);
  vec2 gw = fwidth(vec2(lonA, latA));
  float grid = max(
    1.0 - smoothstep(0.0, gw.x * 1.2, 0.5 - g.x),
    1.0 - smoothstep(0.0, gw.y * 1.2, 0.5 - g.y)
  );
  float night = 1.0 - smoothstep(-0.25, 0.1, ndl);
  vec3 gridCol = vec3(0.25, 0.95, 1.0);
  col += gridCol * grid * (0.03 + 0.11 * night);

  // Settled cells show a single light at their centre on the night side:
  // a dot per hex, as regular as everything else here.
  float lights = step(0.8, cellHash) * (land && !ice ? 1.0 : 0.0);
  float dotR = length(hex.xy);
  float dotW = fwidth(dotR);
  float dotMask = 1.0 - smoothstep(0.06, 0.06 + dotW * 1.5, dotR);
  col += mix(vec3(1.0, 0.75, 0.45), vec3(0.4, 0.95, 1.0), step(0.93, cellHash))
    * lights * night * dotMask * 0.9;

  // Slow scan band sweeping pole to pole: the generator is still running.
  float scanLat = sin(uTime * 0.07) * 0.95;
  float scan = exp(-pow((d.y - scanLat) * 60.0, 2.0));
  col += gridCol * scan * (0.05 + 0.4 * grid + 0.2 * hexLine);

  // Inner half of the atmosphere: limb haze, stronger on the sunlit side.
  float fres = pow(1.0 - max(dot(N, V), 0.0), 3.0);
  float atmLit = smoothstep(-0.3, 0.4, ndl);
  col = mix(col, vec3(0.45, 0.9, 1.0) * (0.25 + 0.9 * atmLit), fres * (0.25 + 0.6 * atmLit));

  gl_FragColor = vec4(col, 1.0);
}
`;

const atmosphereVertex = /* glsl */ `
varying vec3 vWorldPos;
void main() {
  vec4 wp = modelMatrix * vec4(position, 1.0);
  vWorldPos = wp.xyz;
  gl_Position = projectionMatrix * viewMatrix * wp;
}
`;

// The outer halo is computed from the view ray's closest approach to the
// planet, not from shell normals, so its falloff is smooth and exact however
// coarse the shell mesh is.
const atmosphereFragment = /* glsl */ `
uniform vec3 uSunDir;
uniform vec3 uCentre;
uniform float uRadius;
uniform float uAtmRadius;
varying vec3 vWorldPos;
void main() {
  vec3 rd = normalize(vWorldPos - cameraPosition);
  float t = max(dot(uCentre - cameraPosition, rd), 0.0);
  vec3 q = cameraPosition + rd * t;
  float dist = length(q - uCentre);
  float h = clamp((dist - uRadius) / (uAtmRadius - uRadius), 0.0, 1.0);
  float glow = exp(-h * 5.0) * (1.0 - h);
  float lit = smoothstep(-0.45, 0.5, dot(normalize(q - uCentre), uSunDir));
  vec3 day = vec3(0.35, 0.85, 1.0);
  vec3 dusk = vec3(0.55, 0.25, 0.95);
  vec3 col = mix(dusk * 0.35, day, lit) * glow * (0.15 + 0.95 * lit);
  gl_FragColor = vec4(col, 1.0);
}
`;

const ATMOSPHERE_SCALE = 1.1;

export function WaltonPlanet(props: { position: [number, number, number]; radiusM: number }) {
  const { position, radiusM } = props;
  const [px, py, pz] = position;
  const spinRef = useRef<Mesh>(null);

  const surfaceUniforms = useMemo(
    () => ({ uSunDir: { value: SUN_DIRECTION.clone() }, uTime: { value: 0 } }),
    [],
  );
  const atmosphereUniforms = useMemo(
    () => ({
      uSunDir: { value: SUN_DIRECTION.clone() },
      uCentre: { value: new Vector3() },
      uRadius: { value: 1 },
      uAtmRadius: { value: 1 },
    }),
    [],
  );
  useEffect(() => {
    atmosphereUniforms.uCentre.value.set(px, py, pz);
    // The halo starts a little inside the surface so the two halves of the
    // atmosphere (surface fresnel + shell) meet without a dark seam.
    atmosphereUniforms.uRadius.value = radiusM * 0.995;
    atmosphereUniforms.uAtmRadius.value = radiusM * ATMOSPHERE_SCALE;
  }, [atmosphereUniforms, px, py, pz, radiusM]);

  useFrame((state) => {
    const t = state.clock.elapsedTime;
    if (spinRef.current) spinRef.current.rotation.y = t * 0.004;
    surfaceUniforms.uTime.value = t;
  });

  return (
    <group position={position}>
      <mesh ref={spinRef} scale={radiusM}>
        <sphereGeometry args={[1, 128, 80]} />
        <shaderMaterial
          vertexShader={surfaceVertex}
          fragmentShader={surfaceFragment}
          uniforms={surfaceUniforms}
        />
      </mesh>
      <mesh scale={radiusM * ATMOSPHERE_SCALE}>
        <sphereGeometry args={[1, 64, 40]} />
        <shaderMaterial
          vertexShader={atmosphereVertex}
          fragmentShader={atmosphereFragment}
          uniforms={atmosphereUniforms}
          side={BackSide}
          transparent
          blending={AdditiveBlending}
          depthWrite={false}
        />
      </mesh>
    </group>
  );
}
