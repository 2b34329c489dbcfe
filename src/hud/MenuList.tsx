import { useEffect, useRef, useState } from 'react';
import { playUiSound } from '../audio';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly disabled?: boolean;
  readonly onSelect: () => void;
}

/** The last highlighted item of each menu, so coming back from a submenu lands where you left. */
const rememberedIndex = new Map<string, number>();

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
    const remembered = remember ? rememberedIndex.get(label) : undefined;
    if (remembered !== undefined && items[remembered] && !items[remembered].disabled)
      return remembered;
    return Math.max(
      0,
      items.findIndex((item) => !item.disabled),
    );
  });
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const firstRender = useRef(true);
  useEffect(() => {
    rememberedIndex.set(label, active);
    buttons.current[active]?.focus();
    if (firstRender.current) firstRender.current = false;
    else playUiSound('move');
  }, [active, label]);

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
