import { useFrame } from '@react-three/fiber';
import { useEffect } from 'react';
import { runtime } from '../../game/runtime';
import { fxDelta } from '../combat/combat-view';
import { Bob } from './Bob';
import { CopyBeam } from './CopyBeam';
import { DeletionVoid } from './DeletionVoid';
import { HeartGates } from './HeartGates';
import { HeartGlow } from './HeartGlow';
import { HeartLattice } from './HeartLattice';
import { HeartStructures } from './HeartStructures';
import { Uplink } from './Uplink';
import { heartView, onHeartEvent, resetHeartView } from './heart-view-state';

/** Advances the Heart's effects clock and forgets the last run's flashes on a new one. */
function HeartClock() {
  useEffect(() => runtime.session.onEvent((event) => onHeartEvent(event, runtime.session.sim)), []);
  useFrame((_, delta) => {
    const session = runtime.session;
    if (heartView.generation !== session.generation) resetHeartView(session.generation);
    heartView.time += fxDelta(delta);
  }, -0.5);
  return null;
}

/**
 * Chapter 3, the Heart of Infinity, "the inside of a game engine": lattice walls with
 * data streams and scrolling code, the gauntlet's rings and firewalls, the turrets and
 * pylons, Bob's hologram and his copy beam, the cutlass, the deletion's collapse, and
 * the retro uplink. Replaces the sector's backdrop and landmarks while the chapter is
 * the Heart; every piece reads sim.heart in useFrame (nothing re-renders per tick).
 */
export function HeartScene() {
  return (
    <>
      <HeartClock />
      <HeartLattice />
      <HeartGates />
      <HeartStructures />
      <Bob />
      <CopyBeam />
      <DeletionVoid />
      <Uplink />
      <HeartGlow />
    </>
  );
}
