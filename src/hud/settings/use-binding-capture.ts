import { useEffect, useRef } from 'react';
import { RESERVED_CODE } from '../../input/bindings';
import { capturePadButtons } from '../../input/gamepad-poller';

/** After a mouse button is captured, its click / context menu must not act on the page. */
const SWALLOW_AFTER_MOUSE_MS = 600;

/**
 * While `active`, the next key (by `event.code`), mouse button (`Mouse<n>`) or gamepad
 * button (`Pad<n>`) is reported to `onCode` instead of reaching the page; Esc reports
 * `onCancel`. Listeners sit in the capture phase on window so no menu sees the press.
 */
export function useBindingCapture(
  active: boolean,
  onCode: (code: string) => void,
  onCancel: () => void,
): void {
  const handlers = useRef({ onCode, onCancel });
  useEffect(() => {
    handlers.current = { onCode, onCancel };
  });

  useEffect(() => {
    if (!active) return undefined;
    const swallow = (event: Event): void => {
      event.preventDefault();
      event.stopPropagation();
    };
    // A separate listener, removed only by its timer: it outlives the capture itself.
    const swallowAfter = (event: Event): void => swallow(event);
    const stopSwallowing = (): void => {
      window.removeEventListener('click', swallowAfter, true);
      window.removeEventListener('auxclick', swallowAfter, true);
      window.removeEventListener('contextmenu', swallowAfter, true);
    };

    const onKeyDown = (event: KeyboardEvent): void => {
      event.preventDefault();
      event.stopPropagation();
      if (event.repeat) return;
      if (event.code === RESERVED_CODE) handlers.current.onCancel();
      else if (event.code) handlers.current.onCode(event.code);
    };
    const onMouseDown = (event: MouseEvent): void => {
      swallow(event);
      window.addEventListener('click', swallowAfter, true);
      window.addEventListener('auxclick', swallowAfter, true);
      window.addEventListener('contextmenu', swallowAfter, true);
      setTimeout(stopSwallowing, SWALLOW_AFTER_MOUSE_MS);
      handlers.current.onCode(`Mouse${event.button}`);
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('mousedown', onMouseDown, true);
    window.addEventListener('contextmenu', swallow, true);
    const releasePad = capturePadButtons((code) => handlers.current.onCode(code));
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('mousedown', onMouseDown, true);
      window.removeEventListener('contextmenu', swallow, true);
      releasePad();
    };
  }, [active]);
}
