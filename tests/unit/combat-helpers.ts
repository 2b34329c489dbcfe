import { Vec3 } from 'cannon-es';
import {
  createSim,
  drainEvents,
  EMPTY_INPUT,
  stepSim,
  type InputFrame,
  type SimEvent,
  type SimState,
} from '../../src/sim';

/** An arena sim with the rocks parked far away, so a test controls every encounter. */
export function clearArena(seed = 451): SimState {
  const sim = createSim({ seed, category: 'arena' });
  sim.asteroids.forEach((rock, i) => rock.body.position.set(50_000 + i * 200, 50_000, 50_000));
  return sim;
}

/** Moves every enemy but `keep` out of the fight (40 km away and idle). */
export function isolate(sim: SimState, keepId: number): void {
  for (const enemy of sim.enemies) {
    if (enemy.id === keepId) continue;
    enemy.body.position.set(-40_000 - enemy.id * 500, 0, 0);
    enemy.body.velocity.set(0, 0, 0);
  }
}

export function place(
  sim: SimState,
  id: number,
  position: [number, number, number],
  velocity: [number, number, number] = [0, 0, 0],
): void {
  const ship = id === 0 ? sim.player : sim.enemyById.get(id)!;
  ship.body.position.set(...position);
  ship.body.velocity.set(...velocity);
}

/** Steps `ticks` ticks with the same input, returning every event. */
export function runFor(sim: SimState, ticks: number, input: InputFrame = EMPTY_INPUT): SimEvent[] {
  const events: SimEvent[] = [];
  for (let i = 0; i < ticks; i++) {
    stepSim(sim, input);
    events.push(...drainEvents(sim));
  }
  return events;
}

export function forwardOf(sim: SimState): Vec3 {
  return sim.player.body.quaternion.vmult(new Vec3(0, 0, -1));
}
