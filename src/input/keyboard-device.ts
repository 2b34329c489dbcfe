import type { RawInput } from './raw-input';

/** Keys the browser would otherwise act on (scrolling, focus moves) while flying. */
const CAPTURED_CODES = new Set(['Space', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * Tracks held keys by `event.code`, so bindings survive keyboard layouts. Held state
 * persists across frames until keyup; losing focus releases everything, so a key
 * released in another window is never stuck down.
 */
export function attachKeyboard(raw: RawInput, isCapturing: () => boolean): () => void {
  const onDown = (event: KeyboardEvent): void => {
    raw.down.add(event.code);
    if (isCapturing() && CAPTURED_CODES.has(event.code)) event.preventDefault();
  };
  const onUp = (event: KeyboardEvent): void => {
    raw.down.delete(event.code);
  };
  const onBlur = (): void => {
    raw.down.clear();
  };
  window.addEventListener('keydown', onDown);
  window.addEventListener('keyup', onUp);
  window.addEventListener('blur', onBlur);
  return () => {
    window.removeEventListener('keydown', onDown);
    window.removeEventListener('keyup', onUp);
    window.removeEventListener('blur', onBlur);
  };
}
