import { Vec3 } from 'cannon-es';
import { CREW, CREW_RULES } from '../content/crew';
import type { InputFrame } from '../input-frame';
import type { SimState } from '../state';
import { torpedoCapacity } from './fence';

const right = new Vec3();
const LOCAL_RIGHT = new Vec3(1, 0, 0);

/** What each ability does when its crew member is alive and it is off cooldown. */
function activate(sim: SimState, slot: number, input: InputFrame): void {
  const definition = CREW[slot]!;
  const player = sim.player;
  const effects = player.effects;
  switch (definition.ability) {
    case 'rally':
      effects.rallyUntilTick = sim.tick + CREW_RULES.rally.durationTicks;
      break;
    case 'evasive': {
      // Nate throws the ship sideways: toward the held strafe direction, else to starboard.
      const impulse = CREW_RULES.evasive.impulseMps * (input.strafe < 0 ? -1 : 1);
      player.body.quaternion.vmult(LOCAL_RIGHT, right);
      player.body.velocity.x += right.x * impulse;
      player.body.velocity.y += right.y * impulse;
      player.body.velocity.z += right.z * impulse;
      effects.invulnerableUntilTick = sim.tick + CREW_RULES.evasive.invulnerableTicks;
      break;
    }
    case 'overcharge':
      player.shields = player.shieldsMax;
      effects.overshield = CREW_RULES.overcharge.overshield;
      effects.overchargeUntilTick = sim.tick + CREW_RULES.overcharge.durationTicks;
      break;
    case 'sweep':
      effects.sweepUntilTick = sim.tick + CREW_RULES.sweep.durationTicks;
      break;
    case 'reload':
      player.weapons.torpedoes = Math.min(
        torpedoCapacity(sim),
        player.weapons.torpedoes + CREW_RULES.reload.torpedoes,
      );
      break;
  }
  sim.crew[slot]!.cooldownTicks = definition.cooldownTicks;
  sim.events.push({
    type: 'AbilityUsed',
    tick: sim.tick,
    crew: definition.name,
    ability: definition.ability,
  });
}

/** Crew abilities on keys 1–5 (press edges), cooldowns, and effects running out. */
export function crewSystem(sim: SimState, input: InputFrame): void {
  for (const member of sim.crew) if (member.cooldownTicks > 0) member.cooldownTicks--;
  const effects = sim.player.effects;
  if (effects.overshield > 0 && sim.tick >= effects.overchargeUntilTick) effects.overshield = 0;
  const slot = input.ability - 1;
  const pressed = input.ability !== 0 && input.ability !== sim.previousAbility;
  sim.previousAbility = input.ability;
  if (!pressed || !sim.player.alive || slot < 0 || slot >= sim.crew.length) return;
  const member = sim.crew[slot]!;
  if (!member.alive || member.cooldownTicks > 0) return;
  activate(sim, slot, input);
}

/**
 * A heavy hull hit wounds whoever crews the station facing the blow (the station
 * whose direction best matches where the hit came from, in the ship's frame).
 */
export function woundCrew(
  sim: SimState,
  hullDamage: number,
  directionLocal: readonly [number, number, number] | null,
): void {
  if (hullDamage < CREW_RULES.heavyHitHull) return;
  let slot = 0;
  if (directionLocal) {
    let best = -Infinity;
    CREW.forEach((definition, index) => {
      const d = definition.stationDirection;
      const score = d[0] * directionLocal[0] + d[1] * directionLocal[1] + d[2] * directionLocal[2];
      if (score > best) {
        best = score;
        slot = index;
      }
    });
  }
  const member = sim.crew[slot]!;
  if (!member.alive) return;
  member.health = Math.max(0, member.health - hullDamage * CREW_RULES.woundPerHull);
  if (member.health > 0) {
    sim.events.push({
      type: 'CrewWounded',
      tick: sim.tick,
      crew: member.name,
      health: member.health,
    });
    return;
  }
  member.alive = false;
  member.cooldownTicks = 0;
  sim.events.push({ type: 'CrewDied', tick: sim.tick, crew: member.name });
  sim.events.push({
    type: 'Comms',
    tick: sim.tick,
    from: 'USS Callister',
    text: `${member.name} is dead. ${CREW[slot]!.abilityLabel} is offline.`,
  });
}
