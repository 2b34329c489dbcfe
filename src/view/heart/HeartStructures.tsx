import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  Quaternion,
  Vector3,
  type BufferGeometry,
  type ShaderMaterial,
} from 'three';
import { runtime } from '../../game/runtime';
import { HEART } from '../../sim/content/heart';
import { fxDelta } from '../combat/combat-view';
import type { Rgb } from '../combat/palette';
import { shipPose } from '../ship-pose';
import { HEART_COLORS } from './heart-palette';
import { heartView } from './heart-view-state';
import { createStructureMaterial } from './structure-material';
import { pylonGeometry, turretGunGeometry, turretMountGeometry } from './structure-geometry';

const TURRETS = HEART.turrets.length;
const PYLONS = HEART.pylons.length;
/** A hit's white flash fades in about a quarter of a second. */
const HIT_DECAY_PER_S = 4;
/** Guns turn toward the Callister, but never further than this from the turret's facing. */
const AIM_CONE_COS = 0.35;

const [CX, CY, CZ] = HEART.core.center;

interface Fleet {
  readonly mesh: InstancedMesh;
  readonly tint: InstancedBufferAttribute;
  readonly flash: InstancedBufferAttribute;
  readonly phase: InstancedBufferAttribute;
}

function fleet(geometry: BufferGeometry, material: ShaderMaterial, capacity: number): Fleet {
  const attr = (size: number) => {
    const a = new InstancedBufferAttribute(new Float32Array(capacity * size), size);
    a.setUsage(DynamicDrawUsage);
    return a;
  };
  const tint = attr(3);
  const flash = attr(1);
  const phase = attr(1);
  geometry.setAttribute('aTint', tint);
  geometry.setAttribute('aFlash', flash);
  geometry.setAttribute('aPhase', phase);
  const mesh = new InstancedMesh(geometry, material, capacity);
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  mesh.frustumCulled = false;
  mesh.count = 0;
  return { mesh, tint, flash, phase };
}

function put(f: Fleet, i: number, m: Matrix4, tint: Rgb, flash: number, phase: number): void {
  f.mesh.setMatrixAt(i, m);
  const t = f.tint.array as Float32Array;
  t[i * 3] = tint.r;
  t[i * 3 + 1] = tint.g;
  t[i * 3 + 2] = tint.b;
  (f.flash.array as Float32Array)[i] = flash;
  (f.phase.array as Float32Array)[i] = phase;
}

function finish(f: Fleet, count: number): void {
  f.mesh.count = count;
  f.mesh.visible = count > 0;
  if (count === 0) return;
  f.mesh.instanceMatrix.needsUpdate = true;
  f.tint.needsUpdate = true;
  f.flash.needsUpdate = true;
  f.phase.needsUpdate = true;
}

const position = new Vector3();
const rotation = new Quaternion();
const unit = new Vector3(1, 1, 1);
const matrix = new Matrix4();
const facing = new Vector3();
const aim = new Vector3();
const LOCAL_FORWARD = new Vector3(0, 0, -1);
const LOCAL_UP = new Vector3(0, 1, 0);
const outward = new Vector3();
const target = new Vector3();
const gunUp = new Vector3();

/** Decays a structure's hit flash and returns it. */
function flashOf(id: number, dt: number): number {
  const level = heartView.hits.get(id);
  if (level === undefined) return 0;
  const next = Math.max(0, level - dt * HIT_DECAY_PER_S);
  heartView.hits.set(id, next);
  return next;
}

/**
 * The Heart's defences: wall turrets (mount, plus guns that track the Callister) and
 * the four shield pylons around Bob. Three draw calls. A hit flashes one white; a
 * destroyed one is simply gone (its explosion is the battle's, from ShipDestroyed).
 */
export function HeartStructures() {
  const parts = useMemo(() => {
    const material = createStructureMaterial();
    return {
      material,
      mounts: fleet(turretMountGeometry(), material, TURRETS),
      guns: fleet(turretGunGeometry(), material, TURRETS),
      pylons: fleet(pylonGeometry(), material, PYLONS),
    };
  }, []);
  useEffect(
    () => () => {
      for (const f of [parts.mounts, parts.guns, parts.pylons]) {
        f.mesh.geometry.dispose();
        f.mesh.dispose();
      }
      parts.material.dispose();
    },
    [parts],
  );

  useFrame((_, delta) => {
    const dt = fxDelta(delta);
    parts.material.uniforms.uTime!.value = heartView.time;
    const session = runtime.session;
    const sim = session.sim;
    const heart = sim.heart;
    let nTurret = 0;
    let nPylon = 0;
    if (heart) {
      for (let i = 0; i < heart.turretIds.length; i++) {
        const id = heart.turretIds[i]!;
        const turret = sim.enemyById.get(id);
        if (!turret || !turret.alive) continue;
        const flash = flashOf(id, dt);
        session.history.position(turret.body, session.alpha, position);
        session.history.quaternion(turret.body, session.alpha, rotation);
        matrix.compose(position, rotation, unit);
        put(parts.mounts, nTurret, matrix, HEART_COLORS.turret, flash, i * 0.17);
        // The guns swing toward the Callister within their arc.
        facing.copy(LOCAL_FORWARD).applyQuaternion(rotation);
        aim.copy(shipPose.position).sub(position).normalize();
        const dot = aim.dot(facing);
        if (dot < AIM_CONE_COS)
          aim.lerp(facing, (AIM_CONE_COS - dot) / (1 - dot + 1e-6)).normalize();
        // Matrix4.lookAt points +Z from the target to the eye: the guns' -Z ends up on `aim`.
        target.copy(position).add(aim);
        gunUp.copy(LOCAL_UP).applyQuaternion(rotation);
        matrix.lookAt(position, target, gunUp);
        matrix.setPosition(position);
        put(parts.guns, nTurret, matrix, HEART_COLORS.turret, flash, i * 0.17);
        nTurret++;
      }
      for (let i = 0; i < heart.pylonIds.length; i++) {
        const id = heart.pylonIds[i]!;
        const pylon = sim.enemyById.get(id);
        if (!pylon || !pylon.alive) continue;
        const p = pylon.body.position;
        position.set(p.x, p.y, p.z);
        // Stands radially round Bob: +Y points away from him.
        outward.set(p.x - CX, p.y - CY, p.z - CZ).normalize();
        rotation.setFromUnitVectors(LOCAL_UP, outward);
        matrix.compose(position, rotation, unit);
        put(parts.pylons, nPylon, matrix, HEART_COLORS.pylon, flashOf(id, dt), i * 0.25);
        nPylon++;
      }
    }
    finish(parts.mounts, nTurret);
    finish(parts.guns, nTurret);
    finish(parts.pylons, nPylon);
  });

  return (
    <>
      <primitive object={parts.mounts.mesh} />
      <primitive object={parts.guns.mesh} />
      <primitive object={parts.pylons.mesh} />
    </>
  );
}
