import { useSettings } from '../../state/settings-store';
import type { Action } from '../../input/actions';
import { keyLabel } from './piracy-text';

/** The key bound to an action, by its short name; re-renders when the bindings change. */
export function useKeyLabel(action: Action): string {
  return keyLabel(useSettings((state) => state.settings.bindings[action]));
}

/**
 * Calls `onChange` with the key bound to an action now and whenever the bindings change,
 * for widgets that paint their own DOM; returns the unsubscribe function.
 */
export function watchKeyLabel(action: Action, onChange: (label: string) => void): () => void {
  let codes = useSettings.getState().settings.bindings[action];
  onChange(keyLabel(codes));
  return useSettings.subscribe((state) => {
    const next = state.settings.bindings[action];
    if (next === codes) return;
    codes = next;
    onChange(keyLabel(codes));
  });
}
