import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { runtime } from '../game/runtime';
import { CALLISTER } from '../sim';
import { useSettings } from '../state/settings-store';
import { CombatHud } from './combat/CombatHud';
import { HeartHud } from './heart/HeartHud';
import { useKeyLabel } from './piracy/key-label';
import { PartyHud } from './party/PartyHud';
import { PiracyHud } from './piracy/PiracyHud';
import { SpeedrunPanel } from './speedrun/SpeedrunPanel';

/** Writes text only when it changes, so the DOM is untouched on most frames. */
function setText(element: HTMLElement | null, text: string): void {
  if (element && element.textContent !== text) element.textContent = text;
}

function setFill(element: HTMLElement | null, fraction: number): void {
  if (!element) return;
  const value = `scaleX(${Math.max(0, Math.min(1, fraction)).toFixed(3)})`;
  if (element.style.transform !== value) element.style.transform = value;
}

function setFlag(element: HTMLElement | null, name: string, on: boolean): void {
  if (element && element.classList.contains(name) !== on) element.classList.toggle(name, on);
}

const STICK_DISPLAY_PX = 110;

/**
 * The flight HUD. React renders it once; after every rendered frame a callback reads
 * the sim and updates the DOM nodes directly (no per-tick React renders).
 */
export function Hud() {
  const refs = {
    speed: useRef<HTMLSpanElement>(null),
    throttleFill: useRef<HTMLDivElement>(null),
    throttleReverse: useRef<HTMLDivElement>(null),
    throttleText: useRef<HTMLSpanElement>(null),
    hull: useRef<HTMLDivElement>(null),
    hullText: useRef<HTMLSpanElement>(null),
    shields: useRef<HTMLDivElement>(null),
    shieldsText: useRef<HTMLSpanElement>(null),
    energy: useRef<HTMLDivElement>(null),
    energyText: useRef<HTMLSpanElement>(null),
    assist: useRef<HTMLSpanElement>(null),
    boost: useRef<HTMLSpanElement>(null),
    stick: useRef<HTMLDivElement>(null),
    root: useRef<HTMLDivElement>(null),
    flash: useRef<HTMLDivElement>(null),
  };
  const hudScale = useSettings((state) => state.settings.hudScale);

  useEffect(() => {
    let flashUntil = 0;
    const unsubscribeEvents = runtime.session.onEvent((event) => {
      if (event.type === 'ShipImpact' && event.shieldDamage + event.hullDamage > 0) {
        flashUntil = performance.now() + (event.hullDamage > 0 ? 450 : 250);
        setFlag(refs.flash.current, 'hull-hit', event.hullDamage > 0);
      }
    });
    const unsubscribeFrame = addAfterEffect(() => {
      const sim = runtime.session.sim;
      const ship = sim.player;
      setText(refs.speed.current, Math.round(ship.body.velocity.length()).toString());
      const throttle = ship.throttle;
      setFill(refs.throttleFill.current, Math.max(0, throttle));
      setFill(refs.throttleReverse.current, Math.max(0, -throttle));
      setText(refs.throttleText.current, `${Math.round(throttle * 100)}%`);
      setFill(refs.hull.current, ship.hull / CALLISTER.hullMax);
      setText(refs.hullText.current, Math.ceil(ship.hull).toString());
      setFill(refs.shields.current, ship.shields / CALLISTER.shieldsMax);
      setText(refs.shieldsText.current, Math.ceil(ship.shields).toString());
      setFill(refs.energy.current, ship.energy / CALLISTER.energyMax);
      setText(refs.energyText.current, Math.ceil(ship.energy).toString());
      setText(refs.assist.current, ship.flightAssist ? 'ASSIST' : 'ASSIST OFF');
      setFlag(refs.assist.current, 'is-off', !ship.flightAssist);
      setFlag(refs.boost.current, 'is-on', ship.boosting);
      setFlag(refs.root.current, 'shields-down', ship.shields <= 0);
      setFlag(refs.root.current, 'hull-critical', ship.hull < CALLISTER.hullMax * 0.25);
      setFlag(refs.flash.current, 'is-on', performance.now() < flashUntil);
      const stick = refs.stick.current;
      if (stick) {
        const transform = `translate(${(runtime.raw.stickX * STICK_DISPLAY_PX).toFixed(1)}px, ${(
          -runtime.raw.stickY * STICK_DISPLAY_PX
        ).toFixed(1)}px)`;
        if (stick.style.transform !== transform) stick.style.transform = transform;
      }
    });
    return () => {
      unsubscribeEvents();
      unsubscribeFrame();
    };
    // The refs are stable objects; subscribing once per mount is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div
      className="hud"
      ref={refs.root}
      data-testid="hud"
      style={{ '--hud-scale': hudScale } as React.CSSProperties}
    >
      <div className="hud-flash" ref={refs.flash} />
      <CombatHud />
      <PiracyHud />
      <PartyHud />
      <HeartHud />
      <div className="hud-reticle">
        <div className="hud-crosshair" />
        <div className="hud-stick-ring" />
        <div className="hud-stick" ref={refs.stick} />
      </div>

      {/* The run clock: in-game and real time, the splits against the personal best. */}
      <SpeedrunPanel />

      <div className="hud-panel hud-status">
        <div className="hud-bar hud-bar-shields">
          <span className="hud-bar-label">SHIELDS</span>
          <div className="hud-bar-track">
            <div className="hud-bar-fill" ref={refs.shields} />
          </div>
          <span className="hud-bar-value" ref={refs.shieldsText} data-testid="hud-shields">
            100
          </span>
        </div>
        <div className="hud-bar hud-bar-hull">
          <span className="hud-bar-label">HULL</span>
          <div className="hud-bar-track">
            <div className="hud-bar-fill" ref={refs.hull} />
          </div>
          <span className="hud-bar-value" ref={refs.hullText}>
            100
          </span>
        </div>
        <div className="hud-bar hud-bar-energy">
          <span className="hud-bar-label">ENERGY</span>
          <div className="hud-bar-track">
            <div className="hud-bar-fill" ref={refs.energy} />
          </div>
          <span className="hud-bar-value" ref={refs.energyText}>
            100
          </span>
        </div>
      </div>

      <div className="hud-panel hud-flight">
        <div className="hud-throttle" title="Throttle">
          <div className="hud-throttle-track">
            <div className="hud-throttle-fill" ref={refs.throttleFill} />
          </div>
          <div className="hud-throttle-track hud-throttle-track-reverse">
            <div
              className="hud-throttle-fill hud-throttle-fill-reverse"
              ref={refs.throttleReverse}
            />
          </div>
          <span className="hud-throttle-text" ref={refs.throttleText}>
            0%
          </span>
        </div>
        <div className="hud-speed">
          <span className="hud-speed-value" ref={refs.speed} data-testid="hud-speed">
            0
          </span>
          <span className="hud-speed-unit">m/s</span>
        </div>
        <div className="hud-tags">
          <span className="hud-tag" ref={refs.assist}>
            ASSIST
          </span>
          <span className="hud-tag hud-tag-boost" ref={refs.boost}>
            BOOST
          </span>
        </div>
      </div>

      <ControlsHint />
    </div>
  );
}

/** A reminder of the flight keys for the first seconds of a run. */
function ControlsHint() {
  // Show the player's own bindings: a rebound key must not be taught wrong.
  const up = useKeyLabel('throttleUp');
  const down = useKeyLabel('throttleDown');
  const rollLeft = useKeyLabel('rollLeft');
  const rollRight = useKeyLabel('rollRight');
  const strafeLeft = useKeyLabel('strafeLeft');
  const strafeRight = useKeyLabel('strafeRight');
  const boost = useKeyLabel('boost');
  const assist = useKeyLabel('flightAssist');
  return (
    <div className="hud-hint">
      <kbd>{up}</kbd>/<kbd>{down}</kbd> throttle · <kbd>Mouse</kbd> steer (click to capture) ·{' '}
      <kbd>{rollLeft}</kbd>/<kbd>{rollRight}</kbd> roll · <kbd>{strafeLeft}</kbd>/
      <kbd>{strafeRight}</kbd> strafe · <kbd>{boost}</kbd> boost · <kbd>{assist}</kbd> flight assist
      · <kbd>Esc</kbd> pause
    </div>
  );
}
