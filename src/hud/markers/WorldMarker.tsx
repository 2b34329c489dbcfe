import './markers.css';
import type { ReactNode } from 'react';

interface WorldMarkerProps {
  /** The chapter's classes: its colour (--c), its mark's shape, its card's sizes. */
  className: string;
  testId: string;
  /** The card's lines: a name, the distance (data-part="distance"), bars or a hint. */
  children: ReactNode;
}

/**
 * A mark on a point in the world, with its card; off screen the mark becomes an arrow
 * at the edge of the view (the layer flags it is-edge). Laid out by useMarkerLayer.
 */
export function WorldMarker({ className, testId, children }: WorldMarkerProps) {
  return (
    <div className={`hud-mark ${className}`} data-testid={testId}>
      <div className="hud-mark-icon" />
      <div className="hud-mark-arrow" data-part="arrow" />
      <div className="hud-mark-card" data-part="card">
        {children}
      </div>
    </div>
  );
}

/** A target's shields and hull on its marker's card, filled by the layer's paint. */
export function MarkerBars() {
  return (
    <span className="hud-mark-bars">
      <span className="hud-mark-bar hud-mark-bar-shields">
        <span className="hud-mark-fill" data-part="shields" />
      </span>
      <span className="hud-mark-bar hud-mark-bar-hull">
        <span className="hud-mark-fill" data-part="hull" />
      </span>
    </span>
  );
}
