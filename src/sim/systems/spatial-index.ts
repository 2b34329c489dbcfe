import { CALLISTER } from '../content/callister';
import { isStructureClass } from '../content/ship-classes';
import type { SimState } from '../state';
import { GridKind } from '../world/spatial-grid';

/**
 * Rebuilds the spatial grids from post-physics positions. Small, numerous ships go in
 * one grid and the big things they avoid (the Callister, rocks, relays) in another, so
 * a ship's neighbour query is not widened by a 46 m rock's radius and an avoidance
 * look-ahead does not wade through a swarm.
 */
export function spatialIndexSystem(sim: SimState): void {
  const ships = sim.grid;
  const obstacles = sim.obstacles;
  ships.begin();
  obstacles.begin();
  const player = sim.player;
  if (player.alive) {
    const p = player.body.position;
    obstacles.add(GridKind.Player, 0, p.x, p.y, p.z, CALLISTER.hitRadiusM);
  }
  const enemies = sim.enemies;
  for (let i = 0; i < enemies.length; i++) {
    const enemy = enemies[i]!;
    if (!enemy.alive) continue;
    const p = enemy.body.position;
    const grid = isStructureClass(enemy.shipClass) ? obstacles : ships;
    grid.add(GridKind.Enemy, i, p.x, p.y, p.z, enemy.radiusM);
  }
  const asteroids = sim.asteroids;
  for (let i = 0; i < asteroids.length; i++) {
    const rock = asteroids[i]!;
    const p = rock.body.position;
    obstacles.add(GridKind.Asteroid, i, p.x, p.y, p.z, rock.radiusM);
  }
  ships.build();
  obstacles.build();
}
