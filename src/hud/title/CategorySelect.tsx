import { useMemo, useState } from 'react';
import { runtime } from '../../game/runtime';
import { CATEGORIES, type CategoryId } from '../../sim';
import { seedTypeFor, type SeedType } from '../../state/records-schema';
import { useRecords } from '../../state/records-store';
import { MenuList, type MenuItem } from '../MenuList';
import { rollSeed, startRun } from '../speedrun/replay-files';
import { formatIgt } from '../speedrun/speedrun-format';

interface Choice {
  readonly id: string;
  readonly category: CategoryId;
  readonly seed: number;
  readonly seedType: SeedType;
  readonly hint: string;
}

/**
 * New run: pick a category, with its published seed or a random one (rolled here, shown
 * before the run starts, and recorded in the replay). A `?seed=` in the page address
 * stands in for the random seed, so a shared link starts the same run.
 */
export function CategorySelect(props: { onBack: () => void }) {
  const { onBack } = props;
  // One roll per visit to this menu: the seed shown is the seed played.
  const [rolled] = useState(() => runtime.url.seed ?? rollSeed());
  const fromLink = runtime.url.seed !== null;
  const choices = useMemo<Choice[]>(() => {
    const list: Choice[] = [];
    // Every speedrun category, in the order CATEGORIES lists them; practice ones go last.
    const categories = (Object.keys(CATEGORIES) as CategoryId[]).filter(
      (id) => !CATEGORIES[id].practice,
    );
    for (const category of categories) {
      const set = CATEGORIES[category].defaultSeed;
      list.push({
        id: `run-${category}-set`,
        category,
        seed: set,
        seedType: 'set',
        hint: `set seed ${set}`,
      });
      list.push({
        id: `run-${category}-random`,
        category,
        seed: rolled,
        seedType: seedTypeFor(category, rolled),
        hint: `${fromLink ? 'seed' : 'random seed'} ${rolled}${fromLink ? ' · from the link' : ''}`,
      });
    }
    list.push({
      id: 'arena',
      category: 'arena',
      seed: rolled,
      seedType: 'random',
      hint: 'practice',
    });
    return list;
  }, [rolled, fromLink]);
  const [focused, setFocused] = useState<Choice>(choices[0]!);

  const items = useMemo<MenuItem[]>(
    () => [
      ...choices.map((choice) => ({
        id: choice.id,
        label: CATEGORIES[choice.category].title,
        hint: choice.hint,
        onSelect: () => startRun(choice.category, choice.seed, choice.seedType),
      })),
      { id: 'back', label: 'Back', onSelect: onBack },
    ],
    [choices, onBack],
  );

  return (
    <div
      className="ttl-select"
      onFocusCapture={(event) => {
        const id = (event.target as HTMLElement).dataset.menuItem;
        const choice = choices.find((c) => c.id === id);
        if (choice) setFocused(choice);
      }}
    >
      <h2 className="ttl-heading">New run</h2>
      <div className="ttl-select-body">
        <MenuList items={items} label="Category select" onBack={onBack} remember />
        <CategoryCard choice={focused} />
      </div>
    </div>
  );
}

/** The highlighted category: what it is, when its timer starts and stops, its record. */
function CategoryCard(props: { choice: Choice }) {
  const { category, seedType, seed } = props.choice;
  const definition = CATEGORIES[category];
  const pb = useRecords((state) => state.recordsFor(category, seedType)?.pb ?? null);
  return (
    <aside className="ttl-card" data-testid="category-card">
      <h3 className="ttl-card-title">{definition.title}</h3>
      <p className="ttl-card-seed">
        {definition.practice
          ? 'Practice · never a personal best'
          : `${seedType === 'set' ? 'Set seed' : 'Random seed'} ${seed}`}
      </p>
      <p className="ttl-card-text">{definition.description}</p>
      <dl className="ttl-card-timing">
        <dt>Timer starts</dt>
        <dd>{definition.timing.start}</dd>
        <dt>Timer stops</dt>
        <dd>{definition.timing.end}</dd>
        {definition.practice ? null : (
          <>
            <dt>Personal best</dt>
            <dd className={pb ? 'ttl-pb' : undefined}>
              {pb ? formatIgt(pb.igtTicks) : 'none yet'}
            </dd>
          </>
        )}
      </dl>
    </aside>
  );
}
