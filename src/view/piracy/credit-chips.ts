import {
  CylinderGeometry,
  DynamicDrawUsage,
  Euler,
  Group,
  InstancedMesh,
  Matrix4,
  Quaternion,
  ShaderMaterial,
  Vector3,
} from 'three';
import { runtime } from '../../game/runtime';
import { FIXED_DT } from '../../sim';
import { GlowShape, type GlowBatch } from '../combat/glow-batch';
import { SUN_DIRECTION } from '../sun';
import { PIRACY_COLORS } from './piracy-view';

/**
 * A credit chip: a hexagonal gold token, its faces stamped with a glowing ¤, its rim
 * milled and lit from within. Shaded in the shader (fake sun light, fresnel rim),
 * so the chips glow like loot rather than sit in the scene's lighting.
 */
const VERTEX = /* glsl */ `
varying vec3 vLocal;
varying vec3 vLocalNormal;
varying vec3 vNormal;
varying vec3 vWorldPos;
varying float vSeed;
void main() {
#ifdef USE_INSTANCING
  mat4 m = modelMatrix * instanceMatrix;
  vSeed = instanceMatrix[3].x * 0.013 + instanceMatrix[3].z * 0.021;
#else
  mat4 m = modelMatrix;
  vSeed = 0.0;
#endif
  vec4 world = m * vec4(position, 1.0);
  vLocal = position;
  vLocalNormal = normal;
  vNormal = normalize(mat3(m) * normal);
  vWorldPos = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

const FRAGMENT = /* glsl */ `
uniform vec3 uSunDir;
uniform float uTime;
varying vec3 vLocal;
varying vec3 vLocalNormal;
varying vec3 vNormal;
varying vec3 vWorldPos;
varying float vSeed;

// 1 on a line of half-width w around d = 0, antialiased.
float line(float d, float w) {
  float aa = fwidth(d) * 1.2;
  return 1.0 - smoothstep(w - aa, w + aa, abs(d));
}

void main() {
  vec3 N = normalize(vNormal);
  vec3 V = normalize(cameraPosition - vWorldPos);
  if (dot(N, V) < 0.0) N = -N;
  float diffuse = 0.35 + 0.65 * max(dot(N, uSunDir), 0.0);
  vec3 H = normalize(uSunDir + V);
  float spec = pow(max(dot(N, H), 0.0), 28.0);
  float fres = pow(1.0 - abs(dot(N, V)), 2.5);
  float pulse = 0.8 + 0.2 * sin(uTime * 4.0 + vSeed * 40.0);

  vec3 goldDark = vec3(0.42, 0.22, 0.03);
  vec3 gold = vec3(1.0, 0.66, 0.16);
  vec3 glow = vec3(1.6, 1.1, 0.45);
  vec3 col;
  if (abs(vLocalNormal.z) > 0.5) {
    // A face: hex distance (1 at the edges), an engraved border, the ¤ glyph.
    vec2 q = vLocal.xy;
    float hexD = max(abs(q.x), abs(q.x) * 0.5 + abs(q.y) * 0.8660254) / 0.8660254;
    float r = length(q);
    float border = line(hexD - 0.8, 0.035);
    float ring = line(r - 0.33, 0.065);
    // Four stubs on the diagonals, from the ring outward.
    vec2 a = abs(q);
    float diag = abs(a.x - a.y) * 0.7071;
    float stubs = line(diag, 0.06) * step(0.42, r) * (1.0 - step(0.62, r));
    float glyph = max(ring, stubs);
    col = mix(goldDark, gold, 0.5 + 0.5 * hexD) * diffuse;
    col += vec3(1.0, 0.9, 0.6) * spec * 0.8;
    col = mix(col, glow * 0.7, border);
    col = mix(col, glow * pulse, glyph);
  } else {
    // The milled rim: fine ridges, lit from within.
    float angle = atan(vLocal.y, vLocal.x);
    float ridges = 0.6 + 0.4 * sin(angle * 36.0);
    col = gold * (0.55 + 0.45 * ridges) * (0.6 + 0.6 * pulse) + vec3(1.0, 0.9, 0.6) * spec;
  }
  col += glow * fres * 0.6;
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
`;

/** Chip radius (m) for a pickup worth `credits`: mildly bigger for richer drops. */
export function chipRadius(credits: number): number {
  return 5.5 * (0.8 + 0.3 * Math.sqrt(Math.max(0, credits) / 60));
}

/** A pickup blinks for its last seconds before it expires. */
const BLINK_TICKS = 5 * 60;
const INITIAL_CAPACITY = 16;

const position = new Vector3();
const scale = new Vector3();
const euler = new Euler(0, 0, 0, 'YXZ');
const quaternion = new Quaternion();
const matrix = new Matrix4();

/**
 * Every credit pickup in the sector: one InstancedMesh of chips (one draw call),
 * spinning and bobbing, each with a halo and an occasional glint in the piracy glow
 * batch. Rebuilt bigger if the sector ever holds more pickups than it has room for.
 */
export class CreditChips {
  /** Holds the chip mesh; mount this one (the mesh inside is swapped when it grows). */
  readonly group = new Group();
  private mesh: InstancedMesh;
  private capacity = INITIAL_CAPACITY;
  private readonly geometry: CylinderGeometry;
  private readonly material: ShaderMaterial;

  constructor() {
    // Six sides: a hexagon. Turned so the faces look along ±Z.
    this.geometry = new CylinderGeometry(1, 1, 0.2, 6, 1);
    this.geometry.rotateX(Math.PI / 2);
    this.material = new ShaderMaterial({
      vertexShader: VERTEX,
      fragmentShader: FRAGMENT,
      uniforms: { uSunDir: { value: SUN_DIRECTION.clone() }, uTime: { value: 0 } },
      toneMapped: false,
    });
    this.mesh = this.build();
    this.group.add(this.mesh);
  }

  private build(): InstancedMesh {
    const mesh = new InstancedMesh(this.geometry, this.material, this.capacity);
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.frustumCulled = false;
    mesh.count = 0;
    mesh.visible = false;
    return mesh;
  }

  /** Places the chips and pushes their halos into the batch. */
  update(time: number, batch: GlowBatch): void {
    const session = runtime.session;
    const sim = session.sim;
    const pickups = sim.pickups;
    if (pickups.length > this.capacity) {
      while (this.capacity < pickups.length) this.capacity *= 2;
      this.group.remove(this.mesh);
      this.mesh.dispose();
      this.mesh = this.build();
      this.group.add(this.mesh);
    }
    this.material.uniforms.uTime!.value = time;
    // Pickups drift at a constant velocity: step back from the latest tick by 1 - alpha.
    const back = (1 - session.alpha) * FIXED_DT;
    const gold = PIRACY_COLORS.gold;
    const hot = PIRACY_COLORS.goldHot;
    let n = 0;
    for (const pickup of pickups) {
      const left = pickup.expiresTick - sim.tick;
      if (left < BLINK_TICKS && (time * (left < 120 ? 8 : 4)) % 1 < 0.35) continue;
      const r = chipRadius(pickup.credits);
      const seed = pickup.id * 1.618;
      const bob = Math.sin(time * 1.7 + seed) * r * 0.3;
      position.set(
        pickup.position[0] - pickup.velocity[0] * back,
        pickup.position[1] - pickup.velocity[1] * back + bob,
        pickup.position[2] - pickup.velocity[2] * back,
      );
      euler.set(0.3 * Math.sin(time * 0.9 + seed), time * 2.2 + seed, 0);
      quaternion.setFromEuler(euler);
      scale.setScalar(r);
      matrix.compose(position, quaternion, scale);
      this.mesh.setMatrixAt(n++, matrix);

      const pulse = 0.8 + 0.2 * Math.sin(time * 4 + seed * 40);
      let k = 0.32 * pulse;
      batch.push(
        position.x,
        position.y,
        position.z,
        0,
        0,
        0,
        r * 3.2,
        GlowShape.Soft,
        0.15,
        0,
        gold.r * k,
        gold.g * k,
        gold.b * k,
      );
      // Now and then a glint runs across the chip.
      const glint = Math.max(0, Math.sin(time * 1.3 + seed * 3)) ** 12;
      if (glint > 0.02) {
        k = glint * 0.9;
        batch.push(
          position.x,
          position.y,
          position.z,
          0,
          0,
          0,
          r * 3.5,
          GlowShape.Star,
          1,
          time * 0.8 + seed,
          hot.r * k,
          hot.g * k,
          hot.b * k,
        );
      }
    }
    const mesh = this.mesh;
    mesh.count = n;
    mesh.visible = n > 0;
    if (n > 0) {
      mesh.instanceMatrix.clearUpdateRanges();
      mesh.instanceMatrix.addUpdateRange(0, n * 16);
      mesh.instanceMatrix.needsUpdate = true;
    }
  }

  dispose(): void {
    this.group.remove(this.mesh);
    this.mesh.dispose();
    this.geometry.dispose();
    this.material.dispose();
  }
}
