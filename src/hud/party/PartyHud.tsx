import './party-hud.css';
import { useChapter } from '../use-chapter';
import { PartyBanner } from './PartyBanner';
import { PartyPanel } from './PartyPanel';
import { RelayMarkers } from './RelayMarkers';

/**
 * Chapter 2's HUD, the party invitation: waypoints on the invitation relays, the party
 * console (wave, relays standing, attackers, time left) and the banners for its
 * moments. Mounted only while the party runs.
 */
export function PartyHud() {
  if (useChapter() !== 'party') return null;
  return (
    <div className="pty" data-testid="party-hud">
      {/* Marks projected onto the view go first, so the consoles paint over them. */}
      <RelayMarkers />
      <PartyPanel />
      <PartyBanner />
    </div>
  );
}
