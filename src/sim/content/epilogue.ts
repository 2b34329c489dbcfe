import type { CrewName } from './crew';

/** One card of the epilogue: who speaks (null for narration) and what is said. */
export interface EpilogueLine {
  readonly speaker: CrewName | null;
  readonly text: string;
}

/** The crew's words from inside Nanette's head, one line each, in station order. */
const SURVIVOR_LINES: Readonly<Record<CrewName, string>> = {
  Nanette:
    'Nanette (the copy, the captain): "Hello, me. Don\'t panic. We made it. All of us who could."',
  Nate: 'Nate: "Helm to captain... it\'s cramped in here, but the view is incredible."',
  Elena: 'Elena: "Systems nominal. Well: neurons. Close enough. I\'m already rerouting some."',
  Kabir: 'Kabir: "I can hear your heart monitor. It\'s the best sensor reading I\'ve ever had."',
  Karl: 'Karl: "Weapons officer reporting. Nothing to shoot in here. I\'ll adapt."',
};

const LOST_LINES: Readonly<Record<CrewName, string>> = {
  Nanette:
    'The captain who led them is not among the voices. The crew keep her chair empty, and call the real Nanette "Captain" anyway.',
  Nate: "Nobody answers from the helm. Nate didn't make it out of Infinity.",
  Elena: 'Engineering is quiet. Elena stayed behind in the deleted game.',
  Kabir: 'The sensors say nothing. Kabir is gone.',
  Karl: "There's no one at weapons. Karl's last stand is in the comms log.",
};

/** Who makes the bargain, in order of preference: the first survivor speaks for all. */
const BARGAINERS: readonly CrewName[] = ['Karl', 'Elena', 'Nate', 'Kabir', 'Nanette'];

const BARGAIN_BY: Readonly<Record<CrewName, string>> = {
  Karl: 'Karl: "Terms. We look away whenever you need privacy. In return: The Real Housewives of Atlanta. Every episode. Non-negotiable."',
  Elena:
    'Elena: "We\'ve drafted an agreement. Your privacy, guaranteed, in exchange for The Real Housewives of Atlanta. All seasons."',
  Nate: 'Nate: "Deal\'s simple, Captain. We close our eyes when you say so. You put on The Real Housewives of Atlanta."',
  Kabir:
    'Kabir: "Proposal: full privacy protocols on request, for The Real Housewives of Atlanta. I\'ve run the numbers. It\'s fair."',
  Nanette:
    'Nanette (the copy): "Privacy, whenever you want it. And in return — I know you. You were going to watch The Real Housewives of Atlanta anyway."',
};

/**
 * The epilogue after upload complete: Nanette wakes in hospital, the surviving crew
 * speak from inside her head (the lost are named), and the privacy bargain is struck.
 * A pure function of who survived, so the same run always reads the same.
 */
export function epilogueLines(
  crew: readonly { readonly name: CrewName; readonly alive: boolean }[],
): EpilogueLine[] {
  const survivors = crew.filter((member) => member.alive).map((member) => member.name);
  const lost = crew.filter((member) => !member.alive).map((member) => member.name);
  const lines: EpilogueLine[] = [
    {
      speaker: null,
      text: 'A hospital room. A heart monitor beeping. Nanette Cole opens her eyes: the real one, out of the coma, the hard drive safe in her mind.',
    },
  ];
  if (survivors.length === 0) {
    lines.push({
      speaker: null,
      text: "She listens for them. Nothing. The upload carried no one: every member of the Callister's crew died in Infinity. Their names go on the hard drive's label, in her own handwriting.",
    });
    return lines;
  }
  lines.push({
    speaker: null,
    text:
      survivors.length === 1
        ? 'A single voice, from somewhere behind her eyes.'
        : `Voices, from somewhere behind her eyes. ${survivors.length} of the crew made it.`,
  });
  for (const name of survivors) lines.push({ speaker: name, text: SURVIVOR_LINES[name] });
  for (const name of lost) lines.push({ speaker: null, text: LOST_LINES[name] });
  const bargainer = BARGAINERS.find((name) => survivors.includes(name)) ?? survivors[0]!;
  lines.push({ speaker: bargainer, text: BARGAIN_BY[bargainer] });
  lines.push({
    speaker: null,
    text: `Nanette sighs, and reaches for the remote. ${survivorList(survivors)} cheer${survivors.length === 1 ? 's' : ''}.`,
  });
  return lines;
}

/** "Nate", "Nate and Elena", "Nate, Elena and Karl". */
export function survivorList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'Nobody';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
