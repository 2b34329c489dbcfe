import { useEffect, useRef, type RefObject } from 'react';
import { onCombatFrame, type CombatFrame } from '../combat/combat-frame';
import { paintersFor } from '../combat/painter';
import { watchConsoleEdges } from '../combat/console-edges';
import { markerNodes, type MarkerNodes } from './marker-nodes';
import { MarkerPlacer, type MarkerLayout } from './marker-placer';

/**
 * Paints one rendered frame of a layer's markers: show or hide each, and place the shown
 * ones with the placer. `markers` are the layer's WorldMarker children, in order.
 */
export type PaintMarkers = (
  frame: CombatFrame,
  markers: readonly MarkerNodes[],
  placer: MarkerPlacer,
) => void;

/**
 * A layer of world markers (the container's children are WorldMarkers): finds their
 * parts, hides them until a frame shows them, keeps the consoles' edges measured and
 * calls `paint` every rendered frame. `layout` and `paint` are module constants.
 * Returns the ref for the container.
 */
export function useMarkerLayer(
  layout: MarkerLayout,
  paint: PaintMarkers,
): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const markers = paintersFor(container).map(markerNodes);
    for (const marker of markers) marker.root.show(false);
    const consoles = watchConsoleEdges(layout.topPanels);
    const placer = new MarkerPlacer(layout, consoles.edges);
    const stop = onCombatFrame((frame) => paint(frame, markers, placer));
    return () => {
      stop();
      consoles.stop();
    };
  }, [layout, paint]);
  return ref;
}
