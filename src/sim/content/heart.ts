import { TICK_RATE } from '../constants';

type Vec3Tuple = readonly [number, number, number];

const s = (seconds: number): number => Math.round(seconds * TICK_RATE);

/**
 * Chapter 3's layout and rules. The Heart is a tunnel along -Z: the Callister arrives at
 * the origin facing down it, flies a gauntlet of rotating rings and sliding firewalls,
 * and reaches Bob's chamber at the far end. The retro computer uplink stands just behind
 * the entry, so the way out after Bob is the gauntlet again, run backwards while the
 * Heart deletes itself from the core outwards. Units: metres, radians, ticks.
 */
export const HEART = {
  /** After the party, the Callister jumps: the Heart begins this long after the party ends. */
  jumpDelayTicks: s(3),
  entry: [0, 0, 0] as Vec3Tuple,
  /** Beyond this distance from the tunnel's axis the Heart's wall burns the hull. */
  tunnelRadiusM: 520,
  wallBurnPerS: 30,
  /** Rings: a spinning disc of slabs with a hub, and one opening that comes round. */
  ring: {
    slabs: 10,
    /** Adjacent slabs missing from each ring: the window to fly through. */
    openSlabs: 2,
    hubRadiusM: 60,
    /** Slabs are two boxes each: inner (hub → split) and outer (split → outer). */
    splitRadiusM: 250,
    outerRadiusM: 560,
    thicknessM: 14,
  },
  /** Along the tunnel; spin in rad/s (sign = direction). Start angles are seeded. */
  rings: [
    { z: -450, spinRadPerS: 0.2 },
    { z: -1050, spinRadPerS: -0.26 },
    { z: -1650, spinRadPerS: 0.32 },
    { z: -2250, spinRadPerS: -0.38 },
  ] as const,
  /** While the Heart deletes itself the rings spin the other way (and their openings widen). */
  deletionSpinFactor: -1,
  /**
   * Firewalls: a wall across the tunnel with one square port that circles the axis.
   * Four slabs frame the port and move with it (kinematic bodies).
   */
  firewall: {
    portHalfM: 100,
    orbitRadiusM: 210,
    /** The port's edge moves at ~46 m/s: a pass at cruise takes it ~25 m sideways. */
    spinRadPerS: 0.22,
    thicknessM: 10,
    /** Half-size of each framing slab (they reach past the tunnel wall). */
    slabHalfM: 600,
  },
  /** Gates are 300 m apart: room to line up on the next gap after each. */
  firewalls: [{ z: -750 }, { z: -1350 }, { z: -1950 }] as const,
  /**
   * The way back changes: Bob's firewalls fall with him, and the dying Heart throws up
   * new ones at the chamber's mouth and by the gate.
   */
  deletionFirewalls: [{ z: -2550 }, { z: -150 }] as const,
  /** Defence turrets on the tunnel wall, facing the axis. */
  turrets: [
    [440, 0, -600],
    [-440, 0, -900],
    [0, 440, -1200],
    [0, -440, -1500],
    [320, 320, -1800],
    [-320, -320, -2100],
    [0, 440, -2400],
  ] as readonly Vec3Tuple[],
  turretGun: {
    rangeM: 900,
    /** Aim error (radians, each axis) so a moving Callister is often missed. */
    aimErrorRad: 0.06,
  },
  /** Bob's chamber: crossing entryZ starts the fight. */
  core: {
    center: [0, 0, -3000] as Vec3Tuple,
    entryZ: -2500,
    chamberRadiusM: 1000,
  },
  /** Four pylons feed Bob's shield: all four must fall before the cutlass can reach him. */
  pylons: [
    [380, 0, -3000],
    [-380, 0, -3000],
    [0, 380, -3000],
    [0, -380, -3000],
  ] as readonly Vec3Tuple[],
  bob: {
    /** The hologram's core: what the cutlass must reach. */
    hitRadiusM: 55,
    /** Cutlass strikes that end him. */
    strikes: 3,
  },
  /** Bob's copy beam: a cylinder from his core that turns toward the Callister. */
  beam: {
    rangeM: 1700,
    radiusM: 42,
    /** Slower than a Callister crossing its line at cruise 700 m out (0.24 rad/s): keep moving. */
    turnRadPerS: 0.22,
    /** Held on the Callister this long: the copied ending. */
    holdTicks: s(5),
    /** Off target the hold drains twice as fast as it fills. */
    drainPerTick: 2,
  },
  /** The Bargradian cutlass: a close-range plasma blade, only in the Heart. */
  cutlass: {
    /** From the Callister's centre to the target's surface. */
    rangeM: 150,
    /** cos of the half-angle in front of the nose a swing reaches (about 40°). */
    coneCos: 0.766,
    cooldownTicks: 36,
    /** How long the blade is drawn out on a swing (the view's arc). */
    swingTicks: 14,
    /** Against pylons and turrets: it cuts through shields. */
    damage: 240,
  },
  deletion: {
    countdownTicks: s(60),
    /**
     * The collapse spreads from the core after a breath (time to turn round) at a speed
     * that reaches the uplink just as the countdown ends: outrun it all the way.
     */
    frontDelayTicks: s(3),
    frontSpeedMps: 57,
    /** Inside the collapse the hull is being deleted. */
    burnPerS: 60,
  },
  uplink: {
    /** The retro computer: just behind the gauntlet's entry. */
    position: [0, 0, 340] as Vec3Tuple,
    radiusM: 90,
    holdTicks: s(3),
    /** Holding position means nearly still. */
    maxSpeedMps: 35,
    /** Outside the zone (or too fast) the upload drains at this rate per tick. */
    drainPerTick: 2,
  },
} as const;

/** Bob's and the crew's lines, by ticks after the chapter event that starts them. */
export interface HeartLine {
  readonly at: number;
  readonly from: string;
  readonly text: string;
}

export const HEART_ARRIVAL_LINES: readonly HeartLine[] = [
  {
    at: s(0.5),
    from: 'Kabir',
    text: "We're inside the Heart. It's not code. It's... a building site.",
  },
  { at: s(3.5), from: 'Nate', text: 'Rings and firewalls all the way down. Threading the needle.' },
  { at: s(7), from: 'Nanette', text: 'Find the gap and go. Phasers on those turrets.' },
];

export const HEART_BOB_LINES: readonly HeartLine[] = [
  {
    at: 0,
    from: 'Bob',
    text: "Nanette Cole. Welcome to the Heart. I built most of what you've seen.",
  },
  {
    at: s(3),
    from: 'Bob',
    text: 'I can transfer you out. Somewhere safe. Just hold still for the beam.',
  },
  {
    at: s(6.5),
    from: 'Kabir',
    text: "That's not a transfer. It's a copy routine. He wants to keep you.",
  },
  {
    at: s(9.5),
    from: 'Nanette',
    text: 'Keep moving, Nate. Break the pylons: they feed his shield.',
  },
];

export const BOB_TAUNTS: readonly string[] = [
  'Hold still, Captain. The copy never feels a thing.',
  "Robert never understood you. I do. I'll keep you safe. Forever.",
  'Every backup is mine. You can run. Your copy will stay.',
];

export const PYLON_LINES: readonly string[] = [
  'One pylon down. His shield is flickering.',
  'Two down. Keep at it.',
  'Three. One more and he is open.',
  'Shield is down! Get in close, Karl: the cutlass!',
];

export const BOB_STRIKE_LINES: readonly string[] = [
  'You cannot delete me. I am the backup.',
  'Nanette. Please. We could build worlds together.',
];

export const DELETION_LINES: readonly HeartLine[] = [
  { at: 0, from: 'Bob', text: 'Then... nobody... gets... Infinity...' },
  {
    at: s(1.5),
    from: 'Kabir',
    text: "He's triggered the purge. Infinity is deleting itself and every backup!",
  },
  {
    at: s(4),
    from: 'Nanette',
    text: 'The uplink, the old computer at the gate. Sixty seconds. Go!',
  },
];

export const UPLINK_LINE = {
  from: 'Elena',
  text: 'Uplink connected. Hold her steady, Nate...',
} as const;
export const UPLOAD_COMPLETE_LINE = { from: 'Elena', text: 'Upload complete.' } as const;
