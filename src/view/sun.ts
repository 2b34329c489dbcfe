import { Vector3 } from 'three';

/**
 * Direction *towards* the sector's sun, in world space (normalized). Shared by
 * the planet's baked-in lighting, the nebula's sun glow and the scene's
 * directional light so every lit thing in the sector agrees on where the light
 * comes from. Upper-left and slightly in front as seen looking down -Z, so a planet out
 * ahead shows a gibbous phase with a visible terminator rather than a flat full disc.
 *
 * Treat it as read-only; copy it before mutating.
 */
export const SUN_DIRECTION: Readonly<Vector3> = new Vector3(-0.75, 0.4, 0.25).normalize();
