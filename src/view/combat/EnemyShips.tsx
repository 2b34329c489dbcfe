import { useGLTF } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { Suspense, useEffect, useMemo, useRef } from 'react';
import {
  Color,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
  type BufferGeometry,
  type Group,
  type Material,
  type Object3D,
} from 'three';
import brawlerUrl from '../../../models/brawler.glb?url';
import dartUrl from '../../../models/dart.glb?url';
import haulerUrl from '../../../models/hauler.glb?url';
import hunterUrl from '../../../models/hunter.glb?url';
import { runtime } from '../../game/runtime';
import { SHIP_CLASSES, type ShipClass } from '../../sim';
import { glowLevel, isDisabledShip, isSurging } from '../piracy/disabled-look';
import { warpStretch } from '../piracy/warp-flashes';
import { fxDelta, trackEnemies } from './combat-view';
import { GlowBatch, GlowShape } from './glow-batch';
import { shipTint } from './palette';

/**
 * Classes drawn from a ship model. Structures (the party's relays, the Heart's turrets
 * and pylons) never fly and have views of their own (party/Relays, heart/HeartScene).
 */
type PilotedClass = Exclude<ShipClass, 'relay' | 'turret' | 'pylon'>;

const MODEL_URLS: Readonly<Record<PilotedClass, string>> = {
  dart: dartUrl,
  brawler: brawlerUrl,
  hunter: hunterUrl,
  hauler: haulerUrl,
};

/** Nozzle radius (m) per class, for the size of the exhaust glow. */
const NOZZLE_RADIUS_M: Readonly<Record<ShipClass, number>> = {
  dart: 1.0,
  brawler: 0.75,
  hunter: 0.6,
  hauler: 1.15,
  relay: 0,
  turret: 0,
  pylon: 0,
};

/** Glow strips are drawn brighter than 1 and not tone mapped: they read as neon. */
const GLOW_GAIN = 1.6;
const INITIAL_CAPACITY = 32;

/** Engine nozzles (model space) of each class whose model has loaded. */
const engineMounts: Partial<Record<ShipClass, readonly Vector3[]>> = {};

const position = new Vector3();
const quaternion = new Quaternion();
const unitScale = new Vector3(1, 1, 1);
const stretchScale = new Vector3(1, 1, 1);
const stretchShift = new Vector3();
const matrix = new Matrix4();
const nozzle = new Vector3();
const back = new Vector3();

interface ModelParts {
  readonly hullGeometry: BufferGeometry;
  readonly glowGeometry: BufferGeometry;
  readonly hullMaterial: Material;
  readonly engines: readonly Vector3[];
}

/** Pulls the two primitives (Hull, Glow) and the Engine nodes out of a ship model. */
function extractParts(scene: Object3D, shipClass: ShipClass): ModelParts {
  scene.updateMatrixWorld(true);
  let hull: Mesh | null = null;
  let glow: Mesh | null = null;
  const engines: Vector3[] = [];
  scene.traverse((node) => {
    if (node instanceof Mesh) {
      const material = node.material as Material;
      if (material.name === 'Hull') hull = node;
      else if (material.name === 'Glow') glow = node;
    } else if (/^Engine\d+$/.test(node.name)) {
      engines.push(node.getWorldPosition(new Vector3()));
    }
  });
  const hullMesh = hull as Mesh | null;
  const glowMesh = glow as Mesh | null;
  if (!hullMesh || !glowMesh) throw new Error(`${shipClass} model needs Hull and Glow primitives`);
  const hullMaterial = (hullMesh.material as Material).clone();
  if (hullMaterial instanceof MeshStandardMaterial) {
    // A touch of self-light so the dark hulls still read against deep space.
    hullMaterial.emissive = new Color('#1b2233');
    hullMaterial.emissiveIntensity = 0.6;
  }
  // The glTF geometry is shared with the model cache; it must already be in model space.
  return {
    hullGeometry: hullMesh.geometry,
    glowGeometry: glowMesh.geometry,
    hullMaterial,
    engines,
  };
}

function publish(mesh: InstancedMesh, count: number): void {
  mesh.count = count;
  mesh.visible = count > 0;
  mesh.instanceMatrix.clearUpdateRanges();
  mesh.instanceMatrix.addUpdateRange(0, count * 16);
  mesh.instanceMatrix.needsUpdate = true;
}

/** A class's two InstancedMeshes (hull, glow), rebuilt bigger when the fleet outgrows them. */
class ClassInstances {
  hull: InstancedMesh;
  glow: InstancedMesh;
  capacity: number;
  private readonly glowMaterial = new MeshBasicMaterial({
    color: new Color(GLOW_GAIN, GLOW_GAIN, GLOW_GAIN),
    vertexColors: true,
    toneMapped: false,
  });

  constructor(
    private readonly parts: ModelParts,
    private readonly group: Group,
  ) {
    this.capacity = INITIAL_CAPACITY;
    this.hull = this.makeHull();
    this.glow = this.makeGlow();
    group.add(this.hull, this.glow);
  }

  private makeHull(): InstancedMesh {
    const mesh = new InstancedMesh(this.parts.hullGeometry, this.parts.hullMaterial, this.capacity);
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.frustumCulled = false;
    mesh.count = 0;
    return mesh;
  }

  private makeGlow(): InstancedMesh {
    const mesh = new InstancedMesh(this.parts.glowGeometry, this.glowMaterial, this.capacity);
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(this.capacity * 3), 3);
    mesh.instanceColor.setUsage(DynamicDrawUsage);
    mesh.frustumCulled = false;
    mesh.count = 0;
    return mesh;
  }

  ensure(count: number): void {
    if (count <= this.capacity) return;
    while (this.capacity < count) this.capacity *= 2;
    this.group.remove(this.hull, this.glow);
    this.hull.dispose();
    this.glow.dispose();
    this.hull = this.makeHull();
    this.glow = this.makeGlow();
    this.group.add(this.hull, this.glow);
  }

  finish(count: number): void {
    publish(this.hull, count);
    publish(this.glow, count);
    const colors = this.glow.instanceColor!;
    colors.clearUpdateRanges();
    colors.addUpdateRange(0, count * 3);
    colors.needsUpdate = true;
  }

  dispose(): void {
    this.group.remove(this.hull, this.glow);
    this.hull.dispose();
    this.glow.dispose();
    this.glowMaterial.dispose();
    this.parts.hullMaterial.dispose();
  }
}

/** Every live ship of one class, drawn from its glTF in two draw calls. */
function ClassFleet(props: { shipClass: PilotedClass }) {
  const { shipClass } = props;
  const gltf = useGLTF(MODEL_URLS[shipClass]);
  const parts = useMemo(() => extractParts(gltf.scene, shipClass), [gltf.scene, shipClass]);
  const group = useRef<Group>(null);
  const instances = useRef<ClassInstances | null>(null);

  useEffect(() => {
    const g = group.current;
    if (!g) return;
    const built = new ClassInstances(parts, g);
    instances.current = built;
    engineMounts[shipClass] = parts.engines;
    return () => {
      built.dispose();
      instances.current = null;
      delete engineMounts[shipClass];
    };
  }, [parts, shipClass]);

  useFrame(() => {
    const built = instances.current;
    if (!built) return;
    const session = runtime.session;
    const enemies = session.sim.enemies;
    let total = 0;
    for (const enemy of enemies) if (enemy.shipClass === shipClass && enemy.alive) total++;
    built.ensure(total);
    const hull = built.hull;
    const glow = built.glow;
    const colors = glow.instanceColor!.array as Float32Array;
    const tick = session.sim.tick;
    let n = 0;
    for (const enemy of enemies) {
      if (enemy.shipClass !== shipClass || !enemy.alive || enemy.warpedOut) continue;
      session.history.position(enemy.body, session.alpha, position);
      session.history.quaternion(enemy.body, session.alpha, quaternion);
      const stretch = warpStretch(enemy.id);
      if (stretch > 1) {
        // Just out of warp: drawn long and thin, nose in place, tail still arriving.
        const thin = 1 / Math.sqrt(stretch);
        stretchScale.set(thin, thin, stretch);
        stretchShift.set(0, 0, (stretch - 1) * enemy.radiusM * 0.8).applyQuaternion(quaternion);
        matrix.compose(position.add(stretchShift), quaternion, stretchScale);
      } else {
        matrix.compose(position, quaternion, unitScale);
      }
      hull.setMatrixAt(n, matrix);
      glow.setMatrixAt(n, matrix);
      const tint = shipTint(enemy.id);
      // A disabled ship's strips gutter and flicker (see glowLevel).
      const level = glowLevel(enemy, tick);
      colors[n * 3] = tint.r * level;
      colors[n * 3 + 1] = tint.g * level;
      colors[n * 3 + 2] = tint.b * level;
      n++;
    }
    built.finish(n);
  });

  return <group ref={group} />;
}

/**
 * Exhaust at every Engine node of every ship, in the ship's neon: a hot nozzle glow and
 * a plume trailing behind that lengthens with speed. One draw call for the whole fleet.
 */
function FleetExhaust() {
  const batch = useMemo(() => new GlowBatch(256, 1), []);
  useEffect(() => () => batch.dispose(), [batch]);
  const clock = useRef(0);

  useFrame((_, delta) => {
    clock.current += fxDelta(delta);
    const time = clock.current;
    const session = runtime.session;
    const sim = session.sim;
    trackEnemies(sim);
    batch.begin();
    for (const enemy of sim.enemies) {
      if (!enemy.alive || enemy.warpedOut) continue;
      const mounts = engineMounts[enemy.shipClass];
      if (!mounts) continue;
      // Disabled: the engines are dead, save a sputter when the circuits surge.
      const disabled = isDisabledShip(enemy, sim.tick);
      if (disabled && !isSurging(enemy, sim.tick)) continue;
      const stats = SHIP_CLASSES[enemy.shipClass];
      const v = enemy.body.velocity;
      const speed = Math.hypot(v.x, v.y, v.z);
      const thrust = disabled ? 0 : Math.min(1.5, Math.max(0.15, speed / stats.cruiseSpeedMps));
      const flicker = disabled ? 0.35 : 1 + Math.sin(time * 47 + enemy.id * 1.7) * 0.06;
      const radius = NOZZLE_RADIUS_M[enemy.shipClass];
      session.history.position(enemy.body, session.alpha, position);
      session.history.quaternion(enemy.body, session.alpha, quaternion);
      back.set(0, 0, 1).applyQuaternion(quaternion);
      const tint = shipTint(enemy.id);
      const light = (0.55 + 0.45 * thrust) * flicker;
      const plumeHalf = radius * (1.2 + 4.5 * thrust) * flicker;
      for (const mount of mounts) {
        nozzle.copy(mount).applyQuaternion(quaternion).add(position);
        batch.push(
          nozzle.x,
          nozzle.y,
          nozzle.z,
          0,
          0,
          0,
          radius * (2.2 + 0.8 * thrust) * flicker,
          GlowShape.Soft,
          0.9,
          0,
          tint.r * light * 0.8,
          tint.g * light * 0.8,
          tint.b * light * 0.8,
        );
        batch.push(
          nozzle.x + back.x * plumeHalf,
          nozzle.y + back.y * plumeHalf,
          nozzle.z + back.z * plumeHalf,
          -back.x * plumeHalf,
          -back.y * plumeHalf,
          -back.z * plumeHalf,
          radius * 1.1,
          GlowShape.Comet,
          1,
          0,
          tint.r * light,
          tint.g * light,
          tint.b * light,
        );
      }
    }
    batch.end();
  });

  return <primitive object={batch.mesh} />;
}

const CLASSES: readonly PilotedClass[] = ['dart', 'brawler', 'hunter', 'hauler'];

/**
 * Infinity's players: per class one InstancedMesh for the hull and one for the neon
 * glow strips (each ship tinted by its pilot), plus their engine exhaust.
 */
export function EnemyShips() {
  return (
    <>
      {CLASSES.map((shipClass) => (
        <Suspense key={shipClass} fallback={null}>
          <ClassFleet shipClass={shipClass} />
        </Suspense>
      ))}
      <FleetExhaust />
    </>
  );
}

for (const url of Object.values(MODEL_URLS)) useGLTF.preload(url);
