/**
 * What Infinity's players say on open comms. `{tag}` is the speaker's own tag.
 * They do not know the Callister's crew are real people; to them it is an NPC pirate.
 */
export const COMMS_LINES = {
  spotted: [
    'lol is that the pirate ship from the forums',
    'yo that retro ship is farming us, get it',
    'found the Callister, ez credits',
    'anyone else see the saucer thing? engaging',
    'bounty target spotted, mine',
  ],
  hit: [
    'bro stop shooting me',
    'my shields!!',
    'who is this guy',
    'reported',
    'ok that actually hurt',
  ],
  fleeing: [
    'nope nope nope',
    'im out, gl everyone',
    'lagging, brb',
    'this is not worth my credits',
    'mom said dinner, logging',
  ],
  destroyed: [
    'GG I guess',
    'that was LAG',
    'respawning, see you in 30s',
    'ugh, my kill streak',
    'uninstalling',
  ],
  haulerPanic: [
    'leave me alone I am just hauling ore',
    'help! pirates at my position!',
    'I have kids (in game)',
    'take the cargo, not the ship!!',
  ],
  robbed: [
    'did that ship just STEAL my credits??',
    'my credits!!! 400 hours of grinding!!!',
    'that pirate ship took everything, reporting to Callister Inc',
    'you will pay for this, saucer',
    'I am telling the whole guild about you',
  ],
  callFriends: [
    'guild, to me! pirate at my position',
    'calling the squad, stay right there',
    'brb getting my friends',
  ],
  friendsArrive: [
    'we heard you robbed our guy',
    'guild raid! get the saucer',
    'you picked the wrong hauler',
  ],
  bounty: [
    'bounty accepted. nothing personal',
    'the Callister, wanted level maxed. payday',
    'hunting the pirate for the bounty board',
  ],
  docking: ['docking for repairs', 'anyone selling ore?', 'AFK at the station'],
  /** A robbed player back for revenge at Walton's party. */
  grudge: [
    'remember me? you took my credits. I want them back',
    'got the invite. this one is personal',
    'you robbed the wrong player, saucer',
    'I grinded 400 hours for those credits',
    'RSVP: yes. bringing my whole guild',
  ],
  partyArrive: [
    'is this the party?? where is the pirate',
    'free loot at the Callister, everyone',
    'lol the whole server is here',
    'invite said bring friends so I brought 30',
  ],
} as const;

export type CommsSituation = keyof typeof COMMS_LINES;

/** Global minimum spacing between lines, so the feed stays readable in a brawl. */
export const COMMS_MIN_GAP_TICKS = 75;
