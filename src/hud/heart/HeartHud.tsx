import './heart-hud.css';
import { useChapter } from '../use-chapter';
import { HeartAlerts } from './HeartAlerts';
import { HeartBanner } from './HeartBanner';
import { HeartMarkers } from './HeartMarkers';
import { HeartPanel } from './HeartPanel';

/**
 * Chapter 3's HUD, the Heart of Infinity: waypoints on the pylons, Bob's core and the
 * uplink; the Heart console (stage, pylons, Bob's strikes) that becomes the deletion
 * countdown; the copy-beam and upload meters, the cutlass prompt and the wall warning
 * under the reticle; and the banners for the chapter's moments. Mounted only in the Heart.
 */
export function HeartHud() {
  if (useChapter() !== 'heart') return null;
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
