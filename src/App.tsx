import { useEffect, useRef } from 'react';
import { runtime } from './game/runtime';
import { DEFAULT_BINDINGS } from './input/actions';
import { attachKeyboard } from './input/keyboard-device';
import { attachMouse } from './input/mouse-device';
import { ErrorBoundary } from './hud/ErrorBoundary';
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
      if (screen === 'playing' && DEFAULT_BINDINGS.pause.includes(event.code)) {
        event.preventDefault();
        runtime.pause();
      } else if (screen === 'paused' && event.code === 'KeyP') {
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
    window.addEventListener('keydown', onKey);
    document.addEventListener('pointerlockchange', onLockChange);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      detachKeyboard();
      detachMouse();
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerlockchange', onLockChange);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [stage]);
}

export function App() {
  const screen = useScreen((state) => state.screen);
  const stage = useRef<HTMLDivElement>(null);
  useRunControls(stage);
  const inRun = screen === 'playing' || screen === 'paused' || screen === 'results';
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
      {screen === 'results' ? <ResultsScreen /> : null}
      <Notices />
    </div>
  );
}
