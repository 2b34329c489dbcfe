import { describe, expect, it } from 'vitest';
import {
  Button,
  CALLISTER,
  createSim,
  drainEvents,
  EMPTY_INPUT,
  FIXED_DT,
  hashSim,
  PHASERS,
  SHIP_CLASSES,
  stepSim,
  TORPEDOES,
  type SimState,
} from '../../src/sim';
import { DIFFICULTIES } from '../../src/sim/content/difficulty';
import { applyDamage } from '../../src/sim/systems/damage';
import { projectileSystem } from '../../src/sim/systems/projectiles';
import { spatialIndexSystem } from '../../src/sim/systems/spatial-index';
import { Faction, ProjectileKind, type FactionValue } from '../../src/sim/world/projectile-pool';
import { combatPilot } from './combat-pilot';
import { clearArena, isolate, place, runFor } from './combat-helpers';

function bolt(
  sim: SimState,
  from: [number, number, number],
  velocity: [number, number, number],
  faction: FactionValue = Faction.Player,
): void {
  sim.projectiles.spawn({
    kind: ProjectileKind.Phaser,
    faction,
    ownerId: faction === Faction.Player ? 0 : 999,
    targetId: -1,
    x: from[0],
    y: from[1],
    z: from[2],
    vx: velocity[0],
    vy: velocity[1],
    vz: velocity[2],
    lifeTicks: 10,
    damage: 5,
    splashDamage: 0,
    splashRadiusM: 0,
    turnRateRadPerS: 0,
    maxSpeedMps: 0,
    accelMps2: 0,
  });
}

/** Runs only the hit test for one tick: targets sit where we put them, moving at their velocity. */
function resolveProjectiles(sim: SimState) {
  spatialIndexSystem(sim);
  projectileSystem(sim);
  return drainEvents(sim);
}

describe('projectile hits (swept, no tunnelling)', () => {
  // The fastest thing in the game: a phaser bolt from a boosting Callister; and far beyond it.
  const speeds = [PHASERS.speedMps + CALLISTER.boostSpeedMps, 5000];
  const targetSpeeds = [0, 420];
  for (const boltSpeed of speeds) {
    for (const targetSpeed of targetSpeeds) {
      it(`a ${boltSpeed} m/s bolt hits a dart crossing at ${targetSpeed} m/s even when it would skip past in one tick`, () => {
        const sim = clearArena();
        const dart = sim.enemies.find((e) => e.shipClass === 'dart')!;
        isolate(sim, dart.id);
        place(sim, 0, [0, 5000, 0]);
        // The dart ends the tick at the origin, having crossed +X; the bolt ends the tick far beyond it.
        place(sim, dart.id, [0, 0, 0], [targetSpeed, 0, 0]);
        const travel = boltSpeed * FIXED_DT;
        const startZ = dart.radiusM + 1.5;
        // Cross the dart's line at the moment the dart is there (it moved from -v·dt to 0).
        const crossing = startZ / travel;
        bolt(sim, [targetSpeed * FIXED_DT * (crossing - 1), 0, startZ], [0, 0, -boltSpeed]);
        // Neither end of the bolt's path touches the hull: an end-point test would miss it.
        expect(travel - startZ).toBeGreaterThan(dart.radiusM + 1);
        const events = resolveProjectiles(sim);
        const hit = events.find((e) => e.type === 'Hit');
        expect(hit).toMatchObject({ targetId: dart.id, weapon: 'phaser' });
        expect(sim.projectiles.count).toBe(0);
      });
    }
  }

  it('a bolt passing 2 m outside the hull misses', () => {
    const sim = clearArena();
    const dart = sim.enemies.find((e) => e.shipClass === 'dart')!;
    isolate(sim, dart.id);
    place(sim, 0, [0, 5000, 0]);
    place(sim, dart.id, [0, 0, 0]);
    bolt(sim, [dart.radiusM + 2.7, 0, 40], [0, 0, -5000]);
    expect(resolveProjectiles(sim).some((e) => e.type === 'Hit')).toBe(false);
  });

  it('the Callister is hit on its hull boxes, and shots between the nacelles miss', () => {
    const sim = clearArena();
    isolate(sim, -1);
    place(sim, 0, [0, 0, 0]);
    // Straight down through the gap behind the saucer, between the nacelles (x = 0, z = +30).
    bolt(sim, [0, 20, 30], [0, -3000, 0], Faction.Infinity);
    expect(resolveProjectiles(sim).some((e) => e.type === 'Hit')).toBe(false);
    // Straight down onto the saucer.
    bolt(sim, [0, 40, -16], [0, -3000, 0], Faction.Infinity);
    const events = resolveProjectiles(sim);
    expect(events.find((e) => e.type === 'Hit')).toMatchObject({ targetId: 0 });
  });

  it('shots do not hurt their own side', () => {
    const sim = clearArena();
    const dart = sim.enemies[0]!;
    isolate(sim, dart.id);
    place(sim, 0, [0, 5000, 0]);
    place(sim, dart.id, [0, 0, 0]);
    bolt(sim, [0, 0, 30], [0, 0, -3000], Faction.Infinity);
    expect(resolveProjectiles(sim).some((e) => e.type === 'Hit')).toBe(false);
  });
});

describe('shields', () => {
  it('regenerate only after 3 s (180 ticks) without damage, then refill at the class rate', () => {
    const sim = clearArena();
    const brawler = sim.enemies.find((e) => e.shipClass === 'brawler')!;
    isolate(sim, brawler.id);
    place(sim, brawler.id, [0, 0, -30_000]);
    applyDamage(sim, brawler, 40, 'test');
    const after = brawler.shields;
    expect(after).toBe(SHIP_CLASSES.brawler.shieldsMax - 40);
    runFor(sim, 179);
    expect(brawler.shields).toBe(after);
    runFor(sim, 61);
    expect(brawler.shields).toBeCloseTo(
      after + SHIP_CLASSES.brawler.shieldRegenPerS * (60 / 60),
      0,
    );
  });

  it('absorb damage before the hull', () => {
    const sim = clearArena();
    const dart = sim.enemies[0]!;
    const result = applyDamage(sim, dart, dart.shieldsMax + 4, 'test');
    expect(result).toMatchObject({ shield: dart.shieldsMax, hull: 4, killed: false });
    expect(dart.hull).toBe(dart.hullMax - 4);
  });
});

describe('targeting and torpedoes', () => {
  function lockScenario() {
    const sim = clearArena();
    const hauler = sim.enemies.find((e) => e.shipClass === 'hauler')!;
    isolate(sim, hauler.id);
    place(sim, 0, [0, 0, 0]);
    place(sim, hauler.id, [0, 0, -900]);
    return { sim, hauler };
  }

  it('T targets the ship nearest the nose; Tab cycles by distance', () => {
    const sim = clearArena();
    const [a, b, c] = sim.enemies;
    isolate(sim, -1);
    place(sim, a!.id, [400, 0, -200]); // 63° off the nose, nearest
    place(sim, b!.id, [0, 30, -1500]); // dead ahead, far
    place(sim, c!.id, [-900, 0, 0]); // abeam
    runFor(sim, 1, { ...EMPTY_INPUT, buttons: Button.TargetAhead });
    expect(sim.player.targetId).toBe(b!.id);
    runFor(sim, 1);
    const byDistance = [...sim.enemies]
      .sort((x, y) => x.body.position.length() - y.body.position.length())
      .map((e) => e.id);
    const order: (number | null)[] = [];
    for (let i = 0; i < sim.enemies.length; i++) {
      runFor(sim, 1, { ...EMPTY_INPUT, buttons: Button.TargetCycle });
      runFor(sim, 1);
      order.push(sim.player.targetId);
    }
    // From b, cycling walks outward by distance and wraps round to the nearest.
    const start = byDistance.indexOf(b!.id);
    const expected = byDistance.map((_, i) => byDistance[(start + 1 + i) % byDistance.length]);
    expect(byDistance.slice(0, 3)).toEqual([a!.id, c!.id, b!.id]);
    expect(order).toEqual(expected);
  });

  it(`locks after the target stays in the cone for ${TORPEDOES.lockTicks} ticks (1.5 s)`, () => {
    const { sim, hauler } = lockScenario();
    const events = runFor(sim, 1, { ...EMPTY_INPUT, buttons: Button.TargetAhead });
    expect(sim.player.targetId).toBe(hauler.id);
    expect(events.some((e) => e.type === 'TorpedoLock' && e.phase === 'acquiring')).toBe(true);
    // The hauler drifts slowly; keep it in front by holding it in place each tick.
    let lockedAtTick = -1;
    for (let t = 0; t < 200 && lockedAtTick < 0; t++) {
      place(sim, hauler.id, [0, 0, -900]);
      const ev = runFor(sim, 1);
      if (ev.some((e) => e.type === 'TorpedoLock' && e.phase === 'locked')) lockedAtTick = sim.tick;
    }
    // Acquiring began on tick 0 (progress 1); locked when progress reaches lockTicks.
    expect(lockedAtTick).toBe(TORPEDOES.lockTicks);
    expect(sim.player.weapons.locked).toBe(true);
  });

  it('losing the target from the cone resets the lock', () => {
    const { sim, hauler } = lockScenario();
    runFor(sim, 1, { ...EMPTY_INPUT, buttons: Button.TargetAhead });
    runFor(sim, 30);
    place(sim, hauler.id, [900, 0, 0]);
    const events = runFor(sim, 1);
    expect(events.some((e) => e.type === 'TorpedoLock' && e.phase === 'lost')).toBe(true);
    expect(sim.player.weapons.lockProgressTicks).toBe(0);
  });

  it('a locked torpedo homes onto a target that breaks sideways and hits it', () => {
    const { sim, hauler } = lockScenario();
    runFor(sim, 1, { ...EMPTY_INPUT, buttons: Button.TargetAhead });
    for (let t = 0; t < TORPEDOES.lockTicks; t++) {
      place(sim, hauler.id, [0, 0, -900]);
      runFor(sim, 1);
    }
    expect(sim.player.weapons.locked).toBe(true);
    const stock = sim.player.weapons.torpedoes;
    runFor(sim, 1, { ...EMPTY_INPUT, buttons: Button.Torpedo });
    expect(sim.player.weapons.torpedoes).toBe(stock - 1);
    // The hauler runs sideways at full speed; a dumb-fire shot would miss by hundreds of metres.
    let hit = false;
    for (let t = 0; t < TORPEDOES.lifeTicks && !hit; t++) {
      hauler.body.velocity.set(SHIP_CLASSES.hauler.boostSpeedMps, 0, 0);
      hit = runFor(sim, 1).some(
        (e) => e.type === 'Hit' && e.weapon === 'torpedo' && e.targetId === hauler.id,
      );
    }
    expect(hit).toBe(true);
  });

  it('holding fire overheats the phasers; they lock out, then cool and recover', () => {
    const sim = clearArena();
    isolate(sim, -1);
    let overheatedAt = -1;
    for (let t = 0; t < 600 && overheatedAt < 0; t++) {
      if (
        runFor(sim, 1, { ...EMPTY_INPUT, buttons: Button.Fire }).some(
          (e) => e.type === 'PhasersOverheated',
        )
      ) {
        overheatedAt = t;
      }
    }
    const shotsToOverheat = Math.ceil(PHASERS.overheatAt / PHASERS.heatPerShot);
    expect(overheatedAt).toBe((shotsToOverheat - 1) * PHASERS.intervalTicks);
    const fired = runFor(sim, 30, { ...EMPTY_INPUT, buttons: Button.Fire }).filter(
      (e) => e.type === 'WeaponFired',
    );
    expect(fired).toHaveLength(0);
    const cooled = runFor(sim, 240).some((e) => e.type === 'PhasersCooled');
    expect(cooled).toBe(true);
  });
});

describe('Infinity pilots (AI)', () => {
  it('a dart notices the Callister, closes in, attacks, and breaks off when too close', () => {
    const sim = clearArena();
    const dart = sim.enemies.find((e) => e.shipClass === 'dart')!;
    isolate(sim, dart.id);
    place(sim, dart.id, [0, 0, -1400]);
    const seen: string[] = [dart.ai.state];
    for (let t = 0; t < 60 * 20; t++) {
      runFor(sim, 1);
      if (seen.at(-1) !== dart.ai.state) seen.push(dart.ai.state);
      if (seen.includes('evade')) break;
    }
    expect(seen[0]).toBe('patrol');
    expect(seen).toContain('pursue');
    expect(seen).toContain('attack');
    expect(seen).toContain('evade');
    expect(seen.indexOf('pursue')).toBeLessThan(seen.indexOf('attack'));
  });

  it('notices only after the reaction delay', () => {
    const sim = clearArena();
    const brawler = sim.enemies.find((e) => e.shipClass === 'brawler')!;
    isolate(sim, brawler.id);
    place(sim, brawler.id, [0, 0, -1000]);
    brawler.ai.noticedTick = -1;
    runFor(sim, DIFFICULTIES.normal.reactionTicks - 1);
    expect(brawler.ai.state).toBe('patrol');
    runFor(sim, 3);
    expect(brawler.ai.state).toBe('pursue');
  });

  it('a badly damaged fighter flees, and logs off once far enough away', () => {
    const sim = clearArena();
    const dart = sim.enemies.find((e) => e.shipClass === 'dart')!;
    isolate(sim, dart.id);
    place(sim, dart.id, [0, 0, -600]);
    dart.shields = 0;
    dart.hull = dart.hullMax * 0.2;
    dart.ai.state = 'attack';
    const events = runFor(sim, 2);
    expect(dart.ai.state).toBe('flee');
    expect(
      events.some((e) => e.type === 'Comms' && e.from === dart.tag) || sim.lastCommsTick >= 0,
    ).toBe(true);
    runFor(sim, 60 * 30);
    expect(sim.enemyById.has(dart.id)).toBe(false);
    expect(dart.warpedOut).toBe(true);
  });

  it('an unarmed hauler runs when shot instead of fighting', () => {
    const sim = clearArena();
    const hauler = sim.enemies.find((e) => e.shipClass === 'hauler')!;
    isolate(sim, hauler.id);
    place(sim, hauler.id, [0, 0, -500]);
    applyDamage(sim, hauler, 5, 'test');
    hauler.ai.recentDamage = 5;
    runFor(sim, 2);
    expect(hauler.ai.state).toBe('flee');
  });

  it('an enemy attacking an idle Callister takes its shields down', () => {
    const sim = createSim({ seed: 451, category: 'arena' });
    runFor(sim, 60 * 20);
    expect(sim.player.shields).toBeLessThan(60);
  });

  it('every pilot has a gamer tag and a credit load in its class range', () => {
    const sim = createSim({ seed: 9, category: 'arena' });
    for (const enemy of sim.enemies) {
      expect(enemy.tag).toMatch(/^[A-Za-z0-9_]{3,24}$/);
      const { min, max } = SHIP_CLASSES[enemy.shipClass].credits;
      expect(enemy.credits).toBeGreaterThanOrEqual(min);
      expect(enemy.credits).toBeLessThanOrEqual(max);
    }
  });
});

describe('a whole fight', () => {
  function fight(seed: number): { hashes: string[]; events: number; destroyed: number } {
    const sim = createSim({ seed, category: 'arena' });
    const hashes: string[] = [];
    let events = 0;
    let destroyed = 0;
    for (let t = 0; t < 2400; t++) {
      stepSim(sim, combatPilot(sim, { torpedoes: t > 600 }));
      for (const e of drainEvents(sim)) {
        events++;
        if (e.type === 'ShipDestroyed') destroyed++;
      }
      if (sim.tick % 60 === 0) hashes.push(hashSim(sim));
    }
    return { hashes, events, destroyed };
  }

  it('is deterministic: the same seed and inputs give the same hash every second of a 40 s dogfight', () => {
    const a = fight(451);
    const b = fight(451);
    expect(a.events).toBeGreaterThan(100);
    expect(a.destroyed).toBeGreaterThanOrEqual(2);
    expect(b.hashes).toEqual(a.hashes);
  });

  it('a pilot who aims and fires clears the arena, which ends the run with an outcome', () => {
    const sim = createSim({ seed: 7, category: 'arena' });
    for (let t = 0; t < 60 * 180 && !sim.outcome; t++)
      stepSim(sim, combatPilot(sim, { torpedoes: true }));
    expect(sim.outcome).toMatchObject({ kind: 'arena-cleared' });
    expect(sim.enemies).toHaveLength(0);
  });
});
