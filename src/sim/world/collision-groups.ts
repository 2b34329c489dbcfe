/** cannon-es collision filter bits. Swarm ships (later) will not collide with each other. */
export const CollisionGroup = {
  Player: 1 << 0,
  Asteroid: 1 << 1,
  Structure: 1 << 2,
} as const;

export const ALL_GROUPS = 0xffff;
