export interface Vec3Like {
  x: number;
  y: number;
  z: number;
}

/**
 * Time for a projectile fired from `shooter` (moving at shooterVelocity, which the
 * shot inherits) at `speed` to meet a target moving at constant velocity.
 * Returns null when the target outruns the shot.
 */
export function interceptTime(
  shooter: Vec3Like,
  shooterVelocity: Vec3Like,
  target: Vec3Like,
  targetVelocity: Vec3Like,
  speed: number,
): number | null {
  const dx = target.x - shooter.x;
  const dy = target.y - shooter.y;
  const dz = target.z - shooter.z;
  // Work in the shooter's frame: the shot inherits the shooter's velocity.
  const vx = targetVelocity.x - shooterVelocity.x;
  const vy = targetVelocity.y - shooterVelocity.y;
  const vz = targetVelocity.z - shooterVelocity.z;
  const a = vx * vx + vy * vy + vz * vz - speed * speed;
  const b = 2 * (dx * vx + dy * vy + dz * vz);
  const c = dx * dx + dy * dy + dz * dz;
  if (Math.abs(a) < 1e-9) {
    if (Math.abs(b) < 1e-9) return null;
    const t = -c / b;
    return t > 0 ? t : null;
  }
  const disc = b * b - 4 * a * c;
  if (disc < 0) return null;
  const root = Math.sqrt(disc);
  const t1 = (-b - root) / (2 * a);
  const t2 = (-b + root) / (2 * a);
  const t = Math.min(t1, t2) > 0 ? Math.min(t1, t2) : Math.max(t1, t2);
  return t > 0 ? t : null;
}

/**
 * Where to aim so a shot meets the target: the target's position advanced by the
 * intercept time, in the shooter's moving frame. Falls back to the target itself.
 * Used by the AI and by the HUD's lead pip, so both agree on where to shoot.
 */
export function leadPoint(
  shooter: Vec3Like,
  shooterVelocity: Vec3Like,
  target: Vec3Like,
  targetVelocity: Vec3Like,
  speed: number,
  out: Vec3Like,
): Vec3Like {
  const t = interceptTime(shooter, shooterVelocity, target, targetVelocity, speed) ?? 0;
  out.x = target.x + (targetVelocity.x - shooterVelocity.x) * t;
  out.y = target.y + (targetVelocity.y - shooterVelocity.y) * t;
  out.z = target.z + (targetVelocity.z - shooterVelocity.z) * t;
  return out;
}

/**
 * Earliest fraction s in [0, 1] at which a point moving from a to b comes within
 * `radius` of the origin, or -1 if it never does. Callers pass positions relative
 * to the (moving) target, which makes the test exact for both motions: no
 * tunnelling at any speed.
 */
export function sweptSphereHit(
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
  radius: number,
): number {
  const r2 = radius * radius;
  const c = ax * ax + ay * ay + az * az - r2;
  if (c <= 0) return 0;
  const dx = bx - ax;
  const dy = by - ay;
  const dz = bz - az;
  const a = dx * dx + dy * dy + dz * dz;
  if (a < 1e-12) return -1;
  const b = 2 * (ax * dx + ay * dy + az * dz);
  if (b >= 0) return -1;
  const disc = b * b - 4 * a * c;
  if (disc < 0) return -1;
  const s = (-b - Math.sqrt(disc)) / (2 * a);
  return s >= 0 && s <= 1 ? s : -1;
}
