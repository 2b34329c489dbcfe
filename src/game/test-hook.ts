import type { WebGLRenderer } from 'three';
import { Button, hashSim, quantizeAxis, type InputFrame } from '../sim';
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
    player: {
      position: Vec3Tuple;
      velocity: Vec3Tuple;
      speed: number;
      hull: number;
      shields: number;
      energy: number;
      alive: boolean;
    };
    credits: number;
    entities: number;
  };
  advance(ticks: number): void;
  input(actions: TestActions | null): void;
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
  const ability = Number.isInteger(actions.ability)
    ? Math.max(0, Math.min(5, actions.ability ?? 0))
    : 0;
  return {
    throttle: quantizeAxis(actions.throttle ?? 0),
    pitch: quantizeAxis(actions.pitch ?? 0),
    yaw: quantizeAxis(actions.yaw ?? 0),
    roll: quantizeAxis(actions.roll ?? 0),
    strafe: quantizeAxis(actions.strafe ?? 0),
    buttons,
    ability,
  };
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
      return {
        tick: sim.tick,
        hash: hashSim(sim),
        chapter: sim.chapter,
        player: {
          position: [p.x, p.y, p.z],
          velocity: [v.x, v.y, v.z],
          speed: v.length(),
          hull: ship.hull,
          shields: ship.shields,
          energy: ship.energy,
          alive: ship.alive,
        },
        credits: 0,
        entities: sim.world.bodies.length,
      };
    },
    advance(ticks) {
      if (!Number.isInteger(ticks) || ticks < 0)
        throw new Error(`advance() needs a whole number of ticks, got ${ticks}`);
      runtime.advance(ticks);
    },
    input(actions) {
      runtime.session.inputOverride = actions === null ? null : actionsToFrame(actions);
    },
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
