import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  Quaternion,
  Vector3,
} from 'three';
import { runtime } from '../../game/runtime';
import { fxDelta } from '../combat/combat-view';
import { GlowBatch } from '../combat/glow-batch';
import { onRelayEvent, relayFaults } from './relay-effects';
import { buildRelayGeometry } from './relay-geometry';
import { drawRelayGlow } from './relay-glow';
import { createRelayMaterial } from './relay-material';
import { clearRelays, collapseOf, relayClock, relayViews, syncRelays } from './relay-state';

/** Relays drawn at once (the party puts up three). */
const CAPACITY = 8;
/** How fast a hit's flash fades, per second. */
const HIT_DECAY = 3.2;

const matrix = new Matrix4();
const position = new Vector3();
const rotation = new Quaternion();
const scale = new Vector3(1, 1, 1);
const UP = new Vector3(0, 1, 0);

function createParts() {
  const geometry = buildRelayGeometry();
  const { material, time } = createRelayMaterial();
  const mesh = new InstancedMesh(geometry, material, CAPACITY);
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  const tint = new InstancedBufferAttribute(new Float32Array(CAPACITY * 3), 3);
  const state = new InstancedBufferAttribute(new Float32Array(CAPACITY * 4), 4);
  tint.setUsage(DynamicDrawUsage);
  state.setUsage(DynamicDrawUsage);
  geometry.setAttribute('aTint', tint);
  geometry.setAttribute('aState', state);
  mesh.frustumCulled = false;
  mesh.count = 0;
  mesh.visible = false;
  return { mesh, time, tint, state, glow: new GlowBatch(256, 2) };
}

/**
 * Chapter 2's invitation relays: broadcast masts around Walton's planet, each in its
 * party colour, with turning rings, a climbing neon pulse, a beam into the sky and
 * broadcast rings across the sector. They flare when hit, short out when damaged and
 * break apart when they fall. Two draw calls for every relay: the instanced mast and
 * one glow batch (both skipped outside the party).
 */
export function Relays() {
  const parts = useMemo(createParts, []);
  const generation = useRef(-1);

  useEffect(() => runtime.session.onEvent(onRelayEvent), []);
  useEffect(
    () => () => {
      parts.mesh.geometry.dispose();
      parts.mesh.material.dispose();
      parts.mesh.dispose();
      parts.glow.dispose();
      clearRelays();
    },
    [parts],
  );

  useFrame((_, delta) => {
    const session = runtime.session;
    if (generation.current !== session.generation) {
      // A new run: the last run's relays are gone.
      generation.current = session.generation;
      clearRelays();
    }
    const dt = fxDelta(delta);
    relayClock.time += dt;
    const clock = relayClock.time;
    parts.time.value = clock;
    syncRelays(session.sim);

    const tint = parts.tint.array as Float32Array;
    const state = parts.state.array as Float32Array;
    const glow = parts.glow;
    glow.begin();
    let n = 0;
    for (const relay of relayViews()) {
      const collapse = collapseOf(relay);
      if (collapse >= 1 || n === CAPACITY) continue;
      relay.hit = Math.max(0, relay.hit - dt * HIT_DECAY);
      relayFaults(relay);
      position.set(relay.x, relay.y, relay.z);
      rotation.setFromAxisAngle(UP, relay.yaw);
      matrix.compose(position, rotation, scale);
      parts.mesh.setMatrixAt(n, matrix);
      tint[n * 3] = relay.tint.r;
      tint[n * 3 + 1] = relay.tint.g;
      tint[n * 3 + 2] = relay.tint.b;
      state[n * 4] = relay.hit;
      state[n * 4 + 1] = relay.damage;
      state[n * 4 + 2] = collapse;
      state[n * 4 + 3] = relay.seed;
      drawRelayGlow(glow, relay, clock, collapse);
      n++;
    }
    glow.end();
    const mesh = parts.mesh;
    mesh.count = n;
    mesh.visible = n > 0;
    if (n > 0) {
      mesh.instanceMatrix.needsUpdate = true;
      parts.tint.needsUpdate = true;
      parts.state.needsUpdate = true;
    }
  });

  return (
    <>
      <primitive object={parts.mesh} />
      <primitive object={parts.glow.mesh} />
    </>
  );
}
