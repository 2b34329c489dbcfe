import { useEffect, useRef, useState } from 'react';
import { playUiSound } from '../audio';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly disabled?: boolean;
  readonly onSelect: () => void;
}

/** The last highlighted item (by id) of each menu, so coming back from a submenu lands where you left. */
const rememberedItem = new Map<string, string>();

/**
 * A vertical menu that works with the keyboard alone (arrows, Enter/Space, Esc for
 * back) and with the mouse. Focus follows the pointer so both never disagree.
 */
export function MenuList(props: {
  items: readonly MenuItem[];
  onBack?: () => void;
  label: string;
  /** Reopen on the item last highlighted (title menu); pause menus always open on Resume. */
  remember?: boolean;
}) {
  const { items, onBack, label, remember = false } = props;
  const [active, setActive] = useState(() => {
    const remembered = remember
      ? items.findIndex((item) => item.id === rememberedItem.get(label))
      : -1;
    if (remembered >= 0 && !items[remembered]!.disabled) return remembered;
    return Math.max(
      0,
      items.findIndex((item) => !item.disabled),
    );
  });
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const shownActive = useRef(active);
  useEffect(() => {
    const id = items[active]?.id;
    if (id !== undefined) rememberedItem.set(label, id);
    buttons.current[active]?.focus();
    // Only a real move of the highlight clicks, not a re-render with new items.
    if (shownActive.current !== active) playUiSound('move');
    shownActive.current = active;
  }, [active, label, items]);

  useEffect(() => {
    const move = (step: number): void => {
      setActive((current) => {
        for (let i = 1; i <= items.length; i++) {
          const next = (current + step * i + items.length * i) % items.length;
          if (!items[next]?.disabled) return next;
        }
        return current;
      });
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.repeat && (event.code === 'Enter' || event.code === 'Escape')) return;
      switch (event.code) {
        case 'ArrowDown':
        case 'KeyS':
          event.preventDefault();
          move(1);
          break;
        case 'ArrowUp':
        case 'KeyW':
          event.preventDefault();
          move(-1);
          break;
        case 'Escape':
          if (onBack) {
            event.preventDefault();
            playUiSound('back');
            onBack();
          }
          break;
        default:
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, onBack]);

  return (
    <nav className="menu" aria-label={label}>
      {items.map((item, index) => (
        <button
          key={item.id}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className={`menu-item${index === active ? ' is-active' : ''}`}
          data-menu-item={item.id}
          disabled={item.disabled}
          onMouseEnter={() => !item.disabled && setActive(index)}
          onFocus={() => setActive(index)}
          onClick={() => {
            playUiSound('select');
            item.onSelect();
          }}
        >
          <span className="menu-item-label">{item.label}</span>
          {item.hint ? <span className="menu-item-hint">{item.hint}</span> : null}
        </button>
      ))}
    </nav>
  );
}
