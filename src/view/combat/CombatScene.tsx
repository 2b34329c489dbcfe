import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { forgetEnemies, fxDelta } from './combat-view';
import { Debris } from './Debris';
import { EnemyShips } from './EnemyShips';
import { Explosions } from './Explosions';
import { fx } from './fx-particles';
import { Projectiles } from './Projectiles';
import { ShieldFlashes } from './ShieldFlashes';

/** Steps the shared effect pool on the view clock and draws it (glow and smoke: two draw calls). */
function EffectPool() {
  const generation = useRef(-1);
  useEffect(() => () => fx.clear(), []);
  useFrame((_, delta) => {
    const session = runtime.session;
    if (generation.current !== session.generation) {
      // A new run: nothing from the last one lingers.
      generation.current = session.generation;
      fx.clear();
      forgetEnemies();
    }
    fx.update(fxDelta(delta));
  });
  return (
    <>
      <primitive object={fx.smoke.mesh} />
      <primitive object={fx.batch.mesh} />
    </>
  );
}

/**
 * The battle: Infinity's ships (instanced per class), projectiles, explosions,
 * shield flashes, debris. Draw calls stay flat however many ships and shots there
 * are: two per ship class, and one each for exhaust, projectiles, effect glow,
 * effect smoke, shield bubbles and debris (each skipped while it has nothing to draw).
 */
export function CombatScene() {
  return (
    <>
      <EnemyShips />
      <Debris />
      <Projectiles />
      <ShieldFlashes />
      <Explosions />
      <EffectPool />
    </>
  );
}
