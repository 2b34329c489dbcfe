import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { ACTION_LABELS, DEFAULT_BINDINGS, type Action, type Bindings } from '../input/actions';
import {
  bindSlot,
  clearSlot,
  codeName,
  copyBindings,
  findConflicts,
  isPadCode,
  SLOT_NAMES,
  slotCodes,
  slotKind,
} from '../input/bindings';
import { useScreen } from '../state/screen-store';
import { SETTINGS_LIMITS, type Settings } from '../state/settings-schema';
import { useSettings } from '../state/settings-store';
import { BindingRow } from './settings/BindingRow';
import { clampStep, TAB_ROWS, TABS, type Row, type TabId } from './settings/rows';
import { useBindingCapture } from './settings/use-binding-capture';

const SLOT_COUNT = SLOT_NAMES.length;
const PREVIOUS_TAB_KEYS = new Set(['KeyQ', 'PageUp', 'BracketLeft']);
const NEXT_TAB_KEYS = new Set(['KeyE', 'PageDown', 'BracketRight']);

interface Capture {
  readonly action: Action;
  readonly slot: number;
}

/** Other actions that share a code with `action`, by code. */
function sharedWith(
  action: Action,
  bindings: Bindings,
  conflicts: Map<string, Action[]>,
): string | null {
  const parts: string[] = [];
  for (const code of bindings[action]) {
    const others = conflicts.get(code)?.filter((other) => other !== action);
    if (others?.length) {
      parts.push(
        `${codeName(code)} is also bound to ${others.map((o) => ACTION_LABELS[o]).join(', ')}`,
      );
    }
  }
  return parts.length ? `${parts.join('; ')} — both will act.` : null;
}

function rowKey(row: Row): string {
  switch (row.kind) {
    case 'slider':
    case 'toggle':
    case 'choice':
      return row.key;
    case 'binding':
      return `binding-${row.action}`;
    default:
      return row.kind;
  }
}

/**
 * Settings, in four tabs. Keyboard: ↑ ↓ choose a row, ← → adjust it (or pick a binding
 * slot), Enter toggles / activates / rebinds, Delete clears a binding, Q / E (PageUp /
 * PageDown, gamepad bumpers) switch tabs, Esc returns. The mouse works throughout.
 *
 * Rebinding: each action has two keyboard/mouse slots and one gamepad slot. Enter (or a
 * click) on a slot listens for the next input and puts it in that slot, replacing what
 * was there; a gamepad button always lands in the Gamepad slot and a key pressed for the
 * Gamepad slot lands in Primary. A key bound to two actions is allowed and marked.
 */
export function SettingsScreen() {
  const settings = useSettings((state) => state.settings);
  const update = useSettings((state) => state.update);
  const returnTo = useScreen((state) => state.settingsReturn);
  const go = useScreen((state) => state.go);
  const [tab, setTab] = useState<TabId>('controls');
  const [active, setActive] = useState(0);
  const [slot, setSlot] = useState(0);
  const [capture, setCapture] = useState<Capture | null>(null);
  const [resetArmed, setResetArmed] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const rowElements = useRef<(HTMLElement | null)[]>([]);
  /** Keyboard moves scroll the active row into view; pointer hovers must not scroll. */
  const scrollToActive = useRef(true);
  /**
   * Hover selects a row only when the pointer really moved: Chrome sends a mouse move
   * when the list scrolls under a still pointer, which must not steal the keyboard row.
   */
  const lastPointer = useRef({ x: Number.NaN, y: Number.NaN });
  const pointerMoved = (event: React.MouseEvent): boolean => {
    const moved =
      event.screenX !== lastPointer.current.x || event.screenY !== lastPointer.current.y;
    lastPointer.current = { x: event.screenX, y: event.screenY };
    return moved;
  };

  const rows = TAB_ROWS[tab];
  const conflicts = useMemo(() => findConflicts(settings.bindings), [settings.bindings]);
  const conflictCodes = useMemo(() => new Set(conflicts.keys()), [conflicts]);

  const back = (): void => {
    if (returnTo === 'paused') go('paused');
    else go('title');
  };

  const select = (index: number, byKeyboard: boolean): void => {
    scrollToActive.current = byKeyboard;
    if (index !== active) {
      setResetArmed(false);
      setStatus(null);
    }
    setActive(index);
  };

  const switchTab = (direction: number): void => {
    const index = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(index + direction + TABS.length) % TABS.length]!;
    openTab(next.id);
  };

  const openTab = (id: TabId): void => {
    scrollToActive.current = true;
    setTab(id);
    setActive(0);
    setResetArmed(false);
    setStatus(null);
  };

  useEffect(() => {
    const element = rowElements.current[active];
    if (!element) return;
    element.focus({ preventScroll: true });
    if (scrollToActive.current) element.scrollIntoView({ block: 'nearest' });
  }, [active, tab]);

  const setBindings = (bindings: Bindings): void => update({ bindings });

  const bind = (code: string): void => {
    if (!capture) return;
    const { action } = capture;
    // A gamepad button always goes to the Gamepad slot; a key or mouse button to the
    // selected keyboard slot (Primary when the Gamepad slot was selected).
    const target = isPadCode(code)
      ? SLOT_NAMES.length - 1
      : slotKind(capture.slot) === 'key'
        ? capture.slot
        : 0;
    const bindings = bindSlot(settings.bindings, action, target, code);
    setBindings(bindings);
    setCapture(null);
    // Keyboard slots fill from Primary: a key put in Secondary while Primary is empty
    // becomes the Primary. Select (and name) the slot where it actually landed.
    const landed = Math.max(0, slotCodes(bindings[action]).indexOf(code));
    setSlot(landed);
    const shared = sharedWith(action, bindings, findConflicts(bindings));
    setStatus(
      `${ACTION_LABELS[action]}: ${SLOT_NAMES[landed]} is now ${codeName(code)}.${
        shared ? ` ${shared}` : ''
      }`,
    );
  };

  useBindingCapture(capture !== null, bind, () => {
    setCapture(null);
    setStatus('Rebinding cancelled.');
  });

  const startCapture = (action: Action, slotIndex: number): void => {
    setSlot(slotIndex);
    setStatus(null);
    setCapture({ action, slot: slotIndex });
  };

  const clearBinding = (action: Action, slotIndex: number): void => {
    const code = slotCodes(settings.bindings[action])[slotIndex];
    if (!code) return;
    setBindings(clearSlot(settings.bindings, action, slotIndex));
    setStatus(`${ACTION_LABELS[action]}: cleared ${codeName(code)}.`);
  };

  const resetBindings = (): void => {
    if (!resetArmed) {
      setResetArmed(true);
      return;
    }
    setBindings(copyBindings(DEFAULT_BINDINGS));
    setResetArmed(false);
    setStatus('All bindings are back to their defaults.');
  };

  const adjust = (row: Row, direction: number): void => {
    if (row.kind === 'slider') {
      const { step } = SETTINGS_LIMITS[row.key];
      update({
        [row.key]: clampStep(row.key, settings[row.key] + direction * step),
      } as Partial<Settings>);
    } else if (row.kind === 'toggle') {
      update({ [row.key]: !settings[row.key] });
    } else if (row.kind === 'choice') {
      const index = row.options.findIndex((option) => option.value === settings[row.key]);
      const next = row.options[Math.max(0, Math.min(row.options.length - 1, index + direction))];
      if (next) update({ [row.key]: next.value });
    } else if (row.kind === 'binding') {
      setSlot((current) => Math.max(0, Math.min(SLOT_COUNT - 1, current + direction)));
    }
  };

  const activate = (row: Row): void => {
    switch (row.kind) {
      case 'toggle':
        adjust(row, 1);
        break;
      case 'choice': {
        const index = row.options.findIndex((option) => option.value === settings[row.key]);
        const next = row.options[(index + 1) % row.options.length];
        if (next) update({ [row.key]: next.value });
        break;
      }
      case 'binding':
        startCapture(row.action, slot);
        break;
      case 'resetBindings':
        resetBindings();
        break;
      case 'back':
        back();
        break;
      default:
        break;
    }
  };

  // The latest handler, read by one window listener (focus may sit anywhere, even on body).
  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    onKeyRef.current = (event: KeyboardEvent): void => {
      if (capture) return; // the capture listener owns the keyboard
      const row = rows[active];
      if (!row) return;
      if (PREVIOUS_TAB_KEYS.has(event.code) || NEXT_TAB_KEYS.has(event.code)) {
        event.preventDefault();
        switchTab(PREVIOUS_TAB_KEYS.has(event.code) ? -1 : 1);
        return;
      }
      switch (event.code) {
        case 'ArrowDown':
          event.preventDefault();
          select((active + 1) % rows.length, true);
          break;
        case 'ArrowUp':
          event.preventDefault();
          select((active - 1 + rows.length) % rows.length, true);
          break;
        case 'Home':
          event.preventDefault();
          select(0, true);
          break;
        case 'End':
          event.preventDefault();
          select(rows.length - 1, true);
          break;
        case 'ArrowLeft':
          event.preventDefault();
          adjust(row, -1);
          break;
        case 'ArrowRight':
          event.preventDefault();
          adjust(row, 1);
          break;
        case 'Enter':
        case 'NumpadEnter':
        case 'Space':
          event.preventDefault();
          if (!event.repeat) activate(row);
          break;
        case 'Delete':
        case 'Backspace':
          event.preventDefault();
          if (row.kind === 'binding') clearBinding(row.action, slot);
          break;
        case 'Escape':
          event.preventDefault();
          if (!event.repeat) back();
          break;
        default:
          break;
      }
    };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => onKeyRef.current(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const activeRow = rows[active];
  const footer = ((): { text: string; tone: 'capture' | 'status' | 'warn' | 'help' } => {
    if (capture) {
      const name = ACTION_LABELS[capture.action];
      const text =
        slotKind(capture.slot) === 'pad'
          ? `Press a gamepad button for ${name} (a key goes to Primary) · Esc cancels`
          : `Press a key or mouse button for ${name} (${SLOT_NAMES[capture.slot]}; a gamepad button goes to Gamepad) · Esc cancels`;
      return { text, tone: 'capture' };
    }
    if (status) return { text: status, tone: 'status' };
    if (!activeRow) return { text: '', tone: 'help' };
    switch (activeRow.kind) {
      case 'binding': {
        const shared = sharedWith(activeRow.action, settings.bindings, conflicts);
        if (shared) return { text: shared, tone: 'warn' };
        const extra = activeRow.action === 'pause' ? ' Esc always pauses as well.' : '';
        return {
          text: `Enter: rebind the ${SLOT_NAMES[slot]} slot · ← → choose a slot · Delete: clear it.${extra}`,
          tone: 'help',
        };
      }
      case 'resetBindings':
        return resetArmed
          ? { text: 'Press Enter again to reset every binding to its default.', tone: 'warn' }
          : {
              text: 'Restore the default keys and gamepad buttons for every action.',
              tone: 'help',
            };
      case 'back':
        return {
          text: `Back to the ${returnTo === 'paused' ? 'pause menu' : 'title'}. Changes are saved as you make them.`,
          tone: 'help',
        };
      default:
        return { text: activeRow.help, tone: 'help' };
    }
  })();

  const firstBinding = rows.findIndex((row) => row.kind === 'binding');

  return (
    <div className="screen settings-screen" role="dialog" aria-label="Settings">
      <div className="panel panel-wide settings-panel">
        <header className="settings-header">
          <h2 className="panel-title">Settings</h2>
          <div className="settings-tabs" role="tablist" aria-label="Settings sections">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                tabIndex={-1}
                aria-selected={t.id === tab}
                className={`settings-tab${t.id === tab ? ' is-active' : ''}`}
                data-tab={t.id}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => openTab(t.id)}
              >
                {t.label}
                {t.id === 'controls' && conflicts.size > 0 ? (
                  <span
                    className="settings-tab-badge"
                    title={`${conflicts.size} key${conflicts.size === 1 ? '' : 's'} bound twice`}
                  >
                    {conflicts.size}
                  </span>
                ) : null}
              </button>
            ))}
          </div>
        </header>

        <div
          className={`settings-rows settings-rows-${tab}`}
          role="tabpanel"
          aria-label={TABS.find((t) => t.id === tab)?.label}
        >
          {rows.map((row, index) => {
            const isActive = index === active;
            const ref = (element: HTMLElement | null): void => {
              rowElements.current[index] = element;
            };
            const hover = (): void => select(index, false);
            const focus = (): void => {
              if (index !== active) select(index, false);
            };
            const heading =
              index === firstBinding ? (
                <div className="settings-section" key="bindings-heading" aria-hidden="true">
                  <span className="settings-section-title">Bindings</span>
                  <span className="binding-slots">
                    {SLOT_NAMES.map((name) => (
                      <span key={name} className="settings-section-column">
                        {name}
                      </span>
                    ))}
                  </span>
                </div>
              ) : null;
            const note =
              index === firstBinding ? (
                <p className="settings-sticks" key="sticks-note">
                  Gamepad sticks are fixed: right stick aims · left stick ↕ throttle, ↔ strafe.
                </p>
              ) : null;

            if (row.kind === 'binding') {
              return (
                <Fragment key={rowKey(row)}>
                  {heading}
                  {note}
                  <BindingRow
                    action={row.action}
                    codes={settings.bindings[row.action]}
                    active={isActive}
                    slot={slot}
                    capturingSlot={capture?.action === row.action ? capture.slot : null}
                    conflicts={conflictCodes}
                    rowRef={ref}
                    onPointerMove={(event) => {
                      if (!capture && pointerMoved(event)) hover();
                    }}
                    onFocus={focus}
                    onHoverSlot={(slotIndex) => {
                      if (!capture) setSlot(slotIndex);
                    }}
                    onCapture={(slotIndex) => {
                      select(index, false);
                      startCapture(row.action, slotIndex);
                    }}
                  />
                </Fragment>
              );
            }

            const className = `settings-row${isActive ? ' is-active' : ''}`;
            const common = {
              ref,
              className,
              onMouseMove: (event: React.MouseEvent) => {
                if (!capture && pointerMoved(event)) hover();
              },
              onFocus: focus,
              tabIndex: 0,
            };

            if (row.kind === 'slider') {
              const limits = SETTINGS_LIMITS[row.key];
              const value = settings[row.key];
              return (
                <label key={rowKey(row)} {...common} data-setting={row.key}>
                  <span className="settings-label">{row.label}</span>
                  <input
                    type="range"
                    min={limits.min}
                    max={limits.max}
                    step={limits.step}
                    value={value}
                    tabIndex={-1}
                    aria-label={row.label}
                    onChange={(event) =>
                      update({
                        [row.key]: clampStep(row.key, Number(event.target.value)),
                      } as Partial<Settings>)
                    }
                  />
                  <span className="settings-value">{row.format(value)}</span>
                </label>
              );
            }
            if (row.kind === 'toggle') {
              return (
                <label key={rowKey(row)} {...common} data-setting={row.key}>
                  <span className="settings-label">{row.label}</span>
                  <input
                    type="checkbox"
                    checked={settings[row.key]}
                    tabIndex={-1}
                    aria-label={row.label}
                    onChange={(event) => update({ [row.key]: event.target.checked })}
                  />
                  <span className="settings-value">{settings[row.key] ? 'On' : 'Off'}</span>
                </label>
              );
            }
            if (row.kind === 'choice') {
              const value = settings[row.key];
              return (
                <div key={rowKey(row)} {...common} data-setting={row.key} role="group">
                  <span className="settings-label">{row.label}</span>
                  <span className="settings-choice" role="radiogroup" aria-label={row.label}>
                    {row.options.map((option) => (
                      <button
                        key={option.value}
                        type="button"
                        role="radio"
                        tabIndex={-1}
                        aria-checked={option.value === value}
                        className={`settings-choice-option${option.value === value ? ' is-selected' : ''}`}
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => update({ [row.key]: option.value })}
                      >
                        {option.label}
                      </button>
                    ))}
                  </span>
                </div>
              );
            }
            if (row.kind === 'resetBindings') {
              return (
                <button
                  key="reset-bindings"
                  type="button"
                  {...common}
                  className={`${className} settings-action${resetArmed ? ' is-armed' : ''}`}
                  data-row="reset-bindings"
                  onClick={resetBindings}
                >
                  {resetArmed ? 'Press again to reset all bindings' : 'Reset bindings to defaults'}
                </button>
              );
            }
            return (
              <button
                key="back"
                type="button"
                {...common}
                className={`${className} settings-back`}
                data-row="back"
                onClick={back}
              >
                Back
              </button>
            );
          })}
        </div>

        <footer className="settings-footer">
          <p className={`settings-message is-${footer.tone}`} role="status" aria-live="polite">
            {footer.text}
          </p>
          <p className="settings-keys">
            <kbd>↑</kbd>
            <kbd>↓</kbd> choose · <kbd>←</kbd>
            <kbd>→</kbd> adjust · <kbd>Enter</kbd> select · <kbd>Q</kbd>
            <kbd>E</kbd> tabs · <kbd>Esc</kbd> back
          </p>
        </footer>
      </div>
    </div>
  );
}
