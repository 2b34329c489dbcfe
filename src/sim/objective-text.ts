import { OBJECTIVE } from './content/piracy-rules';
import type { PartyState, SimState } from './state';

function credits(value: number): string {
  return value.toLocaleString('en-US');
}

/** Chapter 2: hold out until the party ends, or take its relays down (the fast way). */
function describeParty(party: PartyState | null): string {
  if (!party) return 'Survive the party';
  if (party.endedBy === 'relays') return 'Invitation revoked: the party is over';
  if (party.endedBy === 'timer') return 'The party is over: you survived it';
  const total = party.relayIds.length;
  const left = party.relaysLeft;
  const relays = `destroy the ${total} invitation relays`;
  return left < total
    ? `Survive the party — or ${relays} (${left} left)`
    : `Survive the party — or ${relays}`;
}

/** Chapter 3, stage by stage. */
function describeHeart(sim: SimState): string {
  const heart = sim.heart;
  if (!heart) return 'Jump to the Heart of Infinity';
  switch (heart.stage) {
    case 'gauntlet':
      return "Run the gauntlet to the Heart's core";
    case 'bob':
      return heart.pylonsLeft > 0
        ? `Break Bob's pylons (${heart.pylonsLeft} left) — keep out of his copy beam`
        : `His shield is down: strike Bob with the cutlass (${heart.bob.strikesLeft} to go)`;
    case 'deletion':
      return 'Infinity is deleting itself: reach the retro computer uplink';
    case 'uplink':
      return 'Hold position at the uplink';
    case 'done':
      switch (heart.ending) {
        case 'uploaded':
          return 'Upload complete';
        case 'copied':
          return 'Copied';
        case 'deleted':
          return 'Deleted with Infinity';
        default:
          return 'The Callister is lost';
      }
  }
}

/** The current objective in words, as the HUD's objective line and the test hook show it. */
export function describeObjective(sim: SimState): string {
  if (sim.outcome?.kind === 'destroyed') return 'The Callister is lost';
  switch (sim.chapter) {
    case 'arena':
      return sim.outcome
        ? 'Arena cleared'
        : `Clear the arena: ${sim.enemies.length} Infinity players left`;
    case 'piracy':
      switch (sim.objective.stage) {
        case 'raid':
          return `Steal ${credits(OBJECTIVE.targetCredits)} credits (${credits(Math.min(sim.credits, OBJECTIVE.targetCredits))} / ${credits(OBJECTIVE.targetCredits)})`;
        case 'reach-walton':
          return "Fly to Walton's planet and bring James Walton aboard";
        case 'walton-scene':
          return 'James Walton is aboard';
        case 'done':
          return 'Survive the party';
      }
      break;
    case 'party':
      return describeParty(sim.party);
    case 'heart':
      return describeHeart(sim);
  }
  return '';
}
