import { rgb, type Rgb } from '../combat/palette';

/**
 * The Heart's own look, "the inside of a game engine": cyan lattice in the tunnel,
 * violet in Bob's chamber, hot orange firewalls, amber pylons, a pale-blue hologram,
 * a violet copy beam, a lime plasma cutlass, and the retro uplink's phosphor green.
 * Linear RGB (see rgb()), so the glow batch and shaders can take them as they are.
 */
export const HEART_COLORS = {
  lattice: rgb('#19e8ff'),
  latticeDeep: rgb('#3a5bff'),
  chamber: rgb('#9a4dff'),
  alarm: rgb('#ff2a1a'),
  ringEdge: rgb('#2af4ff'),
  opening: rgb('#7dff2e'),
  firewall: rgb('#ff5a14'),
  firewallHot: rgb('#ffd040'),
  turret: rgb('#ff2a4a'),
  pylon: rgb('#ffb228'),
  hologram: rgb('#7fd8ff'),
  beam: rgb('#b44dff'),
  beamLocked: rgb('#ff3030'),
  cutlass: rgb('#7dff2e'),
  cutlassCore: rgb('#eaffd0'),
  phosphor: rgb('#33ff66'),
  voidEdge: rgb('#ff3df0'),
  white: rgb('#ffffff'),
} as const satisfies Record<string, Rgb>;

/** GLSL vec3 literal of a palette colour (for shaders that bake it in). */
export function glslColor(color: Rgb, gain = 1): string {
  return `vec3(${(color.r * gain).toFixed(4)}, ${(color.g * gain).toFixed(4)}, ${(color.b * gain).toFixed(4)})`;
}
