import './heart-hud.css';
import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { runtime } from '../../game/runtime';
import { HeartAlerts } from './HeartAlerts';
import { HeartBanner } from './HeartBanner';
import { HeartMarkers } from './HeartMarkers';
import { HeartPanel } from './HeartPanel';

/** Whether the run is in the Heart; React re-renders only when that changes. */
function useInHeart(): boolean {
  const [inHeart, setInHeart] = useState(() => runtime.session.sim.chapter === 'heart');
  useEffect(() => {
    let shown = runtime.session.sim.chapter === 'heart';
    setInHeart(shown);
    return addAfterEffect(() => {
      const current = runtime.session.sim.chapter === 'heart';
      if (current === shown) return;
      shown = current;
      setInHeart(current);
    });
  }, []);
  return inHeart;
}

/**
 * Chapter 3's HUD, the Heart of Infinity: waypoints on the pylons, Bob's core and the
 * uplink; the Heart console (stage, pylons, Bob's strikes) that becomes the deletion
 * countdown; the copy-beam and upload meters, the cutlass prompt and the wall warning
 * under the reticle; and the banners for the chapter's moments. Mounted only in the Heart.
 */
export function HeartHud() {
  const inHeart = useInHeart();
  if (!inHeart) return null;
  return (
    <div className="hrt" data-testid="heart-hud">
      {/* The beam's vignette and the marks projected onto the view go first. */}
      <HeartAlerts />
      <HeartMarkers />
      <HeartPanel />
      <HeartBanner />
    </div>
  );
}
