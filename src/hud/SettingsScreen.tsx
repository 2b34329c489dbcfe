import { useEffect, useRef, useState } from 'react';
import { useScreen } from '../state/screen-store';
import { SETTINGS_LIMITS, type Settings } from '../state/settings-schema';
import { useSettings } from '../state/settings-store';

type Row =
  | {
      kind: 'slider';
      key: 'mouseSensitivity' | 'masterVolume';
      label: string;
      format: (v: number) => string;
    }
  | { kind: 'toggle'; key: 'invertY'; label: string }
  | { kind: 'back'; label: string };

const ROWS: readonly Row[] = [
  {
    kind: 'slider',
    key: 'mouseSensitivity',
    label: 'Mouse sensitivity',
    format: (v) => `${v.toFixed(2)}×`,
  },
  { kind: 'toggle', key: 'invertY', label: 'Invert Y' },
  {
    kind: 'slider',
    key: 'masterVolume',
    label: 'Master volume',
    format: (v) => `${Math.round(v * 100)}%`,
  },
  { kind: 'back', label: 'Back' },
];

function clampStep(key: 'mouseSensitivity' | 'masterVolume', value: number): number {
  const { min, max, step } = SETTINGS_LIMITS[key];
  const snapped = Math.round(value / step) * step;
  return Math.min(max, Math.max(min, Number(snapped.toFixed(4))));
}

/** Settings: arrows move between rows, Left/Right change a value, Enter toggles, Esc returns. */
export function SettingsScreen() {
  const settings = useSettings((state) => state.settings);
  const update = useSettings((state) => state.update);
  const returnTo = useScreen((state) => state.settingsReturn);
  const go = useScreen((state) => state.go);
  const [active, setActive] = useState(0);
  const rows = useRef<(HTMLElement | null)[]>([]);

  const back = (): void => {
    if (returnTo === 'paused') go('paused');
    else go('title');
  };

  useEffect(() => {
    rows.current[active]?.focus();
  }, [active]);

  const adjust = (row: Row, direction: number): void => {
    if (row.kind === 'slider') {
      const { step } = SETTINGS_LIMITS[row.key];
      update({
        [row.key]: clampStep(row.key, settings[row.key] + direction * step),
      } as Partial<Settings>);
    } else if (row.kind === 'toggle') {
      update({ [row.key]: !settings[row.key] });
    }
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const row = ROWS[active]!;
    switch (event.code) {
      case 'ArrowDown':
        event.preventDefault();
        setActive((a) => (a + 1) % ROWS.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((a) => (a - 1 + ROWS.length) % ROWS.length);
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
      case 'Space':
        event.preventDefault();
        if (row.kind === 'back') back();
        else if (row.kind === 'toggle') adjust(row, 1);
        break;
      case 'Escape':
        event.preventDefault();
        back();
        break;
      default:
        break;
    }
  };

  return (
    <div
      className="screen settings-screen"
      role="dialog"
      aria-label="Settings"
      onKeyDown={onKeyDown}
    >
      <div className="panel panel-wide">
        <h2 className="panel-title">Settings</h2>
        <p className="settings-help">↑ ↓ choose · ← → adjust · Enter toggle · Esc back</p>
        <div className="settings-rows">
          {ROWS.map((row, index) => {
            const common = {
              ref: (element: HTMLElement | null) => {
                rows.current[index] = element;
              },
              className: `settings-row${index === active ? ' is-active' : ''}`,
              onMouseEnter: () => setActive(index),
              onFocus: () => setActive(index),
              tabIndex: 0,
            };
            if (row.kind === 'slider') {
              const limits = SETTINGS_LIMITS[row.key];
              const value = settings[row.key];
              return (
                <label key={row.key} {...common} data-setting={row.key}>
                  <span className="settings-label">{row.label}</span>
                  <input
                    type="range"
                    min={limits.min}
                    max={limits.max}
                    step={limits.step}
                    value={value}
                    tabIndex={-1}
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
                <label key={row.key} {...common} data-setting={row.key}>
                  <span className="settings-label">{row.label}</span>
                  <input
                    type="checkbox"
                    checked={settings[row.key]}
                    tabIndex={-1}
                    onChange={(event) => update({ [row.key]: event.target.checked })}
                  />
                  <span className="settings-value">{settings[row.key] ? 'On' : 'Off'}</span>
                </label>
              );
            }
            return (
              <button
                key="back"
                type="button"
                {...common}
                className={`${common.className} settings-back`}
                onClick={back}
              >
                {row.label}
              </button>
            );
          })}
        </div>
        <p className="settings-note">Changes are saved in this browser as you make them.</p>
      </div>
    </div>
  );
}
