import { CALLISTER } from '../content/callister';
import type { SimState } from '../state';
import { GridKind } from '../world/spatial-grid';

/** Rebuilds the spatial grid from post-physics positions: the Callister, Infinity ships, rocks. */
export function spatialIndexSystem(sim: SimState): void {
  const grid = sim.grid;
  grid.begin();
  const player = sim.player;
  if (player.alive) {
    const p = player.body.position;
    grid.add(GridKind.Player, 0, p.x, p.y, p.z, CALLISTER.hitRadiusM);
  }
  const enemies = sim.enemies;
  for (let i = 0; i < enemies.length; i++) {
    const enemy = enemies[i]!;
    if (!enemy.alive) continue;
    const p = enemy.body.position;
    grid.add(GridKind.Enemy, i, p.x, p.y, p.z, enemy.radiusM);
  }
  const asteroids = sim.asteroids;
  for (let i = 0; i < asteroids.length; i++) {
    const rock = asteroids[i]!;
    const p = rock.body.position;
    grid.add(GridKind.Asteroid, i, p.x, p.y, p.z, rock.radiusM);
  }
  grid.build();
}
