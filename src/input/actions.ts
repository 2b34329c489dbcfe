/** Every player action the game knows, in the order Settings lists them. */
export const ACTIONS = [
  'throttleUp',
  'throttleDown',
  'strafeLeft',
  'strafeRight',
  'rollLeft',
  'rollRight',
  'pitchUp',
  'pitchDown',
  'yawLeft',
  'yawRight',
  'boost',
  'fire',
  'torpedo',
  'targetAhead',
  'targetCycle',
  'siphon',
  'cutlass',
  'ability1',
  'ability2',
  'ability3',
  'ability4',
  'ability5',
  'flightAssist',
  'pause',
  'reset',
  'skip',
  'trade',
] as const;

export type Action = (typeof ACTIONS)[number];

/** The chapters an action does anything in (the sim ignores it elsewhere). */
export type ActionChapter = 'piracy' | 'party' | 'heart' | 'arena';

/**
 * Actions that only apply in some chapters; the rest apply everywhere. Two actions that
 * never apply in the same chapter may share a code without a conflict: a gamepad has few
 * buttons, so X raids ships in chapter 1 (siphon) and swings the cutlass in chapter 3.
 * The sampler sets both bits; the sim reads only the one its chapter has.
 */
export const ACTION_CHAPTERS: Partial<Record<Action, readonly ActionChapter[]>> = {
  siphon: ['piracy'],
  cutlass: ['heart'],
};

/** Whether two actions can both do something in one chapter (then a shared code is a conflict). */
export function actionsOverlap(a: Action, b: Action): boolean {
  const chaptersA = ACTION_CHAPTERS[a];
  const chaptersB = ACTION_CHAPTERS[b];
  if (!chaptersA || !chaptersB) return true;
  return chaptersA.some((chapter) => chaptersB.includes(chapter));
}

/**
 * Codes that hold each action: keyboard keys by `KeyboardEvent.code` (layout-independent),
 * mouse buttons as `Mouse<n>` and gamepad buttons as `Pad<n>` (standard-mapping index).
 * The analogue sticks are not bindings: they are fixed (see gamepad-device.ts).
 */
export type Bindings = Record<Action, readonly string[]>;

/**
 * Defaults from GAME_DESIGN.md "Controls". Gamepad, standard mapping: 0 A, 1 B, 2 X, 3 Y,
 * 4 LB, 5 RB, 6 LT, 7 RT, 8 Back, 9 Start, 10 L-stick press, 11 R-stick press, 12–15 d-pad
 * up/down/left/right.
 */
export const DEFAULT_BINDINGS: Bindings = {
  throttleUp: ['KeyW'],
  throttleDown: ['KeyS'],
  strafeLeft: ['KeyA'],
  strafeRight: ['KeyD'],
  rollLeft: ['KeyQ', 'Pad4'],
  rollRight: ['KeyE', 'Pad5'],
  pitchUp: ['ArrowUp'],
  pitchDown: ['ArrowDown'],
  yawLeft: ['ArrowLeft'],
  yawRight: ['ArrowRight'],
  boost: ['ShiftLeft', 'ShiftRight', 'Pad10'],
  fire: ['Mouse0', 'Space', 'Pad7'],
  torpedo: ['Mouse2', 'KeyF', 'Pad6'],
  targetAhead: ['KeyT', 'Pad3'],
  targetCycle: ['Tab', 'Pad11'],
  siphon: ['KeyG', 'Pad2'],
  // X is siphon's too: siphon is chapter 1's and the cutlass chapter 3's (ACTION_CHAPTERS).
  cutlass: ['KeyC', 'Mouse1', 'Pad2'],
  ability1: ['Digit1', 'Pad12'],
  ability2: ['Digit2', 'Pad15'],
  ability3: ['Digit3', 'Pad13'],
  ability4: ['Digit4', 'Pad14'],
  ability5: ['Digit5', 'Pad1'],
  flightAssist: ['KeyZ', 'Pad8'],
  pause: ['Escape', 'KeyP', 'Pad9'],
  reset: ['KeyR'],
  skip: ['Enter', 'Pad0'],
  trade: ['KeyB'],
};

export const ACTION_LABELS: Record<Action, string> = {
  throttleUp: 'Throttle up',
  throttleDown: 'Throttle down',
  strafeLeft: 'Strafe left',
  strafeRight: 'Strafe right',
  rollLeft: 'Roll left',
  rollRight: 'Roll right',
  pitchUp: 'Pitch up',
  pitchDown: 'Pitch down',
  yawLeft: 'Yaw left',
  yawRight: 'Yaw right',
  boost: 'Boost',
  fire: 'Phasers',
  torpedo: 'Torpedo',
  targetAhead: 'Target ahead',
  targetCycle: 'Cycle targets',
  siphon: 'Siphon (hold)',
  cutlass: 'Cutlass (chapter 3)',
  ability1: 'Nanette: Rally',
  ability2: 'Nate: Evasive',
  ability3: 'Elena: Overcharge',
  ability4: 'Kabir: Sweep',
  ability5: 'Karl: Reload',
  flightAssist: 'Flight assist',
  pause: 'Pause',
  reset: 'Quick reset (hold)',
  skip: 'Skip scene',
  trade: 'Trade with the fence (docked)',
};
