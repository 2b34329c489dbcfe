import {
  AdditiveBlending,
  CapsuleGeometry,
  CylinderGeometry,
  DoubleSide,
  DynamicDrawUsage,
  Group,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  Mesh,
  Quaternion,
  ShaderMaterial,
  SphereGeometry,
  Vector3,
} from 'three';
import { runtime } from '../../game/runtime';
import { fx } from '../combat/fx-particles';
import { GlowShape, type GlowBatch } from '../combat/glow-batch';
import { shipPose } from '../ship-pose';
import { PIRACY_COLORS, callisterVentral, smoothstep } from './piracy-view';

/**
 * Walton's scene, timed in ticks from the scene's start (so pausing freezes it and a
 * replay looks the same). The lines arrive as Comms events at these offsets too; see
 * src/sim/systems/objective.ts.
 */
export const WALTON_TIMING = {
  /** The tractor beam reaches down to the surface. */
  beamReachTicks: 18,
  /** The avatar leaves the surface… */
  liftStartTicks: 16,
  /** …and is aboard ("Got him."). */
  aboardTicks: 150,
  /** The beam winds down after that. */
  beamOffTicks: 205,
  /** Walton's planet charges up for the broadcast. */
  chargeStartTicks: 820,
  /** "YOU'RE INVITED!": the invitation goes out across the sector. */
  broadcastTicks: 980,
} as const;

/** The wave front's reach: past the edge of the sector seen from the planet. */
const BROADCAST_RADIUS_M = 13000;
/** Each shell of the broadcast takes this long to cross the sector. */
const SHELL_TICKS = 280;
const SHELLS = 3;
const SHELL_GAP_TICKS = 34;
/** Radius of the tractor beam where it meets the surface, metres. */
const BEAM_FOOT_M = 55;

// ---------------------------------------------------------------------------
// The tractor beam: an open cone from the ship's belly down to the surface, with
// rings of light climbing it, a slow spiral and a brighter core where it is thickest.

const BEAM_VERTEX = /* glsl */ `
varying vec3 vLocal;
varying vec3 vNormal;
varying vec3 vWorldPos;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vLocal = position;
  vNormal = normalize(mat3(modelMatrix) * normal);
  vWorldPos = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

const BEAM_FRAGMENT = /* glsl */ `
uniform float uTime;
uniform float uLength;
uniform float uIntensity;
uniform vec3 uColor;
uniform vec3 uHot;
uniform vec3 uAxis;
varying vec3 vLocal;
varying vec3 vNormal;
varying vec3 vWorldPos;
void main() {
  float y = vLocal.y;
  float angle = atan(vLocal.z, vLocal.x);
  vec3 N = normalize(vNormal);
  vec3 V = normalize(cameraPosition - vWorldPos);
  float facing = abs(dot(N, V));
  float body = pow(facing, 1.6);
  float rim = pow(1.0 - facing, 3.0);
  float metres = y * uLength;
  // Rings of light climbing toward the ship.
  float bands = pow(0.5 + 0.5 * sin(metres * 0.06 + uTime * 5.0), 12.0);
  float spiral = pow(0.5 + 0.5 * sin(angle * 3.0 - metres * 0.03 + uTime * 3.0), 14.0);
  float ends = smoothstep(0.0, 0.05, y) * (1.0 - smoothstep(0.97, 1.0, y) * 0.6);
  float pulse = 0.85 + 0.15 * sin(uTime * 5.0);
  // Seen along its length the layers pile up: dim it as it foreshortens.
  float side = length(cross(uAxis, V));
  float glow = (body * 0.1 + rim * 0.16 + bands * (0.1 + 0.3 * body) + spiral * 0.14) * ends * pulse;
  glow *= 0.25 + 0.75 * side * side;
  vec3 col = mix(uColor, uHot, bands * body) * glow * uIntensity;
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
`;

// ---------------------------------------------------------------------------
// Walton's avatar: a small capsule of light, scan lines rolling over it.

const AVATAR_FRAGMENT = /* glsl */ `
uniform float uTime;
uniform float uIntensity;
varying vec3 vLocal;
varying vec3 vNormal;
varying vec3 vWorldPos;
void main() {
  vec3 N = normalize(vNormal);
  vec3 V = normalize(cameraPosition - vWorldPos);
  float facing = abs(dot(N, V));
  float rim = pow(1.0 - facing, 2.0);
  float scan = 0.75 + 0.25 * sin(vLocal.y * 14.0 - uTime * 12.0);
  vec3 core = vec3(0.85, 0.95, 1.0);
  vec3 edge = vec3(0.35, 0.75, 1.0);
  vec3 col = mix(core * 1.6, edge * 2.0, rim) * scan * uIntensity;
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
`;

// ---------------------------------------------------------------------------
// The broadcast: shells of holographic light rushing out from the planet, a neon
// render grid on each, brightest where it is seen edge-on.

const SHELL_VERTEX = /* glsl */ `
varying vec3 vDir;
varying vec3 vWorldPos;
varying vec3 vColor;
void main() {
  vec4 world = modelMatrix * instanceMatrix * vec4(position, 1.0);
  vDir = position;
  vWorldPos = world.xyz;
  vColor = instanceColor;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

const SHELL_FRAGMENT = /* glsl */ `
uniform float uTime;
varying vec3 vDir;
varying vec3 vWorldPos;
varying vec3 vColor;
float gridLine(float coord, float width) {
  float g = abs(fract(coord) - 0.5);
  return 1.0 - smoothstep(0.0, width * 1.5, 0.5 - g);
}
void main() {
  vec3 n = normalize(vDir);
  vec3 V = normalize(cameraPosition - vWorldPos);
  float facing = abs(dot(n, V));
  float rim = pow(1.0 - facing, 2.5);
  // Longitude from two seams half a turn apart: take the one without a jump here.
  float lonA = atan(n.z, n.x) * (12.0 / 3.14159265);
  float lonB = atan(-n.z, -n.x) * (12.0 / 3.14159265);
  float lonW = min(fwidth(lonA), fwidth(lonB));
  float lat = asin(clamp(n.y, -1.0, 1.0)) * (12.0 / 3.14159265);
  float lines = max(gridLine(lonA, lonW), gridLine(lat, fwidth(lat)));
  float shimmer = 0.8 + 0.2 * sin(uTime * 9.0 + n.y * 40.0);
  // Bright where the front is near the viewer (sweeping past), a faint dome beyond.
  float near = exp(-length(cameraPosition - vWorldPos) / 1600.0);
  float glow = (rim * 0.9 + lines * (0.3 + 0.5 * rim) * shimmer) * (0.06 + 0.94 * near);
  gl_FragColor = vec4(vColor * glow, 1.0);
  #include <colorspace_fragment>
}
`;

function additive(material: ShaderMaterial): ShaderMaterial {
  material.blending = AdditiveBlending;
  material.transparent = true;
  material.depthWrite = false;
  material.side = DoubleSide;
  // One pass for both sides: a double-sided transparent material is two draws otherwise.
  material.forceSinglePass = true;
  material.toneMapped = false;
  return material;
}

const UP = new Vector3(0, 1, 0);
const planet = new Vector3();
const emitter = new Vector3();
const down = new Vector3();
const upward = new Vector3();
const foot = new Vector3();
const avatarPos = new Vector3();
const toCamera = new Vector3();
const silhouette = new Vector3();
const scale = new Vector3();
const quaternion = new Quaternion();
const matrix = new Matrix4();

/**
 * The Walton scene's effects: the tractor beam and the avatar it lifts aboard, then
 * the party invitation broadcast from his planet across the sector. Three meshes
 * (beam, avatar, broadcast shells instanced), each drawn only while it shows, and
 * glows in the piracy batch.
 */
export class WaltonScene {
  readonly group = new Group();
  private readonly beam: Mesh<CylinderGeometry, ShaderMaterial>;
  private readonly avatar: Mesh<CapsuleGeometry, ShaderMaterial>;
  private readonly shells: InstancedMesh<SphereGeometry, ShaderMaterial>;
  private readonly shellColors: InstancedBufferAttribute;
  /** Scene time (ticks) last frame, to fire one-shot effects when a moment is crossed. */
  private lastElapsed = -1;

  constructor() {
    // Cone along +Y from y = 0 (narrow, at the ship) to y = 1 (wide, at the surface).
    const beamGeometry = new CylinderGeometry(1, 0.14, 1, 48, 1, true);
    beamGeometry.translate(0, 0.5, 0);
    this.beam = new Mesh(
      beamGeometry,
      additive(
        new ShaderMaterial({
          vertexShader: BEAM_VERTEX,
          fragmentShader: BEAM_FRAGMENT,
          uniforms: {
            uTime: { value: 0 },
            uLength: { value: 1 },
            uIntensity: { value: 0 },
            uColor: { value: new Vector3(0.45, 0.72, 1.0) },
            uHot: { value: new Vector3(0.85, 0.95, 1.0) },
            uAxis: { value: new Vector3(0, 1, 0) },
          },
        }),
      ),
    );
    this.beam.frustumCulled = false;
    this.beam.visible = false;

    this.avatar = new Mesh(
      new CapsuleGeometry(0.9, 2.6, 6, 16),
      additive(
        new ShaderMaterial({
          vertexShader: BEAM_VERTEX,
          fragmentShader: AVATAR_FRAGMENT,
          uniforms: { uTime: { value: 0 }, uIntensity: { value: 1 } },
        }),
      ),
    );
    this.avatar.frustumCulled = false;
    this.avatar.visible = false;

    const shellMaterial = additive(
      new ShaderMaterial({
        vertexShader: SHELL_VERTEX,
        fragmentShader: SHELL_FRAGMENT,
        uniforms: { uTime: { value: 0 } },
      }),
    );
    this.shells = new InstancedMesh(new SphereGeometry(1, 72, 40), shellMaterial, SHELLS);
    this.shells.instanceMatrix.setUsage(DynamicDrawUsage);
    this.shellColors = new InstancedBufferAttribute(new Float32Array(SHELLS * 3), 3);
    this.shellColors.setUsage(DynamicDrawUsage);
    this.shells.instanceColor = this.shellColors;
    this.shells.frustumCulled = false;
    this.shells.visible = false;
    this.shells.count = 0;

    this.group.add(this.beam, this.avatar, this.shells);
  }

  private hide(): void {
    this.beam.visible = false;
    this.avatar.visible = false;
    this.shells.visible = false;
    this.lastElapsed = -1;
  }

  update(time: number, cameraPosition: Vector3, batch: GlowBatch): void {
    const session = runtime.session;
    const sim = session.sim;
    if (sim.objective.stage !== 'walton-scene') {
      this.hide();
      return;
    }
    // The scene's first tick is elapsed 0; interpolate toward the next.
    const elapsed = Math.max(0, sim.tick - sim.objective.stageSinceTick - 1 + session.alpha);
    const previous = this.lastElapsed;
    this.lastElapsed = elapsed;

    const landmark = sim.waltonPlanet;
    planet.set(landmark.position[0], landmark.position[1], landmark.position[2]);
    const radius = landmark.radiusM;
    callisterVentral(emitter);
    down.subVectors(planet, emitter);
    const altitude = Math.max(10, down.length() - radius);
    down.normalize();
    foot.copy(emitter).addScaledVector(down, altitude);

    this.updateBeam(elapsed, time, altitude, batch);
    this.updateAvatar(elapsed, previous, time, batch);
    this.updateBroadcast(elapsed, time, radius, cameraPosition, batch);
  }

  private updateBeam(elapsed: number, time: number, altitude: number, batch: GlowBatch): void {
    const t = WALTON_TIMING;
    const level =
      smoothstep(0, t.beamReachTicks, elapsed) *
      (1 - smoothstep(t.aboardTicks, t.beamOffTicks, elapsed));
    if (level <= 0.001) {
      this.beam.visible = false;
      return;
    }
    // It reaches down from the ship to the surface, then holds.
    const reach = smoothstep(0, t.beamReachTicks, elapsed);
    const length = altitude * reach;
    const beam = this.beam;
    beam.visible = true;
    beam.position.copy(emitter);
    beam.quaternion.setFromUnitVectors(UP, down);
    const width = BEAM_FOOT_M * (0.3 + 0.7 * reach);
    beam.scale.set(width, length, width);
    const u = beam.material.uniforms;
    u.uTime!.value = time;
    u.uLength!.value = length;
    u.uIntensity!.value = level;
    (u.uAxis!.value as Vector3).copy(down);

    const color = PIRACY_COLORS.tractor;
    const hot = PIRACY_COLORS.tractorHot;
    // The emitter, and where the beam meets the ground: a glow with ripples running out.
    let k = level * (0.8 + 0.2 * Math.sin(time * 9));
    batch.push(
      emitter.x,
      emitter.y,
      emitter.z,
      0,
      0,
      0,
      9,
      GlowShape.Soft,
      1,
      0,
      hot.r * k,
      hot.g * k,
      hot.b * k,
    );
    if (reach < 0.98) return;
    const fx0 = foot.x - down.x * 6;
    const fy0 = foot.y - down.y * 6;
    const fz0 = foot.z - down.z * 6;
    k = level * 0.5;
    batch.push(
      fx0,
      fy0,
      fz0,
      0,
      0,
      0,
      width * 1.6,
      GlowShape.Soft,
      0.3,
      0,
      color.r * k,
      color.g * k,
      color.b * k,
    );
    for (let i = 0; i < 2; i++) {
      const ripple = (time * 0.9 + i * 0.5) % 1;
      k = level * (1 - ripple) * 0.9;
      batch.push(
        fx0,
        fy0,
        fz0,
        -down.x,
        -down.y,
        -down.z,
        width * (0.6 + 1.6 * ripple),
        GlowShape.Ring,
        0.5,
        0.04,
        color.r * k,
        color.g * k,
        color.b * k,
      );
    }
  }

  private updateAvatar(elapsed: number, previous: number, time: number, batch: GlowBatch): void {
    const t = WALTON_TIMING;
    if (previous >= 0 && previous < t.aboardTicks && elapsed >= t.aboardTicks) {
      // Aboard: a flash of transporter light under the ship.
      const v = shipPose.velocity;
      fx.flash(
        emitter.x,
        emitter.y,
        emitter.z,
        v.x,
        v.y,
        v.z,
        24,
        0.5,
        PIRACY_COLORS.tractorHot,
        PIRACY_COLORS.tractor,
        1.2,
      );
      fx.ring(
        emitter.x,
        emitter.y,
        emitter.z,
        v.x,
        v.y,
        v.z,
        6,
        45,
        0.6,
        PIRACY_COLORS.tractor,
        0.05,
        down.x,
        down.y,
        down.z,
      );
      fx.star(emitter.x, emitter.y, emitter.z, v.x, v.y, v.z, 26, 0.45, PIRACY_COLORS.tractorHot);
    }
    if (elapsed < t.liftStartTicks || elapsed >= t.aboardTicks) {
      this.avatar.visible = false;
      return;
    }
    // Lifts off briskly, slows as it is drawn up into the ship.
    const x = Math.min(1, (elapsed - t.liftStartTicks) / (t.aboardTicks - t.liftStartTicks));
    const u = Math.sin((x * Math.PI) / 2);
    avatarPos.lerpVectors(foot, emitter, u);
    // A little sway as it rises.
    avatarPos.x += Math.sin(time * 2.1) * 1.5 * (1 - u);
    avatarPos.z += Math.cos(time * 1.7) * 1.5 * (1 - u);
    const avatar = this.avatar;
    avatar.visible = true;
    avatar.position.copy(avatarPos);
    // Standing upright in the beam: head toward the ship.
    avatar.quaternion.setFromUnitVectors(UP, upward.copy(down).negate());
    // Shrinks into the emitter at the very end.
    const shrink = 1 - smoothstep(0.9, 1, u) * 0.85;
    avatar.scale.setScalar(2.2 * shrink);
    const grow = smoothstep(t.liftStartTicks, t.liftStartTicks + 12, elapsed);
    avatar.material.uniforms.uTime!.value = time;
    avatar.material.uniforms.uIntensity!.value = grow;

    const color = PIRACY_COLORS.tractor;
    const hot = PIRACY_COLORS.tractorHot;
    let k = grow * 0.7;
    batch.push(
      avatarPos.x,
      avatarPos.y,
      avatarPos.z,
      0,
      0,
      0,
      11 * shrink,
      GlowShape.Soft,
      0.6,
      0,
      hot.r * k,
      hot.g * k,
      hot.b * k,
    );
    // A glint turning on it, so it reads against the beam.
    k = grow * (0.55 + 0.25 * Math.sin(time * 8));
    batch.push(
      avatarPos.x,
      avatarPos.y,
      avatarPos.z,
      0,
      0,
      0,
      13 * shrink,
      GlowShape.Star,
      1,
      time * 1.5,
      hot.r * k,
      hot.g * k,
      hot.b * k,
    );
    // Containment rings sliding along it.
    for (let i = 0; i < 2; i++) {
      const slide = Math.sin(time * 3 + i * Math.PI) * 2.2;
      k = grow * 0.9;
      batch.push(
        avatarPos.x - down.x * slide,
        avatarPos.y - down.y * slide,
        avatarPos.z - down.z * slide,
        -down.x,
        -down.y,
        -down.z,
        5.5 * shrink,
        GlowShape.Ring,
        0.6,
        0.08,
        color.r * k,
        color.g * k,
        color.b * k,
      );
    }
  }

  private updateBroadcast(
    elapsed: number,
    time: number,
    radius: number,
    cameraPosition: Vector3,
    batch: GlowBatch,
  ): void {
    const t = WALTON_TIMING;
    const magenta = PIRACY_COLORS.inviteMagenta;
    const cyan = PIRACY_COLORS.inviteCyan;

    // The planet's limb charges up, then blazes as the invitation goes out.
    const charge = smoothstep(t.chargeStartTicks, t.broadcastTicks - 5, elapsed);
    const after = elapsed - t.broadcastTicks;
    const blaze = after >= 0 ? Math.exp(-after / 50) : 0;
    const release = after >= 0 ? 1 - smoothstep(0, 160, after) : 1;
    const limb = charge * release * (0.45 + 0.25 * Math.sin(time * 11)) + blaze * 0.8;
    toCamera.subVectors(cameraPosition, planet);
    const distance = toCamera.length();
    if (limb > 0.01 && distance > radius * 1.05) {
      // A camera-facing ring drawn on the planet's silhouette (not its centre plane,
      // which the planet itself would hide).
      toCamera.divideScalar(distance);
      const ratio = radius / distance;
      silhouette.copy(planet).addScaledVector(toCamera, radius * ratio);
      const rim = radius * Math.sqrt(1 - ratio * ratio);
      const swap = Math.sin(time * 6) > 0;
      const a = swap ? magenta : cyan;
      const b = swap ? cyan : magenta;
      let k = limb * 0.8;
      batch.push(
        silhouette.x,
        silhouette.y,
        silhouette.z,
        0,
        0,
        0,
        rim * 1.04,
        GlowShape.Ring,
        0.5,
        0.025,
        a.r * k,
        a.g * k,
        a.b * k,
      );
      k = limb * 0.5;
      batch.push(
        silhouette.x,
        silhouette.y,
        silhouette.z,
        0,
        0,
        0,
        rim * (1.08 + 0.02 * Math.sin(time * 7)),
        GlowShape.Ring,
        0.3,
        0.04,
        b.r * k,
        b.g * k,
        b.b * k,
      );
      if (after >= 0 && after < 40) {
        // The release: a ring thrown off the limb.
        const u = after / 40;
        k = (1 - u) * 1.2;
        batch.push(
          silhouette.x,
          silhouette.y,
          silhouette.z,
          0,
          0,
          0,
          rim * (1.05 + 0.9 * u),
          GlowShape.Ring,
          0.2,
          0.03,
          magenta.r * k,
          magenta.g * k,
          magenta.b * k,
        );
      }
    }

    // Shells of light rushing out across the sector, alternating magenta and cyan.
    const colors = this.shellColors.array as Float32Array;
    let n = 0;
    for (let i = 0; i < SHELLS; i++) {
      const start = t.broadcastTicks + i * SHELL_GAP_TICKS;
      const u = (elapsed - start) / SHELL_TICKS;
      if (u <= 0 || u >= 1) continue;
      const reach = 1 - (1 - u) ** 2.4;
      const r = radius * 1.01 + (BROADCAST_RADIUS_M - radius) * reach;
      const fade = (1 - u) ** 1.3 * smoothstep(0, 0.04, u) * (i === 0 ? 1 : 0.7);
      scale.setScalar(r);
      matrix.compose(planet, quaternion.identity(), scale);
      this.shells.setMatrixAt(n, matrix);
      const c = i % 2 === 0 ? magenta : cyan;
      colors[n * 3] = c.r * fade;
      colors[n * 3 + 1] = c.g * fade;
      colors[n * 3 + 2] = c.b * fade;
      n++;
      // Its trace in the plane of the sector: a flat ring racing outward.
      const k = fade * 0.6;
      batch.push(
        planet.x,
        planet.y,
        planet.z,
        0,
        1,
        0,
        r,
        GlowShape.Ring,
        0.5,
        0.004,
        c.r * k,
        c.g * k,
        c.b * k,
      );
    }
    const shells = this.shells;
    shells.count = n;
    shells.visible = n > 0;
    if (n > 0) {
      shells.material.uniforms.uTime!.value = time;
      shells.instanceMatrix.clearUpdateRanges();
      shells.instanceMatrix.addUpdateRange(0, n * 16);
      shells.instanceMatrix.needsUpdate = true;
      this.shellColors.clearUpdateRanges();
      this.shellColors.addUpdateRange(0, n * 3);
      this.shellColors.needsUpdate = true;
    }
  }

  dispose(): void {
    this.beam.geometry.dispose();
    this.beam.material.dispose();
    this.avatar.geometry.dispose();
    this.avatar.material.dispose();
    this.shells.geometry.dispose();
    this.shells.material.dispose();
    this.shells.dispose();
  }
}
