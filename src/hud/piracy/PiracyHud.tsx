import './piracy-hud.css';
import { useChapter } from '../use-chapter';
import { ChapterIntro } from './ChapterIntro';
import { CreditToast } from './CreditToast';
import { CrewPanel } from './CrewPanel';
import { DockedPrompt } from './DockedPrompt';
import { ObjectiveLine } from './ObjectiveLine';
import { PickupChips } from './PickupChips';
import { RaidPanel } from './RaidPanel';
import { RaidPrompt } from './RaidPrompt';
import { SceneOverlay } from './SceneOverlay';
import { Waypoints } from './Waypoints';

/**
 * Chapter 1's HUD on top of the flight and combat layers: the bridge crew in every
 * chapter (the arena included); in the piracy chapter the objective and waypoints,
 * the raid readouts, siphon prompts and toasts, credit pickups, the docking prompt
 * and Walton's scene.
 */
export function PiracyHud() {
  const chapter = useChapter();
  return (
    <div className="pir" data-testid="piracy-hud" data-chapter={chapter}>
      {/* Marks projected onto the view go first, so the consoles paint over them. */}
      {chapter === 'piracy' ? (
        <>
          <PickupChips />
          <Waypoints />
        </>
      ) : null}
      <CrewPanel />
      {chapter === 'piracy' ? (
        <>
          {/* The top column (between the comms feed and the clock): stacked, never overlapping. */}
          <div className="pir-top">
            <ObjectiveLine />
            <CreditToast />
            <DockedPrompt />
          </div>
          <RaidPanel />
          <RaidPrompt />
          <SceneOverlay />
        </>
      ) : null}
      <ChapterIntro chapter={chapter} />
    </div>
  );
}
