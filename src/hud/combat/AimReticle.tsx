import { useEffect, useRef } from 'react';
import { onCombatFrame } from './combat-frame';
import { Painter } from './painter';

/**
 * The gunsight: where the phasers go, 1,000 m along the nose. The flight HUD's
 * centre crosshair stays as the virtual-stick reference; this one follows the guns.
 */
export function AimReticle() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    const sight = new Painter(ref.current);
    return onCombatFrame((frame) => {
      if (!sight.show(frame.valid && frame.aimVisible)) return;
      sight.place(frame.aimX, frame.aimY);
    });
  }, []);
  return (
    <div className="cmb-aim" ref={ref} data-testid="hud-aim">
      <svg className="cmb-aim-svg" viewBox="-30 -30 60 60" width="60" height="60" aria-hidden>
        <path
          className="cmb-aim-wings"
          d="M -27 5 L -27 0 L -9 0 M 27 5 L 27 0 L 9 0 M 0 -9 V -19"
        />
        <path className="cmb-aim-chevron" d="M -5 8 L 0 4 L 5 8" />
        <circle className="cmb-aim-dot" r="2.2" />
      </svg>
    </div>
  );
}
