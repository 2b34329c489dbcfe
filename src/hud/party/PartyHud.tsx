import './party-hud.css';
import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { runtime } from '../../game/runtime';
import { PartyBanner } from './PartyBanner';
import { PartyPanel } from './PartyPanel';
import { RelayMarkers } from './RelayMarkers';

/** Whether the run is in the party chapter; React re-renders only when that changes. */
function useInParty(): boolean {
  const [inParty, setInParty] = useState(() => runtime.session.sim.chapter === 'party');
  useEffect(() => {
    let shown = runtime.session.sim.chapter === 'party';
    setInParty(shown);
    return addAfterEffect(() => {
      const current = runtime.session.sim.chapter === 'party';
      if (current === shown) return;
      shown = current;
      setInParty(current);
    });
  }, []);
  return inParty;
}

/**
 * Chapter 2's HUD, the party invitation: waypoints on the invitation relays, the party
 * console (wave, relays standing, attackers, time left) and the banners for its
 * moments. Mounted only while the party runs.
 */
export function PartyHud() {
  const inParty = useInParty();
  if (!inParty) return null;
  return (
    <div className="pty" data-testid="party-hud">
      {/* Marks projected onto the view go first, so the consoles paint over them. */}
      <RelayMarkers />
      <PartyPanel />
      <PartyBanner />
    </div>
  );
}
