import { Suspense } from 'react';
import { runtime } from '../game/runtime';
import { useRun } from '../state/run-store';
import { Asteroids } from './Asteroids';
import { CameraBridge } from './CameraBridge';
import { ChaseCamera } from './ChaseCamera';
import { CombatScene } from './combat/CombatScene';
import { Lighting } from './Lighting';
import { Nebula } from './Nebula';
import { PiracyScene } from './piracy/PiracyScene';
import { Relays } from './party/Relays';
import { PlayerShip } from './PlayerShip';
import { SimDriver } from './SimDriver';
import { SpaceDust } from './SpaceDust';
import { Starfield } from './Starfield';
import { TradeStation } from './TradeStation';
import { WaltonPlanet } from './WaltonPlanet';

/** The Piracy sector: backdrop, landmarks, rocks and the Callister. */
export function SectorScene() {
  // Re-read the sim whenever a new run replaces it.
  useRun((state) => state.generation);
  const sim = runtime.session.sim;
  return (
    <>
      <SimDriver />
      <ChaseCamera />
      <CameraBridge />
      <Lighting />
      <Nebula seed={sim.seed} />
      <Starfield seed={sim.seed} />
      <WaltonPlanet position={[...sim.waltonPlanet.position]} radiusM={sim.waltonPlanet.radiusM} />
      {sim.station ? (
        <TradeStation position={[...sim.station.position]} radiusM={sim.station.radiusM} />
      ) : null}
      <Asteroids asteroids={sim.asteroids} seed={sim.seed} />
      <CombatScene />
      <PiracyScene />
      <Relays />
      <SpaceDust />
      <Suspense fallback={null}>
        <PlayerShip />
      </Suspense>
    </>
  );
}
