import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  BoxGeometry,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  Quaternion,
  SphereGeometry,
  Vector3,
  type ShaderMaterial,
} from 'three';
import { runtime } from '../../game/runtime';
import type { HeartState } from '../../sim';
import { HEART } from '../../sim/content/heart';
import { firewallSlabLayout, slabAngle } from '../../sim/world/heart-builder';
import { codeTexture } from './code-texture';
import { createFirewallMaterial, createRingMaterial } from './gate-materials';
import { heartView } from './heart-view-state';

const TICK_S = 1 / 60;
/** A swallowed ring or firewall burns away over this long (the sim removes it at once). */
export const DISSOLVE_S = 1.4;
/** The deletion's new firewalls flicker up over this long. */
const RISE_S = 1.2;

const RINGS = HEART.rings.length;
const SLAB_CAPACITY = RINGS * HEART.ring.slabs * 2;
const FIREWALL_CAPACITY = (HEART.firewalls.length + HEART.deletionFirewalls.length) * 4;

const position = new Vector3();
const rotation = new Quaternion();
const scale = new Vector3();
const ringMatrix = new Matrix4();
const matrix = new Matrix4();
const Z_AXIS = new Vector3(0, 0, 1);
const IDENTITY = new Quaternion();
/** Slab offsets from the port, as the sim builds them (the call allocates: once). */
const layout = firewallSlabLayout();

/**
 * Each slab box in its ring's frame, from the same numbers as heart-builder's shapes
 * (what you see is what collides): per ring, the boxes of the slabs it has.
 */
function slabMatrices(heart: HeartState): Matrix4[][] {
  const { slabs, hubRadiusM, splitRadiusM, outerRadiusM, thicknessM } = HEART.ring;
  const tanHalf = Math.tan(Math.PI / slabs);
  return heart.rings.map((ring) => {
    const boxes: Matrix4[] = [];
    ring.slabs.forEach((present, k) => {
      if (!present) return;
      const a = slabAngle(k);
      const spin = new Quaternion().setFromAxisAngle(Z_AXIS, a);
      for (const [from, to] of [
        [hubRadiusM, splitRadiusM],
        [splitRadiusM, outerRadiusM],
      ] as const) {
        const mid = (from + to) / 2;
        boxes.push(
          new Matrix4().compose(
            new Vector3(Math.cos(a) * mid, Math.sin(a) * mid, 0),
            spin,
            new Vector3(to - from, 2 * tanHalf * to, thicknessM),
          ),
        );
      }
    });
    return boxes;
  });
}

function dissolveOf(deletedTick: number | null, tick: number, alpha: number): number {
  if (deletedTick === null) return 0;
  return Math.min(1, ((tick - deletedTick + alpha) * TICK_S) / DISSOLVE_S);
}

function instanced(
  geometry: BoxGeometry | SphereGeometry,
  material: ShaderMaterial,
  capacity: number,
): { mesh: InstancedMesh; state: InstancedBufferAttribute } {
  const state = new InstancedBufferAttribute(new Float32Array(capacity * 4), 4);
  state.setUsage(DynamicDrawUsage);
  geometry.setAttribute('aState', state);
  const mesh = new InstancedMesh(geometry, material, capacity);
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  mesh.frustumCulled = false;
  mesh.count = 0;
  return { mesh, state };
}

function publish(mesh: InstancedMesh, state: InstancedBufferAttribute, count: number): void {
  mesh.count = count;
  mesh.visible = count > 0;
  if (count === 0) return;
  mesh.instanceMatrix.needsUpdate = true;
  state.needsUpdate = true;
}

/**
 * The gauntlet's moving structures, read from their kinematic bodies every frame: the
 * spinning rings (slabs and hubs) and the firewalls whose square port circles the axis.
 * Three draw calls for all of them. Swallowed pieces dissolve from the collapse outward.
 */
export function HeartGates() {
  const parts = useMemo(() => {
    const code = codeTexture();
    const slabs = instanced(
      new BoxGeometry(1, 1, 1),
      createRingMaterial(code, false),
      SLAB_CAPACITY,
    );
    const hubs = instanced(new SphereGeometry(0.5, 32, 16), createRingMaterial(code, true), RINGS);
    const walls = instanced(
      new BoxGeometry(1, 1, 1),
      createFirewallMaterial(code),
      FIREWALL_CAPACITY,
    );
    walls.mesh.renderOrder = 2;
    return {
      slabs,
      hubs,
      walls,
      cache: { heart: null as HeartState | null, boxes: [] as Matrix4[][] },
    };
  }, []);
  useEffect(
    () => () => {
      for (const part of [parts.slabs, parts.hubs, parts.walls]) {
        part.mesh.geometry.dispose();
        (part.mesh.material as ShaderMaterial).dispose();
        part.mesh.dispose();
      }
    },
    [parts],
  );

  useFrame(() => {
    const session = runtime.session;
    const sim = session.sim;
    const heart = sim.heart;
    const { slabs, hubs, walls, cache } = parts;
    if (!heart) {
      slabs.mesh.visible = hubs.mesh.visible = walls.mesh.visible = false;
      return;
    }
    const alpha = session.alpha;
    const tick = sim.tick;
    if (cache.heart !== heart) {
      cache.heart = heart;
      cache.boxes = slabMatrices(heart);
    }
    const alarm =
      heart.deletionStartTick !== null ? Math.min(1, (tick - heart.deletionStartTick) / 60) : 0;
    const slabUniforms = (slabs.mesh.material as ShaderMaterial).uniforms;
    const hubUniforms = (hubs.mesh.material as ShaderMaterial).uniforms;
    slabUniforms.uTime!.value = hubUniforms.uTime!.value = heartView.time;
    slabUniforms.uAlarm!.value = hubUniforms.uAlarm!.value = alarm;
    (walls.mesh.material as ShaderMaterial).uniforms.uTime!.value = heartView.time;
    const slabState = slabs.state.array as Float32Array;
    const hubState = hubs.state.array as Float32Array;
    let nSlab = 0;
    let nHub = 0;
    for (let r = 0; r < heart.rings.length; r++) {
      const ring = heart.rings[r]!;
      const dissolve = dissolveOf(ring.deletedTick, tick, alpha);
      if (dissolve >= 1) continue;
      session.history.position(ring.body, alpha, position);
      session.history.quaternion(ring.body, alpha, rotation);
      ringMatrix.compose(position, rotation, scale.set(1, 1, 1));
      // In the deletion the rings strobe.
      const flash = alarm * (0.3 + 0.3 * Math.sin(heartView.time * 9 + r));
      const boxes = cache.boxes[r];
      if (boxes === undefined) continue;
      for (const box of boxes) {
        matrix.multiplyMatrices(ringMatrix, box);
        slabs.mesh.setMatrixAt(nSlab, matrix);
        slabState[nSlab * 4] = dissolve;
        slabState[nSlab * 4 + 1] = flash;
        slabState[nSlab * 4 + 2] = r;
        nSlab++;
      }
      matrix.compose(position, rotation, scale.setScalar(HEART.ring.hubRadiusM * 2));
      hubs.mesh.setMatrixAt(nHub, matrix);
      hubState[nHub * 4] = dissolve;
      hubState[nHub * 4 + 1] = flash;
      nHub++;
    }
    publish(slabs.mesh, slabs.state, nSlab);
    publish(hubs.mesh, hubs.state, nHub);

    const wallState = walls.state.array as Float32Array;
    let nWall = 0;
    for (const wall of heart.firewalls) {
      const dissolve = dissolveOf(wall.deletedTick, tick, alpha);
      if (dissolve >= 1 || nWall + 4 > FIREWALL_CAPACITY) continue;
      const rise = Math.min(1, ((tick - wall.raisedTick + alpha) * TICK_S) / RISE_S);
      // Raised mid-chapter: it stutters on like a program loading.
      const shown =
        wall.raisedTick === heart.startTick
          ? 1
          : rise * (rise < 1 ? 0.5 + 0.5 * Math.sin(heartView.time * 40) : 1);
      let portX = 0;
      let portY = 0;
      for (let index = 0; index < wall.bodies.length; index++) {
        session.history.position(wall.bodies[index]!, alpha, position);
        const slab = layout[index]!;
        if (index === 0) {
          portX = position.x - slab.dx;
          portY = position.y - slab.dy;
        }
        matrix.compose(
          position,
          IDENTITY,
          scale.set(slab.halfX * 2, slab.halfY * 2, HEART.firewall.thicknessM),
        );
        walls.mesh.setMatrixAt(nWall + index, matrix);
      }
      for (let k = 0; k < 4; k++) {
        const i = (nWall + k) * 4;
        wallState[i] = dissolve;
        wallState[i + 1] = shown;
        wallState[i + 2] = portX;
        wallState[i + 3] = portY;
      }
      nWall += 4;
    }
    publish(walls.mesh, walls.state, nWall);
  });

  return (
    <>
      <primitive object={parts.slabs.mesh} />
      <primitive object={parts.hubs.mesh} />
      <primitive object={parts.walls.mesh} />
    </>
  );
}
