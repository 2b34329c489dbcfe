import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  Group,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  PointLight,
} from 'three';
import { runtime } from '../../game/runtime';
import { HEART } from '../../sim/content/heart';
import { heartView } from './heart-view-state';
import { SCREEN_H, SCREEN_W, uplinkGeometry } from './uplink-geometry';
import { UplinkScreen, type ScreenState } from './uplink-screen';

const [UX, UY, UZ] = HEART.uplink.position;
/** The computer stands behind the uplink's zone, its screen facing down the tunnel. */
const SCREEN_Z = UZ + 130;
const SCREEN_Y = UY + 30;

const screenState: { -readonly [K in keyof ScreenState]: ScreenState[K] } = {
  mode: 0,
  seconds: 0,
  percent: 0,
  cursor: false,
};

/**
 * The uplink: a huge retro computer at the gate (two draw calls: the beige body, the
 * green screen). The screen reads the Heart's state: standby, the purge countdown,
 * the upload's progress bar, and its end. A green light spills from the screen.
 */
export function Uplink() {
  const parts = useMemo(() => {
    const body = new MeshStandardMaterial({ vertexColors: true, roughness: 0.75, metalness: 0.05 });
    const group = new Group();
    // Built with its glass facing -Z: toward the Callister coming back up the tunnel.
    group.position.set(UX, SCREEN_Y, SCREEN_Z);
    const computer = new Mesh(uplinkGeometry(), body);
    const screen = new UplinkScreen();
    const glass = new MeshBasicMaterial({ map: screen.texture, toneMapped: false });
    glass.color.setScalar(1.6);
    const plane = new Mesh(new PlaneGeometry(SCREEN_W, SCREEN_H), glass);
    plane.position.set(0, 4, -3.5);
    plane.rotation.y = Math.PI;
    const light = new PointLight('#33ff66', 0, 900, 1.2);
    light.position.set(0, 0, -120);
    group.add(computer, plane, light);
    return { group, computer, body, screen, glass, plane, light };
  }, []);
  useEffect(
    () => () => {
      parts.computer.geometry.dispose();
      parts.body.dispose();
      parts.plane.geometry.dispose();
      parts.glass.dispose();
      parts.screen.dispose();
    },
    [parts],
  );
  useFrame(() => {
    const heart = runtime.session.sim.heart;
    if (!heart) return;
    const time = heartView.time;
    const countdown = heart.countdownTicks ?? 0;
    screenState.cursor = Math.floor(time * 2.5) % 2 === 0;
    screenState.seconds = Math.ceil(countdown / 60);
    screenState.percent = Math.min(
      100,
      Math.floor((heart.uplinkHoldTicks / HEART.uplink.holdTicks) * 100),
    );
    screenState.mode =
      heart.ending === 'uploaded'
        ? 3
        : heart.ending !== null && heart.deletionStartTick !== null
          ? 4
          : heart.stage === 'uplink'
            ? 2
            : heart.deletionStartTick !== null
              ? 1
              : 0;
    parts.screen.update(screenState);
    const flicker = 0.92 + 0.08 * Math.sin(time * 70);
    parts.glass.color.setScalar(1.5 * flicker);
    parts.light.intensity = (heart.deletionStartTick !== null ? 3 : 1.2) * flicker;
  });
  return <primitive object={parts.group} />;
}
