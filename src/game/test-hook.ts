import { Vec3 } from 'cannon-es';
import { audioStatus, type AudioStatus } from '../audio';
import type { WebGLRenderer } from 'three';
import {
  Button,
  describeObjective,
  hashSim,
  igtTicks,
  quantizeAxis,
  type InputFrame,
} from '../sim';
import { useScreen } from '../state/screen-store';
import { runtime, type StartOptions } from './runtime';

export interface TestActions {
  throttle?: number;
  pitch?: number;
  yaw?: number;
  roll?: number;
  strafe?: number;
  boost?: boolean;
  fire?: boolean;
  torpedo?: boolean;
  siphon?: boolean;
  ability?: number;
  /** Extensions beyond the documented set: held like the keys (press edges are per tick). */
  targetAhead?: boolean;
  targetCycle?: boolean;
  flightAssist?: boolean;
  skip?: boolean;
  /** Fence upgrade slot 1–5 (bought on the press edge while docked). */
  purchase?: number;
}

type Vec3Tuple = [number, number, number];

export interface InfinityTestHook {
  ready: boolean;
  screen(): string;
  start(opts?: StartOptions): void;
  state(): {
    tick: number;
    hash: string;
    chapter: string;
    /** The speedrun category and seed of the run on screen. */
    category: string;
    seed: number;
    player: {
      position: Vec3Tuple;
      velocity: Vec3Tuple;
      speed: number;
      hull: number;
      shields: number;
      energy: number;
      alive: boolean;
      /** Unit vectors, world space. */
      forward: Vec3Tuple;
      up: Vec3Tuple;
      throttle: number;
      flightAssist: boolean;
      phaserHeat: number;
      overheated: boolean;
      torpedoes: number;
      locked: boolean;
    };
    credits: number;
    entities: number;
    enemies: {
      id: number;
      class: string;
      tag: string;
      hull: number;
      shields: number;
      credits: number;
      position: Vec3Tuple;
      velocity: Vec3Tuple;
      state: string;
    }[];
    target: number | null;
    projectiles: number;
    outcome: { kind: string; tick: number } | null;
    grudgeList: string[];
    wanted: number;
    crew: { name: string; health: number; alive: boolean; cooldownTicks: number }[];
    objective: string;
    /** Extensions: raid and shop state. */
    siphon: { targetId: number | null; progressTicks: number };
    docked: boolean;
    upgrades: Record<string, number>;
    pickups: { credits: number; position: Vec3Tuple }[];
    /** Chapter 2: the wave arriving or fighting (0 before the first), relays standing, attackers alive. */
    wave: number;
    relaysLeft: number;
    attackersAlive: number;
    /**
     * Chapter 3: where the Heart stands ('none' before it), ticks left on the deletion
     * countdown (null until Bob falls), pylons standing, copy-beam and uplink holds, and
     * how it ended (null while it runs).
     */
    stage: 'none' | 'gauntlet' | 'bob' | 'deletion' | 'uplink' | 'done';
    countdownTicks: number | null;
    pylonsLeft: number;
    bobStrikesLeft: number;
    beamHoldTicks: number;
    uplinkHoldTicks: number;
    ending: 'uploaded' | 'copied' | 'deleted' | 'destroyed' | null;
    /** In-game time: ticks since the category's start tick (60 per second). */
    igtTicks: number;
    splits: { id: string; label: string; igtTicks: number }[];
    /** The PB ghost racing this run (its ship's position, ticks stepped, replay ended), or null. */
    ghost: { position: Vec3Tuple; tick: number; done: boolean } | null;
  };
  /** The autopilot flies the ship (InputFrames only, recorded like any input). */
  autopilot(on: boolean): void;
  /** The exported file text of the last finished run's replay, or null. */
  lastReplay(): string | null;
  /** Extension: plays a replay file's text back in the game; returns an error message or null. */
  playReplay(text: string): string | null;
  advance(ticks: number): void;
  input(actions: TestActions | null): void;
  /** Extension: whether the Web Audio context started (it waits for a user gesture). */
  audio(): AudioStatus;
  renderer(): {
    webgl2: boolean;
    renderer: string;
    drawCalls: number;
    triangles: number;
    geometries: number;
    textures: number;
  };
}

declare global {
  interface Window {
    __INFINITY__?: InfinityTestHook;
  }
}

/** Test actions use the same quantisation as the devices, so the sim cannot tell them apart. */
export function actionsToFrame(actions: TestActions): InputFrame {
  let buttons = 0;
  if (actions.boost) buttons |= Button.Boost;
  if (actions.fire) buttons |= Button.Fire;
  if (actions.torpedo) buttons |= Button.Torpedo;
  if (actions.siphon) buttons |= Button.Siphon;
  if (actions.targetAhead) buttons |= Button.TargetAhead;
  if (actions.targetCycle) buttons |= Button.TargetCycle;
  if (actions.flightAssist) buttons |= Button.FlightAssist;
  if (actions.skip) buttons |= Button.Skip;
  const slot = (value: number | undefined): number =>
    Number.isInteger(value) ? Math.max(0, Math.min(5, value ?? 0)) : 0;
  return {
    throttle: quantizeAxis(actions.throttle ?? 0),
    pitch: quantizeAxis(actions.pitch ?? 0),
    yaw: quantizeAxis(actions.yaw ?? 0),
    roll: quantizeAxis(actions.roll ?? 0),
    strafe: quantizeAxis(actions.strafe ?? 0),
    buttons,
    ability: slot(actions.ability),
    purchase: slot(actions.purchase),
  };
}

function ghostState(): ReturnType<InfinityTestHook['state']>['ghost'] {
  const ghost = runtime.session.ghost;
  if (!ghost) return null;
  const p = ghost.sim.player.body.position;
  return { position: [p.x, p.y, p.z], tick: ghost.tick, done: ghost.done };
}

let rendererRef: WebGLRenderer | null = null;

export function registerRenderer(renderer: WebGLRenderer): void {
  rendererRef = renderer;
}

/** Installs window.__INFINITY__ — only when the page was opened with ?test. */
export function installTestHook(): void {
  if (!runtime.url.test) return;
  const hook: InfinityTestHook = {
    get ready() {
      return runtime.firstFrameRendered;
    },
    set ready(_value: boolean) {
      /* read-only: set by the first rendered frame */
    },
    screen: () => useScreen.getState().screen,
    start: (opts) => runtime.start(opts ?? {}),
    state() {
      const sim = runtime.session.sim;
      const ship = sim.player;
      const p = ship.body.position;
      const v = ship.body.velocity;
      const q = ship.body.quaternion;
      const forward = q.vmult(new Vec3(0, 0, -1));
      const up = q.vmult(new Vec3(0, 1, 0));
      return {
        tick: sim.tick,
        hash: hashSim(sim),
        chapter: sim.chapter,
        category: sim.category,
        seed: sim.seed,
        player: {
          position: [p.x, p.y, p.z],
          velocity: [v.x, v.y, v.z],
          speed: v.length(),
          hull: ship.hull,
          shields: ship.shields,
          energy: ship.energy,
          alive: ship.alive,
          forward: [forward.x, forward.y, forward.z],
          up: [up.x, up.y, up.z],
          throttle: ship.throttle,
          flightAssist: ship.flightAssist,
          phaserHeat: ship.weapons.phaserHeat,
          overheated: ship.weapons.overheated,
          torpedoes: ship.weapons.torpedoes,
          locked: ship.weapons.locked,
        },
        credits: sim.credits,
        entities: sim.world.bodies.length + sim.projectiles.count,
        enemies: sim.enemies
          .filter((e) => e.alive && !e.warpedOut)
          .map((e) => ({
            id: e.id,
            class: e.shipClass,
            tag: e.tag,
            hull: e.hull,
            shields: e.shields,
            credits: e.credits,
            position: [e.body.position.x, e.body.position.y, e.body.position.z] as Vec3Tuple,
            velocity: [e.body.velocity.x, e.body.velocity.y, e.body.velocity.z] as Vec3Tuple,
            state: e.ai.state,
          })),
        target: ship.targetId,
        projectiles: sim.projectiles.count,
        outcome: sim.outcome ? { kind: sim.outcome.kind, tick: sim.outcome.tick } : null,
        grudgeList: [...sim.grudgeList],
        wanted: sim.wanted,
        crew: sim.crew.map((c) => ({
          name: c.name,
          health: c.health,
          alive: c.alive,
          cooldownTicks: c.cooldownTicks,
        })),
        objective: describeObjective(sim),
        siphon: { targetId: sim.siphon.targetId, progressTicks: sim.siphon.progressTicks },
        docked: sim.docked,
        upgrades: { ...sim.upgrades },
        pickups: sim.pickups.map((p) => ({
          credits: p.credits,
          position: [...p.position] as Vec3Tuple,
        })),
        wave: sim.party?.wave ?? 0,
        relaysLeft: sim.party?.relaysLeft ?? 0,
        attackersAlive: sim.enemies.filter(
          (e) => e.alive && !e.warpedOut && (e.role === 'attacker' || e.role === 'grudge-holder'),
        ).length,
        stage: sim.heart?.stage ?? 'none',
        countdownTicks: sim.heart?.countdownTicks ?? null,
        pylonsLeft: sim.heart?.pylonsLeft ?? 0,
        bobStrikesLeft: sim.heart?.bob.strikesLeft ?? 0,
        beamHoldTicks: sim.heart?.beam.holdTicks ?? 0,
        uplinkHoldTicks: sim.heart?.uplinkHoldTicks ?? 0,
        ending: sim.heart?.ending ?? null,
        igtTicks: igtTicks(sim),
        splits: sim.speedrun.splits.map((s) => ({
          id: s.id,
          label: s.label,
          igtTicks: s.igtTicks,
        })),
        ghost: ghostState(),
      };
    },
    autopilot(on) {
      runtime.setAutopilot(Boolean(on));
    },
    lastReplay: () => runtime.lastReplay(),
    playReplay: (text) => runtime.playReplay(String(text)),
    advance(ticks) {
      if (!Number.isInteger(ticks) || ticks < 0)
        throw new Error(`advance() needs a whole number of ticks, got ${ticks}`);
      runtime.advance(ticks);
    },
    input(actions) {
      runtime.session.inputOverride = actions === null ? null : actionsToFrame(actions);
    },
    audio: () => audioStatus(),
    renderer() {
      const gl = rendererRef;
      if (!gl)
        return {
          webgl2: false,
          renderer: 'none',
          drawCalls: 0,
          triangles: 0,
          geometries: 0,
          textures: 0,
        };
      const context = gl.getContext();
      const debug = context.getExtension('WEBGL_debug_renderer_info');
      const name = debug
        ? String(context.getParameter(debug.UNMASKED_RENDERER_WEBGL))
        : String(context.getParameter(context.RENDERER));
      return {
        webgl2:
          typeof WebGL2RenderingContext !== 'undefined' &&
          context instanceof WebGL2RenderingContext,
        renderer: name,
        drawCalls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
      };
    },
  };
  window.__INFINITY__ = hook;
}
