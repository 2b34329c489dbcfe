import { describe, expect, it } from 'vitest';
import { Vec3 } from 'cannon-es';
import {
  Button,
  CALLISTER,
  createSim,
  drainEvents,
  EMPTY_INPUT,
  quantizeAxis,
  stepSim,
  type InputFrame,
  type SimState,
} from '../../src/sim';

function frame(partial: Partial<InputFrame>): InputFrame {
  return { ...EMPTY_INPUT, ...partial };
}

function run(sim: SimState, input: InputFrame, ticks: number): void {
  for (let i = 0; i < ticks; i++) stepSim(sim, input);
}

/** A sim with the asteroids moved far away, so flight tests fly in clear space. */
function openSpaceSim(): SimState {
  const sim = createSim({ seed: 3 });
  for (const asteroid of sim.asteroids)
    asteroid.body.position.set(1e6, 1e6, 1e6 + asteroid.radiusM * 10);
  sim.player.body.position.set(0, -2500, 2500);
  return sim;
}

function forwardSpeed(sim: SimState): number {
  const forward = sim.player.body.quaternion.vmult(new Vec3(0, 0, -1));
  return sim.player.body.velocity.dot(forward);
}

describe('flight model', () => {
  it('holding throttle up raises the set-point and the ship accelerates to cruise speed', () => {
    const sim = openSpaceSim();
    run(sim, frame({ throttle: quantizeAxis(1) }), 30);
    const early = forwardSpeed(sim);
    expect(early).toBeGreaterThan(10);
    run(sim, frame({ throttle: quantizeAxis(1) }), 90);
    expect(sim.player.throttle).toBe(1);
    run(sim, EMPTY_INPUT, 120);
    // Throttle stays where the lever was left: the ship holds cruise with no key down.
    expect(forwardSpeed(sim)).toBeCloseTo(CALLISTER.cruiseSpeedMps, 0);
    expect(forwardSpeed(sim)).toBeGreaterThan(early);
  });

  it('flight assist damps sideways drift; with assist off the drift persists', () => {
    const assisted = openSpaceSim();
    const drifting = openSpaceSim();
    run(drifting, frame({ buttons: Button.FlightAssist }), 1);
    expect(drifting.player.flightAssist).toBe(false);
    for (const sim of [assisted, drifting]) {
      run(sim, frame({ strafe: quantizeAxis(1) }), 60);
      expect(sim.player.body.velocity.length()).toBeGreaterThan(30);
      run(sim, EMPTY_INPUT, 120);
    }
    expect(assisted.player.body.velocity.length()).toBeLessThan(0.5);
    expect(drifting.player.body.velocity.length()).toBeGreaterThan(40);
  });

  it('turning with assist on swings the velocity round to the new heading', () => {
    const sim = openSpaceSim();
    run(sim, frame({ throttle: quantizeAxis(1) }), 120);
    run(sim, frame({ yaw: quantizeAxis(1) }), 80);
    run(sim, EMPTY_INPUT, 120);
    const forward = sim.player.body.quaternion.vmult(new Vec3(0, 0, -1));
    const v = sim.player.body.velocity;
    const alignment = v.dot(forward) / v.length();
    expect(forward.z).toBeGreaterThan(-0.8); // it really turned
    expect(alignment).toBeGreaterThan(0.99);
  });

  it('boost drains energy and pushes past cruise speed; energy refills afterwards', () => {
    const sim = openSpaceSim();
    run(sim, frame({ buttons: Button.Boost }), 120);
    expect(sim.player.boosting).toBe(true);
    expect(forwardSpeed(sim)).toBeGreaterThan(CALLISTER.cruiseSpeedMps + 50);
    const drained = CALLISTER.energyMax - sim.player.energy;
    expect(drained).toBeCloseTo(CALLISTER.boostDrainPerS * 2, 0);
    run(sim, EMPTY_INPUT, 60);
    expect(sim.player.boosting).toBe(false);
    expect(sim.player.energy).toBeGreaterThan(CALLISTER.energyMax - drained);
  });

  it('boost cuts out when the energy runs dry and stays off until the key is pressed again', () => {
    const sim = openSpaceSim();
    const secondsToEmpty = CALLISTER.energyMax / CALLISTER.boostDrainPerS;
    run(sim, frame({ buttons: Button.Boost }), Math.ceil(secondsToEmpty * 60) + 1);
    expect(sim.player.energy).toBeLessThan(1);
    expect(sim.player.boosting).toBe(false);
    const ended = drainEvents(sim).filter((e) => e.type === 'BoostEnded');
    expect(ended).toEqual([expect.objectContaining({ outOfEnergy: true })]);
    // Still holding: the reactor refills past the restart level, but boost stays off.
    run(sim, frame({ buttons: Button.Boost }), 120);
    expect(sim.player.energy).toBeGreaterThan(CALLISTER.boostRestartEnergy);
    expect(sim.player.boosting).toBe(false);
    run(sim, EMPTY_INPUT, 1);
    run(sim, frame({ buttons: Button.Boost }), 1);
    expect(sim.player.boosting).toBe(true);
  });

  it('pitch input raises the nose (forward gains +Y)', () => {
    const sim = openSpaceSim();
    run(sim, frame({ pitch: quantizeAxis(1) }), 30);
    const forward = sim.player.body.quaternion.vmult(new Vec3(0, 0, -1));
    expect(forward.y).toBeGreaterThan(0.3);
  });
});

describe('collisions', () => {
  it('ramming an asteroid costs shields, reports the impact, and pushes a small rock', () => {
    const sim = createSim({ seed: 11 });
    // Pick a mid-sized rock and park the ship 150 m in front of it, nose on.
    const rock = sim.asteroids.find((a) => a.radiusM > 12 && a.radiusM < 20)!;
    const rockStart = rock.body.position.clone();
    rock.body.velocity.set(0, 0, 0);
    sim.player.body.position.set(rockStart.x, rockStart.y, rockStart.z + 150 + rock.radiusM);
    let impact = false;
    for (let t = 0; t < 240 && !impact; t++) {
      stepSim(sim, frame({ buttons: Button.Boost }));
      impact = drainEvents(sim).some((e) => e.type === 'ShipImpact');
    }
    expect(impact).toBe(true);
    expect(sim.player.shields).toBeLessThan(CALLISTER.shieldsMax - 20);
    run(sim, EMPTY_INPUT, 30);
    expect(rock.body.position.distanceTo(rockStart)).toBeGreaterThan(1);
  });

  it('shields soak damage before the hull, and regenerate after 3 s without hits', () => {
    const sim = openSpaceSim();
    const rock = sim.asteroids[0]!;
    rock.body.position.set(0, -2500, 2500 - 60 - rock.radiusM);
    rock.body.velocity.set(0, 0, 0);
    sim.player.shields = 10;
    let hit = false;
    for (let t = 0; t < 300 && !hit; t++) {
      stepSim(sim, frame({ buttons: Button.Boost }));
      hit = drainEvents(sim).some((e) => e.type === 'ShipImpact' && e.hullDamage > 0);
    }
    expect(hit).toBe(true);
    expect(sim.player.shields).toBe(0);
    expect(sim.player.hull).toBeLessThan(CALLISTER.hullMax);
    const hitTick = sim.player.lastDamageTick;
    run(sim, frame({ throttle: quantizeAxis(-1) }), CALLISTER.shieldRegenDelayTicks - 10);
    if (sim.player.lastDamageTick === hitTick) expect(sim.player.shields).toBe(0);
    run(sim, EMPTY_INPUT, 120);
    expect(sim.player.shields).toBeGreaterThan(0);
  });
});
