import { Suspense } from 'react';
import { runtime } from '../game/runtime';
import { useRun } from '../state/run-store';
import { Asteroids } from './Asteroids';
import { CameraBridge } from './CameraBridge';
import { ChaseCamera } from './ChaseCamera';
import { CombatScene } from './combat/CombatScene';
import { HeartJump } from './heart/HeartJump';
import { HeartScene } from './heart/HeartScene';
import { GhostShip } from './GhostShip';
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

/**
 * The sector (chapters 1–2): backdrop, landmarks and rocks. The sim leaves all of it
 * behind when the Callister jumps to the Heart.
 */
function Sector() {
  const sim = runtime.session.sim;
  return (
    <>
      <Nebula seed={sim.seed} />
      <Starfield seed={sim.seed} />
      <WaltonPlanet position={[...sim.waltonPlanet.position]} radiusM={sim.waltonPlanet.radiusM} />
      {sim.station ? (
        <TradeStation position={[...sim.station.position]} radiusM={sim.station.radiusM} />
      ) : null}
      <Asteroids asteroids={sim.asteroids} seed={sim.seed} />
      <PiracyScene />
      <Relays />
    </>
  );
}

/**
 * The world of the run: the sector, or the Heart once the chapter is the Heart (the
 * campaign changes chapter mid-run, so this follows the run store's chapter), with the
 * sim driver, cameras, the battle, the Callister and the PB ghost common to both.
 */
export function SectorScene() {
  // Re-read the sim whenever a new run replaces it.
  useRun((state) => state.generation);
  const inHeart = useRun((state) => state.chapter) === 'heart';
  return (
    <>
      <SimDriver />
      <ChaseCamera />
      <CameraBridge />
      <Lighting />
      {inHeart ? <HeartScene /> : <Sector />}
      <CombatScene />
      <HeartJump />
      <SpaceDust />
      <Suspense fallback={null}>
        <PlayerShip />
        <GhostShip />
      </Suspense>
    </>
  );
}
