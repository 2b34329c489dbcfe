import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { runtime } from '../../game/runtime';
import type { SimEvent } from '../../sim';
import { fxDelta } from '../combat/combat-view';
import {
  creditMotes,
  drawCreditMotes,
  onCreditsCollected,
  onCreditsDropped,
  onCreditsStolen,
  onSiphonInterrupted,
} from './credit-bursts';
import { CreditChips } from './credit-chips';
import { onShipDisabled, updateDisabledShips } from './disabled-sparks';
import { DockingGuide } from './docking-guide';
import { piracyClock, piracyGlow } from './piracy-view';
import { drawSiphonBeam } from './siphon-beam';
import { WaltonScene } from './walton-scene';
import { clearWarpArrivals, onWarpEvent, updateWarpArrivals } from './warp-flashes';

function onSimEvent(event: SimEvent): void {
  switch (event.type) {
    case 'ShipWarped':
      onWarpEvent(event);
      break;
    case 'ShipDisabled':
      onShipDisabled(event);
      break;
    case 'CreditsStolen':
      onCreditsStolen(event);
      break;
    case 'CreditsCollected':
      onCreditsCollected(event);
      break;
    case 'CreditsDropped':
      onCreditsDropped(event);
      break;
    case 'SiphonInterrupted':
      onSiphonInterrupted(event);
      break;
    default:
      break;
  }
}

/**
 * Chapter 1's effects: warp flashes, disabled ships shorting out, the siphon beam and
 * the credits it pulls in, credit chips to scoop up, the station's docking guide and
 * Walton's scene (tractor beam, avatar, the invitation broadcast). Draw calls stay
 * flat however many ships and pickups there are: one glow batch for every sprite, one
 * instanced mesh for the chips, the docking ring, and the scene's beam, avatar and
 * broadcast shells (each drawn only while it shows). Sparks and flashes go into the
 * combat effect pool.
 */
export function PiracyScene() {
  const camera = useThree((state) => state.camera);
  const parts = useMemo(
    () => ({ chips: new CreditChips(), dock: new DockingGuide(), walton: new WaltonScene() }),
    [],
  );
  const generation = useRef(-1);

  useEffect(() => runtime.session.onEvent(onSimEvent), []);
  useEffect(
    () => () => {
      parts.chips.dispose();
      parts.dock.dispose();
      parts.walton.dispose();
    },
    [parts],
  );

  useFrame((_, delta) => {
    const session = runtime.session;
    if (generation.current !== session.generation) {
      // A new run: nothing from the last one lingers.
      generation.current = session.generation;
      creditMotes.clear();
      clearWarpArrivals();
    }
    const dt = fxDelta(delta);
    piracyClock.time += dt;
    const time = piracyClock.time;
    updateWarpArrivals();

    const batch = piracyGlow;
    batch.begin();
    updateDisabledShips(dt, batch);
    parts.chips.update(time, batch);
    drawSiphonBeam(time, batch);
    drawCreditMotes(dt, time, batch);
    parts.dock.update(dt, time, camera.position, batch);
    parts.walton.update(time, camera.position, batch);
    batch.end();
  });

  return (
    <>
      <primitive object={parts.chips.group} />
      <primitive object={parts.dock.mesh} />
      <primitive object={parts.walton.group} />
      <primitive object={piracyGlow.mesh} />
    </>
  );
}
