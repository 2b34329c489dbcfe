import {
  AdditiveBlending,
  DoubleSide,
  BufferAttribute,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  Mesh,
  NormalBlending,
  ShaderMaterial,
} from 'three';

/** What a glow instance looks like; see the fragment shader. */
export const GlowShape = {
  /** Soft round glow, or a capsule when it has an axis (param > 0: lumpy, seeded by it). */
  Soft: 0,
  /** Thin ring (param = thickness as a fraction of the radius); flat in the plane normal to its axis if it has one. */
  Ring: 1,
  /** Round core with four spikes (param = spin angle in radians). */
  Star: 2,
  /** Capsule that is brightest at its head (+axis end) and fades to its tail (param = tail brightness). */
  Comet: 3,
} as const;
export type GlowShapeValue = (typeof GlowShape)[keyof typeof GlowShape];

/**
 * Glow sprites are built in view space on the GPU: a round one faces the camera; one
 * with an axis is a capsule that spins around that axis to face the camera (bolts,
 * sparks, exhaust plumes). A ring with an axis lies flat in the plane normal to it (a
 * shockwave seen in perspective). Sprites thinner than ~1.5 pixels are widened and
 * dimmed to match, so distant bolts neither vanish nor shimmer.
 */
const VERTEX = /* glsl */ `
attribute vec3 aCentre;
attribute vec3 aAxis;
attribute vec4 aParams;
attribute vec3 aColor;
uniform float uMinHalfPerDepth;
varying vec2 vLocal;
varying vec2 vSize;
varying vec3 vColor;
varying vec3 vShape;

void main() {
  vec4 centre = modelViewMatrix * vec4(aCentre, 1.0);
  vec3 axis = (modelViewMatrix * vec4(aAxis, 0.0)).xyz;
  float halfW = aParams.x;
  float minHalf = uMinHalfPerDepth * max(-centre.z, 0.0);
  float gain = 1.0;
  if (halfW < minHalf) {
    // Dim less than the area ratio: far bolts should still read.
    gain = pow(halfW / minHalf, 0.6);
    halfW = minHalf;
  }
  vColor = aColor * gain;
  vShape = aParams.yzw;
  float axisLength = length(axis);
  if (aParams.y > 0.5 && aParams.y < 1.5 && axisLength > 1e-6) {
    // Flat ring in the plane normal to the axis.
    vec3 n = axis / axisLength;
    vec3 helper = abs(n.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
    vec3 t = normalize(cross(n, helper));
    vec3 b = cross(n, t);
    vec3 p = centre.xyz + (t * position.x + b * position.y) * halfW;
    vLocal = position.xy * halfW;
    vSize = vec2(halfW, 0.0);
    gl_Position = projectionMatrix * vec4(p, 1.0);
    return;
  }
  vec3 toEye = normalize(-centre.xyz);
  // Foreshorten: only the part of the axis across the view stretches the sprite.
  axis -= toEye * dot(axis, toEye);
  float halfLen = length(axis);
  vec3 along = vec3(0.0, 1.0, 0.0);
  vec3 side = vec3(1.0, 0.0, 0.0);
  if (halfLen > 1e-4) {
    along = axis / halfLen;
    side = normalize(cross(along, toEye));
  }
  float reach = halfLen + halfW;
  vec3 p = centre.xyz + side * (position.x * halfW) + along * (position.y * reach);
  vLocal = vec2(position.x * halfW, position.y * reach);
  vSize = vec2(halfW, halfLen);
  gl_Position = projectionMatrix * vec4(p, 1.0);
}
`;

const FRAGMENT = /* glsl */ `
varying vec2 vLocal;
varying vec2 vSize;
varying vec3 vColor;
varying vec3 vShape;

void main() {
  float halfW = vSize.x;
  float halfLen = vSize.y;
  float dy = max(abs(vLocal.y) - halfLen, 0.0);
  float d = length(vec2(vLocal.x, dy)) / halfW;
  if (d >= 1.0) discard;
  float f = 1.0 - d;
#ifdef SMOKE
  // Smoke: a soft, lumpy disc; core carries the opacity.
  float lumps = 0.75 + 0.25 * sin(vLocal.x / halfW * 7.0 + vShape.z) * sin(vLocal.y / halfW * 6.0 - vShape.z);
  gl_FragColor = vec4(vColor, f * f * lumps * vShape.y);
#else
  float shape = vShape.x;
  float coreStrength = vShape.y;
  float param = vShape.z;
  float glow;
  float core;
  if (shape < 0.5) {
    glow = f * f;
    core = f * f * f * f * f * f;
    if (param > 0.0) {
      // Billowing fire: lumps seeded by param.
      vec2 q = vLocal / halfW;
      float lumps = 0.6 + 0.4 * sin(q.x * 5.0 + param) * sin(q.y * 4.3 - param * 1.7);
      glow *= lumps;
      core *= lumps;
    }
  } else if (shape < 1.5) {
    float w = max(param, 0.01);
    float x = (d - (1.0 - 2.2 * w)) / w;
    float ring = exp(-x * x);
    glow = ring + f * f * 0.06;
    core = ring * ring * ring * 0.5;
  } else if (shape < 2.5) {
    float c = cos(param);
    float s = sin(param);
    vec2 q = mat2(c, s, -s, c) * (vLocal / halfW);
    float spikes = max(0.0, 1.0 - abs(q.x) * 14.0) * (1.0 - abs(q.y))
                 + max(0.0, 1.0 - abs(q.y) * 14.0) * (1.0 - abs(q.x));
    glow = f * f * f + spikes * 0.8;
    core = pow(f, 10.0) * 1.6;
  } else {
    float t = clamp(vLocal.y / (halfLen + halfW) * 0.5 + 0.5, 0.0, 1.0);
    float g = mix(param, 1.0, t * t);
    glow = f * f * g;
    core = f * f * f * f * g;
  }
  float level = max(max(vColor.r, vColor.g), vColor.b);
  gl_FragColor = vec4(vColor * glow + vec3(core * coreStrength * level), 1.0);
#endif
  #include <colorspace_fragment>
}
`;

/** Per-pixel angle used for the minimum size: about 1.3 px half-width at 540 px and 68° fov. */
const MIN_HALF_PER_DEPTH = 0.0033;

/** additive: glowing light (bolts, fire, sparks). smoke: dark, alpha-blended billows. */
export type GlowBlend = 'additive' | 'smoke';

function makeMaterial(blend: GlowBlend): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    defines: blend === 'smoke' ? { SMOKE: '' } : {},
    uniforms: { uMinHalfPerDepth: { value: MIN_HALF_PER_DEPTH } },
    blending: blend === 'smoke' ? NormalBlending : AdditiveBlending,
    transparent: true,
    depthWrite: false,
    depthTest: true,
    // Flat ring glows lie in a plane: seen from behind they must still draw.
    side: DoubleSide,
    toneMapped: false,
  });
}

const QUAD_POSITIONS = new Float32Array([-1, -1, 0, 1, -1, 0, 1, 1, 0, -1, 1, 0]);
const QUAD_INDEX = [0, 1, 2, 0, 2, 3];

function flush(attribute: InstancedBufferAttribute, length: number): void {
  attribute.clearUpdateRanges();
  attribute.addUpdateRange(0, length);
  attribute.needsUpdate = true;
}

/**
 * A growable batch of glow sprites drawn in ONE draw call, however many there are.
 * Fill it every frame: begin(), push() per sprite, end().
 */
export class GlowBatch {
  readonly mesh: Mesh<InstancedBufferGeometry, ShaderMaterial>;
  private capacity: number;
  private count = 0;
  private centre!: InstancedBufferAttribute;
  private axis!: InstancedBufferAttribute;
  private params!: InstancedBufferAttribute;
  private color!: InstancedBufferAttribute;

  constructor(initialCapacity: number, renderOrder = 0, blend: GlowBlend = 'additive') {
    this.capacity = Math.max(16, initialCapacity);
    this.mesh = new Mesh(this.buildGeometry(this.capacity), makeMaterial(blend));
    this.mesh.frustumCulled = false;
    this.mesh.renderOrder = renderOrder;
    this.mesh.visible = false;
  }

  private buildGeometry(capacity: number): InstancedBufferGeometry {
    const geometry = new InstancedBufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(QUAD_POSITIONS, 3));
    geometry.setIndex(QUAD_INDEX);
    const attr = (size: number, old: InstancedBufferAttribute | undefined) => {
      const array = new Float32Array(capacity * size);
      if (old) array.set((old.array as Float32Array).subarray(0, this.count * size));
      const a = new InstancedBufferAttribute(array, size);
      a.setUsage(DynamicDrawUsage);
      return a;
    };
    this.centre = attr(3, this.centre);
    this.axis = attr(3, this.axis);
    this.params = attr(4, this.params);
    this.color = attr(3, this.color);
    geometry.setAttribute('aCentre', this.centre);
    geometry.setAttribute('aAxis', this.axis);
    geometry.setAttribute('aParams', this.params);
    geometry.setAttribute('aColor', this.color);
    geometry.instanceCount = 0;
    return geometry;
  }

  private grow(): void {
    this.capacity *= 2;
    const old = this.mesh.geometry;
    this.mesh.geometry = this.buildGeometry(this.capacity);
    old.dispose();
  }

  begin(): void {
    this.count = 0;
  }

  /**
   * One sprite: centre, half-axis (world, zero for a round sprite), half-width in metres,
   * shape, white-core strength, shape parameter, and linear colour (its brightness is the fade).
   */
  push(
    cx: number,
    cy: number,
    cz: number,
    ax: number,
    ay: number,
    az: number,
    halfWidth: number,
    shape: GlowShapeValue,
    core: number,
    param: number,
    r: number,
    g: number,
    b: number,
  ): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    const c = this.centre.array as Float32Array;
    const a = this.axis.array as Float32Array;
    const p = this.params.array as Float32Array;
    const k = this.color.array as Float32Array;
    c[i * 3] = cx;
    c[i * 3 + 1] = cy;
    c[i * 3 + 2] = cz;
    a[i * 3] = ax;
    a[i * 3 + 1] = ay;
    a[i * 3 + 2] = az;
    p[i * 4] = halfWidth;
    p[i * 4 + 1] = shape;
    p[i * 4 + 2] = core;
    p[i * 4 + 3] = param;
    k[i * 3] = r;
    k[i * 3 + 1] = g;
    k[i * 3 + 2] = b;
  }

  end(): void {
    const n = this.count;
    const geometry = this.mesh.geometry;
    geometry.instanceCount = n;
    this.mesh.visible = n > 0;
    if (n === 0) return;
    flush(this.centre, n * 3);
    flush(this.axis, n * 3);
    flush(this.params, n * 4);
    flush(this.color, n * 3);
  }

  get size(): number {
    return this.count;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }
}
