import { useMemo, useState } from 'react';
import { runtime } from '../../game/runtime';
import { CATEGORIES, type CategoryId } from '../../sim';
import { MenuList, type MenuItem } from '../MenuList';

/** One chapter to practise: the category that starts it, and what it is. */
export interface ChapterChoice {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly category: CategoryId;
  readonly brief: string;
}

/**
 * Chapter select: practise any chapter of the campaign on its category's published seed.
 * Chapter 1 is the campaign's start (Any%), chapters 2 and 3 the categories that run them
 * alone. Practice never sets a personal best and leaves the campaign's autosave alone.
 */
export const CHAPTERS: readonly ChapterChoice[] = [
  {
    id: 'chapter-1',
    number: 1,
    title: 'Piracy',
    category: 'any',
    brief:
      "Raid players' ships for 3,000 credits, then tractor James Walton aboard. Plays on into the rest of the campaign.",
  },
  {
    id: 'chapter-2',
    number: 2,
    title: 'The Party',
    category: 'attack-wave',
    brief:
      'Five waves of everyone the crew ever robbed, and three invitation relays to break. Standard loadout.',
  },
  {
    id: 'chapter-3',
    number: 3,
    title: 'The Heart',
    category: 'heart',
    brief:
      'The gauntlet, Bob and his copy beam, the cutlass, and sixty seconds to the uplink. Standard loadout.',
  },
];

/** Starts a chapter as practice on its category's set seed. */
export function startChapterPractice(choice: ChapterChoice): void {
  runtime.start({
    category: choice.category,
    seed: CATEGORIES[choice.category].defaultSeed,
    seedType: 'set',
    practice: true,
  });
}

export function ChapterSelect(props: { onBack: () => void }) {
  const { onBack } = props;
  const [focused, setFocused] = useState<ChapterChoice>(CHAPTERS[0]!);
  const items = useMemo<MenuItem[]>(
    () => [
      ...CHAPTERS.map((choice) => ({
        id: choice.id,
        label: `${choice.number} · ${choice.title}`,
        hint: `seed ${CATEGORIES[choice.category].defaultSeed}`,
        onSelect: () => startChapterPractice(choice),
      })),
      { id: 'back', label: 'Back', onSelect: onBack },
    ],
    [onBack],
  );
  const category = CATEGORIES[focused.category];
  return (
    <div
      className="ttl-select"
      data-testid="chapter-select"
      onFocusCapture={(event) => {
        const id = (event.target as HTMLElement).dataset.menuItem;
        const choice = CHAPTERS.find((c) => c.id === id);
        if (choice) setFocused(choice);
      }}
    >
      <h2 className="ttl-heading">Chapter select</h2>
      <div className="ttl-select-body">
        <MenuList items={items} label="Chapter select" onBack={onBack} remember />
        <aside className="ttl-card ttl-chapter-card" data-testid="chapter-card">
          <p className="ttl-card-kicker">Chapter {focused.number}</p>
          <h3 className="ttl-card-title">{focused.title}</h3>
          <p className="ttl-card-seed">
            Practice · set seed {category.defaultSeed} · never a personal best
          </p>
          <p className="ttl-card-text">{focused.brief}</p>
          <dl className="ttl-card-timing">
            <dt>Plays as</dt>
            <dd>{category.title}</dd>
            <dt>Timer stops</dt>
            <dd>{category.timing.end}</dd>
          </dl>
        </aside>
      </div>
    </div>
  );
}
