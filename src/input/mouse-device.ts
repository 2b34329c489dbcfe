import { moveStick, type RawInput } from './raw-input';

/**
 * Mouse buttons as `Mouse<n>` codes and, while the pointer is locked to the game
 * canvas, mouse movement into the virtual stick.
 */
export function attachMouse(
  raw: RawInput,
  target: HTMLElement,
  getSensitivity: () => number,
  isCapturing: () => boolean,
): () => void {
  const locked = (): boolean => document.pointerLockElement === target;
  const onMove = (event: MouseEvent): void => {
    if (locked()) moveStick(raw, event.movementX, event.movementY, getSensitivity());
  };
  const onDown = (event: MouseEvent): void => {
    if (!isCapturing()) return;
    if (!locked()) {
      // The first click only captures the mouse; it must not also fire the phasers.
      requestLock(target);
      return;
    }
    // The middle button (the cutlass by default) must not start the browser's autoscroll.
    if (event.button === 1) event.preventDefault();
    raw.down.add(`Mouse${event.button}`);
  };
  const onUp = (event: MouseEvent): void => {
    raw.down.delete(`Mouse${event.button}`);
  };
  const onContextMenu = (event: Event): void => {
    if (isCapturing()) event.preventDefault();
  };
  target.addEventListener('mousedown', onDown);
  window.addEventListener('mouseup', onUp);
  window.addEventListener('mousemove', onMove);
  target.addEventListener('contextmenu', onContextMenu);
  return () => {
    target.removeEventListener('mousedown', onDown);
    window.removeEventListener('mouseup', onUp);
    window.removeEventListener('mousemove', onMove);
    target.removeEventListener('contextmenu', onContextMenu);
  };
}

export function requestLock(target: HTMLElement): void {
  // Some browsers return a promise that rejects (e.g. right after an Esc unlock);
  // the player can simply click again, so the rejection is not an error.
  try {
    const result = target.requestPointerLock() as unknown;
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    /* pointer lock unavailable: keyboard flight still works */
  }
}

export function releaseLock(): void {
  if (document.pointerLockElement) document.exitPointerLock();
}
