import { useEffect, useRef } from 'react';
import { onCombatFrame } from './combat-frame';
import { Painter } from './painter';

/** Within this many pixels of the gunsight, the pip reads "on target". */
const ON_TARGET_PX = 9;

/**
 * Where to put the gunsight so a phaser bolt meets the target: the sim's own
 * intercept math (leadPoint), drawn as a diamond. Hidden without a target.
 */
export function LeadPip() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    const pip = new Painter(ref.current);
    return onCombatFrame((frame) => {
      if (!pip.show(frame.valid && frame.pipVisible)) return;
      pip.place(frame.pipX, frame.pipY);
      const onTarget =
        frame.aimVisible &&
        Math.hypot(frame.pipX - frame.aimX, frame.pipY - frame.aimY) <= ON_TARGET_PX;
      pip.flag('is-on', onTarget);
    });
  }, []);
  return (
    <div className="cmb-pip" ref={ref} data-testid="hud-lead-pip">
      <div className="cmb-pip-diamond" />
    </div>
  );
}
