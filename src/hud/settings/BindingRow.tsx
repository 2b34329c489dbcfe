import { ACTION_LABELS, type Action } from '../../input/actions';
import { codeName, SLOT_NAMES, slotCodes, slotKind } from '../../input/bindings';

export interface BindingRowProps {
  readonly action: Action;
  readonly codes: readonly string[];
  readonly active: boolean;
  /** The selected slot column (shown only on the active row). */
  readonly slot: number;
  /** The slot waiting for "press a key…", or null. */
  readonly capturingSlot: number | null;
  /** Codes this action shares with another action. */
  readonly conflicts: ReadonlySet<string>;
  readonly rowRef: (element: HTMLDivElement | null) => void;
  readonly onPointerMove: (event: React.MouseEvent) => void;
  readonly onFocus: () => void;
  readonly onHoverSlot: (slot: number) => void;
  readonly onCapture: (slot: number) => void;
}

/** One action: its name, then Primary / Secondary (keyboard, mouse) and Gamepad slots. */
export function BindingRow(props: BindingRowProps) {
  const { action, codes, active, slot, capturingSlot, conflicts } = props;
  const slots = slotCodes(codes);
  const hasConflict = codes.some((code) => conflicts.has(code));
  return (
    <div
      ref={props.rowRef}
      className={`settings-row settings-binding${active ? ' is-active' : ''}${
        capturingSlot !== null ? ' is-capturing' : ''
      }`}
      data-binding={action}
      tabIndex={0}
      role="group"
      aria-label={`${ACTION_LABELS[action]} bindings`}
      onMouseMove={props.onPointerMove}
      onFocus={props.onFocus}
    >
      <span className="settings-label">
        {ACTION_LABELS[action]}
        {hasConflict ? (
          <span className="binding-warning" title="A key here is also bound to another action">
            !
          </span>
        ) : null}
      </span>
      <span className="binding-slots">
        {slots.map((code, index) => {
          const capturing = capturingSlot === index;
          const classes = [
            'binding-chip',
            slotKind(index) === 'pad' ? 'is-pad' : 'is-key',
            code === null ? 'is-empty' : '',
            code !== null && conflicts.has(code) ? 'is-conflict' : '',
            active && slot === index ? 'is-selected' : '',
            capturing ? 'is-listening' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <button
              key={index}
              type="button"
              tabIndex={-1}
              className={classes}
              data-slot={index}
              title={`${SLOT_NAMES[index]}: ${code === null ? 'unbound' : code}`}
              // Keep focus on the row: a focused chip would take Space/Enter for itself.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => props.onHoverSlot(index)}
              onClick={() => props.onCapture(index)}
            >
              {capturing ? 'Press…' : code === null ? '—' : codeName(code)}
            </button>
          );
        })}
      </span>
    </div>
  );
}
