import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import {
  AdditiveBlending,
  Color,
  ConeGeometry,
  Group,
  Mesh,
  MeshBasicMaterial,
  Sprite,
  SpriteMaterial,
  type Object3D,
} from 'three';
import { runtime } from '../game/runtime';
import { glowTexture } from './glow-texture';

const CRUISE_COLOR = new Color('#6fb8ff');
const BOOST_COLOR = new Color('#ffb36b');

/**
 * Glow and exhaust plume on each nacelle's engine node. Its size follows the
 * throttle; boost turns it hot orange; a dead ship's engines go dark.
 */
export function EngineGlow(props: { mounts: readonly Object3D[] }) {
  const parts = useMemo(() => {
    const spriteMaterial = new SpriteMaterial({
      map: glowTexture(),
      color: CRUISE_COLOR.clone(),
      blending: AdditiveBlending,
      depthWrite: false,
      transparent: true,
    });
    const plumeMaterial = new MeshBasicMaterial({
      color: CRUISE_COLOR.clone(),
      blending: AdditiveBlending,
      depthWrite: false,
      transparent: true,
      opacity: 0.35,
    });
    // Cone points along +Y by default; lay it along +Z (behind the ship), wide end at the
    // nozzle and the tip trailing away.
    const plumeGeometry = new ConeGeometry(1, 1, 16, 1, true);
    plumeGeometry.rotateX(Math.PI / 2);
    plumeGeometry.translate(0, 0, 0.5);
    const groups = props.mounts.map((mount) => {
      const group = new Group();
      const sprite = new Sprite(spriteMaterial);
      const plume = new Mesh(plumeGeometry, plumeMaterial);
      group.add(sprite, plume);
      mount.add(group);
      return { group, sprite, plume };
    });
    return { groups, spriteMaterial, plumeMaterial };
  }, [props.mounts]);

  useFrame((state) => {
    const ship = runtime.session.sim.player;
    const thrust = ship.alive
      ? ship.boosting
        ? 1.6
        : 0.25 + Math.max(0, ship.throttle) * 0.75
      : 0;
    const flicker = 1 + Math.sin(state.clock.elapsedTime * 40) * 0.04;
    const color = ship.boosting ? BOOST_COLOR : CRUISE_COLOR;
    parts.spriteMaterial.color.copy(color);
    parts.plumeMaterial.color.copy(color);
    for (const { group, sprite, plume } of parts.groups) {
      group.visible = thrust > 0;
      sprite.scale.setScalar(6 * thrust * flicker + 2.5);
      plume.scale.set(1.5, 1.5, 3 + 9 * thrust * flicker);
    }
  });
  return null;
}
