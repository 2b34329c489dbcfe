import { useEffect, useRef } from 'react';
import { GameAudio } from './audio';
import { runtime } from './game/runtime';
import { isPadCode, RESERVED_CODE } from './input/bindings';
import {
  GamepadPoller,
  menuKeyFor,
  padCaptureHandler,
  pressMenuKey,
  type PadPress,
} from './input/gamepad-poller';
import { attachKeyboard } from './input/keyboard-device';
import { attachMouse } from './input/mouse-device';
import { EpilogueScreen } from './hud/EpilogueScreen';
import { ErrorBoundary } from './hud/ErrorBoundary';
import { FenceShop } from './hud/FenceShop';
import { Hud } from './hud/Hud';
import { Notices } from './hud/Notices';
import { PauseMenu } from './hud/PauseMenu';
import { ResultsScreen } from './hud/ResultsScreen';
import { SettingsScreen } from './hud/SettingsScreen';
import { TitleScreen } from './hud/TitleScreen';
import { useScreen } from './state/screen-store';
import { useSettings } from './state/settings-store';
import { GameCanvas } from './view/GameCanvas';

/** Screen rules that live outside any one menu: pause keys, lost pointer lock, hidden tab. */
function useRunControls(stage: React.RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const element = stage.current;
    if (!element) return undefined;
    const detachKeyboard = attachKeyboard(runtime.raw, () => runtime.isLive());
    const detachMouse = attachMouse(
      runtime.raw,
      element,
      () => useSettings.getState().settings.mouseSensitivity,
      () => runtime.isLive(),
    );
    const onKey = (event: KeyboardEvent): void => {
      if (event.repeat) return;
      const screen = useScreen.getState().screen;
      const pauseCodes = useSettings.getState().settings.bindings.pause;
      // Esc always pauses (it is reserved: Settings cannot capture it), whatever the bindings.
      if (
        screen === 'playing' &&
        (pauseCodes.includes(event.code) || event.code === RESERVED_CODE)
      ) {
        event.preventDefault();
        runtime.pause();
      } else if (
        screen === 'playing' &&
        runtime.session.sim.docked &&
        useSettings.getState().settings.bindings.trade.includes(event.code)
      ) {
        event.preventDefault();
        runtime.openShop();
      } else if (
        screen === 'paused' &&
        event.code !== RESERVED_CODE && // Esc in the pause menu is its own "back" (MenuList)
        pauseCodes.includes(event.code)
      ) {
        runtime.resume();
      }
    };
    let hadLock = false;
    const onLockChange = (): void => {
      const locked = document.pointerLockElement === element;
      // Esc while the pointer is locked is swallowed by the browser to release the
      // lock, so losing the lock mid-run is how an Esc press reaches us.
      if (hadLock && !locked) runtime.pause();
      hadLock = locked;
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') runtime.pause();
    };
    const stopGamepad = pollGamepadForScreens();
    window.addEventListener('keydown', onKey);
    document.addEventListener('pointerlockchange', onLockChange);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      detachKeyboard();
      detachMouse();
      stopGamepad();
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerlockchange', onLockChange);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [stage]);
}

/**
 * Gamepads send no events, so a poll every animation frame turns their presses into
 * what must work without ticks: the pause binding (Start) pauses and resumes, and in
 * menus the d-pad / left stick, A and B act as the arrow keys, Enter and Esc (LB/RB
 * switch Settings tabs, X clears a binding). Settings can claim presses to rebind.
 */
function pollGamepadForScreens(): () => void {
  const poller = new GamepadPoller();
  const onPress = ({ code, repeat }: PadPress): void => {
    const capture = padCaptureHandler();
    if (capture) {
      if (!repeat && isPadCode(code)) capture(code);
      return;
    }
    const screen = useScreen.getState().screen;
    const isPause = !repeat && useSettings.getState().settings.bindings.pause.includes(code);
    if (screen === 'playing') {
      if (isPause) runtime.pause();
      return;
    }
    if (screen === 'paused' && isPause) {
      runtime.resume();
      return;
    }
    const key = screen === 'title' && code === 'Pad9' ? 'Enter' : menuKeyFor(code);
    if (key) pressMenuKey(key);
  };
  let frame = requestAnimationFrame(function loop(now) {
    poller.poll(now, onPress);
    frame = requestAnimationFrame(loop);
  });
  return () => cancelAnimationFrame(frame);
}

export function App() {
  const screen = useScreen((state) => state.screen);
  const stage = useRef<HTMLDivElement>(null);
  useRunControls(stage);
  const inRun =
    screen === 'playing' || screen === 'paused' || screen === 'shop' || screen === 'results';
  return (
    <div className={`app screen-${screen}`}>
      <div className="stage" ref={stage}>
        <ErrorBoundary title="The renderer crashed">
          <GameCanvas />
        </ErrorBoundary>
      </div>
      {inRun ? <Hud /> : null}
      {screen === 'title' ? <TitleScreen /> : null}
      {screen === 'settings' ? <SettingsScreen /> : null}
      {screen === 'paused' ? <PauseMenu /> : null}
      {screen === 'shop' ? <FenceShop /> : null}
      {screen === 'epilogue' ? <EpilogueScreen /> : null}
      {screen === 'results' ? <ResultsScreen /> : null}
      <Notices />
      <GameAudio />
    </div>
  );
}
