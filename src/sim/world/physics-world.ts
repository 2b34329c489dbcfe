import {
  type ArrayCollisionMatrix,
  ContactMaterial,
  Material,
  ObjectCollisionMatrix,
  SAPBroadphase,
  Vec3,
  World,
} from 'cannon-es';

/** Shared surface: frictionless (space, and cheaper), a little bounce. */
export const HULL_MATERIAL = new Material('hull');

/**
 * A zero-gravity world configured as ARCHITECTURE.md measures best: SAP broadphase,
 * object collision matrices (the array matrix clears n²/2 entries each step), no
 * sleeping (a sleeping body ignores the forces the flight model applies).
 */
export function createPhysicsWorld(): World {
  const world = new World({ gravity: new Vec3(0, 0, 0), allowSleep: false });
  world.broadphase = new SAPBroadphase(world);
  // World's typings name the array matrix, but it only calls get/set/reset/setNumObjects,
  // which ObjectCollisionMatrix implements with a sparse map.
  world.collisionMatrix = new ObjectCollisionMatrix() as unknown as ArrayCollisionMatrix;
  world.collisionMatrixPrevious = new ObjectCollisionMatrix() as unknown as ArrayCollisionMatrix;
  world.defaultContactMaterial.friction = 0;
  world.defaultContactMaterial.restitution = 0.25;
  world.addContactMaterial(
    new ContactMaterial(HULL_MATERIAL, HULL_MATERIAL, { friction: 0, restitution: 0.25 }),
  );
  return world;
}

/** Call after the bodies are in place: SAP sorts along the axis with the widest spread. */
export function tuneBroadphase(world: World): void {
  if (world.broadphase instanceof SAPBroadphase) world.broadphase.autoDetectAxis();
}
