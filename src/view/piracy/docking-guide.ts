import { AdditiveBlending, DoubleSide, Mesh, RingGeometry, ShaderMaterial, Vector3 } from 'three';
import { runtime } from '../../game/runtime';
import { DOCKING } from '../../sim';
import { GlowShape, type GlowBatch } from '../combat/glow-batch';
import { shipPose } from '../ship-pose';
import { PIRACY_COLORS, smoothstep } from './piracy-view';

/** The guide shows within this distance of the station's centre, fading in over the last 200 m. */
const SHOW_WITHIN_M = 1500;
const FADE_M = 200;
/** Guide lights around the docking ring. */
const LIGHTS = 24;
/** The holographic band's half-width, as a fraction of the ring's radius. */
const BAND = 0.03;

const VERTEX = /* glsl */ `
varying vec2 vLocal;
void main() {
  vLocal = position.xy;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

/**
 * A flat holographic band at the docking distance: two fine edge lines, dashes
 * between them, and a sweep of light circling the station (faster and brighter when
 * docked). In ring units: radius 1, band from 1 - BAND to 1 + BAND.
 */
const FRAGMENT = /* glsl */ `
uniform float uTime;
uniform float uLevel;
uniform float uDocked;
uniform vec3 uColor;
uniform vec3 uDockColor;
varying vec2 vLocal;
void main() {
  float r = length(vLocal);
  float angle = atan(vLocal.y, vLocal.x);
  float across = (r - 1.0) / ${BAND.toFixed(3)};
  float edges = exp(-pow((abs(across) - 0.85) / 0.07, 2.0));
  float dash = step(0.5, fract(angle * 96.0 / 6.2831853 - uTime * (0.4 + 1.6 * uDocked)));
  float fill = dash * (1.0 - smoothstep(0.3, 0.55, abs(across))) * 0.45;
  float sweep = pow(0.5 + 0.5 * cos(angle - uTime * (0.8 + 1.2 * uDocked)), 16.0);
  float glow = (edges * 0.7 + fill) * (0.45 + 0.55 * sweep + 0.4 * uDocked);
  vec3 col = mix(uColor, uDockColor, uDocked) * glow * uLevel;
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
`;

const centre = new Vector3();
const toCamera = new Vector3();

/**
 * The trade station's docking guide: a holographic ring at the docking distance
 * (DOCKING.rangeM past the station's hull) in the station's plane, a circle of
 * chasing guide lights on it and a faint outline of the docking sphere. It appears
 * as the Callister comes within ~1.5 km and brightens, turning green, once docked.
 */
export class DockingGuide {
  readonly mesh: Mesh<RingGeometry, ShaderMaterial>;
  /** Eases toward 1 while docked, so the change reads as a power-up, not a switch. */
  private docked = 0;

  constructor() {
    // In XY, where the shader reads its coordinates; the mesh turns it into the
    // station's plane (XZ), where the station's own ring lies.
    const geometry = new RingGeometry(1 - BAND, 1 + BAND, 256, 1);
    const c = PIRACY_COLORS.inviteCyan;
    const g = PIRACY_COLORS.dockGreen;
    this.mesh = new Mesh(
      geometry,
      new ShaderMaterial({
        vertexShader: VERTEX,
        fragmentShader: FRAGMENT,
        uniforms: {
          uTime: { value: 0 },
          uLevel: { value: 0 },
          uDocked: { value: 0 },
          uColor: { value: new Vector3(c.r, c.g, c.b) },
          uDockColor: { value: new Vector3(g.r, g.g, g.b) },
        },
        blending: AdditiveBlending,
        transparent: true,
        depthWrite: false,
        side: DoubleSide,
        forceSinglePass: true,
        toneMapped: false,
      }),
    );
    this.mesh.rotation.x = -Math.PI / 2;
    this.mesh.frustumCulled = false;
    this.mesh.visible = false;
  }

  update(dt: number, time: number, cameraPosition: Vector3, batch: GlowBatch): void {
    const sim = runtime.session.sim;
    const station = sim.station;
    if (!station) {
      this.mesh.visible = false;
      return;
    }
    centre.set(station.position[0], station.position[1], station.position[2]);
    const distance = shipPose.position.distanceTo(centre);
    const show = 1 - smoothstep(SHOW_WITHIN_M - FADE_M, SHOW_WITHIN_M, distance);
    this.docked += ((sim.docked ? 1 : 0) - this.docked) * Math.min(1, dt * 3);
    if (show <= 0.001) {
      this.mesh.visible = false;
      return;
    }
    const radius = DOCKING.rangeM + station.radiusM;
    const docked = this.docked;
    const inRange = distance <= radius;
    const level = show * (0.45 + 0.75 * docked);
    const mesh = this.mesh;
    mesh.visible = true;
    mesh.position.copy(centre);
    mesh.scale.setScalar(radius);
    const u = mesh.material.uniforms;
    u.uTime!.value = time;
    u.uLevel!.value = level;
    u.uDocked!.value = docked;

    // Guide lights chasing round the ring (amber), all lit and breathing once docked (green).
    const amber = PIRACY_COLORS.dockAmber;
    const green = PIRACY_COLORS.dockGreen;
    const chaseSpeed = inRange ? 1.4 : 0.55;
    for (let i = 0; i < LIGHTS; i++) {
      const a = (i / LIGHTS) * Math.PI * 2;
      const x = centre.x + Math.cos(a) * radius;
      const z = centre.z + Math.sin(a) * radius;
      const phase = (i / LIGHTS - time * chaseSpeed) % 1;
      const chase = Math.pow(
        0.5 + 0.5 * Math.cos((phase < 0 ? phase + 1 : phase) * Math.PI * 2),
        10,
      );
      const blink = 0.12 + 0.88 * chase;
      const steady = 0.75 + 0.25 * Math.sin(time * 2.5);
      const lit = (blink * (1 - docked) + steady * docked) * show;
      const r = amber.r * (1 - docked) + green.r * docked;
      const g = amber.g * (1 - docked) + green.g * docked;
      const b = amber.b * (1 - docked) + green.b * docked;
      batch.push(
        x,
        centre.y,
        z,
        0,
        0,
        0,
        5 + 4 * chase * (1 - docked) + 2 * docked,
        GlowShape.Star,
        1,
        0.785,
        r * lit,
        g * lit,
        b * lit,
      );
    }

    // The docking sphere's outline, seen from outside it: faint, brighter when docked.
    toCamera.subVectors(cameraPosition, centre);
    const camDistance = toCamera.length();
    if (camDistance > radius * 1.05) {
      toCamera.divideScalar(camDistance);
      const ratio = radius / camDistance;
      const rim = radius * Math.sqrt(1 - ratio * ratio);
      const k = show * (0.035 + 0.2 * docked);
      const c = PIRACY_COLORS.inviteCyan;
      batch.push(
        centre.x + toCamera.x * radius * ratio,
        centre.y + toCamera.y * radius * ratio,
        centre.z + toCamera.z * radius * ratio,
        0,
        0,
        0,
        rim * 1.02,
        GlowShape.Ring,
        0.3,
        0.01,
        c.r * k,
        c.g * k,
        c.b * k,
      );
    }
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }
}
