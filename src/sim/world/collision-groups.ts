/** cannon-es collision filter bits. Infinity ships do not collide with each other. */
export const CollisionGroup = {
  Player: 1 << 0,
  Asteroid: 1 << 1,
  Structure: 1 << 2,
  Enemy: 1 << 3,
  Debris: 1 << 4,
} as const;

export const ALL_GROUPS = 0xffff;
