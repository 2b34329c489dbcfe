import { Painter, optionalPartPainter, partPainter } from '../combat/painter';

/**
 * The painted parts of one world marker (WorldMarker.tsx). Every marker has a mark, an
 * arrow and a card with its distance; the rest only some markers carry.
 */
export interface MarkerNodes {
  readonly root: Painter;
  readonly arrow: Painter;
  readonly card: Painter;
  readonly distance: Painter;
  /** A name that changes (a pylon's or relay's tag); null where the name is fixed text. */
  readonly name: Painter | null;
  /** Shields and hull bars (MarkerBars). */
  readonly shields: Painter | null;
  readonly hull: Painter | null;
  /** A line of advice under the name (the fence's docking hint). */
  readonly hint: Painter | null;
}

export function markerNodes(root: Painter): MarkerNodes {
  const element = root.element;
  return {
    root,
    arrow: partPainter(element, 'arrow'),
    card: partPainter(element, 'card'),
    distance: partPainter(element, 'distance'),
    name: optionalPartPainter(element, 'name'),
    shields: optionalPartPainter(element, 'shields'),
    hull: optionalPartPainter(element, 'hull'),
    hint: optionalPartPainter(element, 'hint'),
  };
}
