import { useMemo, useState } from 'react';
import { CATEGORIES } from '../../sim';
import { sumOfBest } from '../../state/records-compare';
import { RECORD_CATEGORIES, SEED_TYPES, slotName } from '../../state/records-schema';
import { slotId, useRecords } from '../../state/records-store';
import { MenuList, type MenuItem } from '../MenuList';
import { downloadTextFile } from '../speedrun/replay-files';
import { formatIgt, replayFileName, seedTypeLabel } from '../speedrun/speedrun-format';

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString();
}

/**
 * Personal bests and sums of best for every category and seed type, with the PB's replay
 * to export as a file. Stored records that could not be read are named here too.
 */
export function RecordsPanel(props: { onBack: () => void }) {
  const { onBack } = props;
  const slots = useRecords((state) => state.slots);
  const pbReplay = useRecords((state) => state.pbReplay);
  const [message, setMessage] = useState<string | null>(null);
  const rows = useMemo(
    () =>
      RECORD_CATEGORIES.flatMap((category) =>
        SEED_TYPES.map((seedType) => {
          const slot = slots[slotId(category, seedType)];
          return {
            category,
            seedType,
            pb: slot?.records.pb ?? null,
            sumOfBest: sumOfBest(slot?.records ?? null),
            problem: slot?.problem ?? null,
          };
        }),
      ),
    [slots],
  );
  const items = useMemo<MenuItem[]>(
    () => [
      ...rows
        .filter((row) => row.pb !== null)
        .map((row) => {
          const replay = pbReplay(row.category, row.seedType);
          return {
            id: `export-${row.category}-${row.seedType}`,
            label: `Export PB replay`,
            hint: `${CATEGORIES[row.category].title} · ${seedTypeLabel(row.seedType).toLowerCase()}${replay === null ? ' · not stored' : ''}`,
            disabled: replay === null,
            onSelect: () => {
              if (replay === null || row.pb === null) return;
              const name = replayFileName(row.category, row.seedType, row.pb.seed, row.pb.igtTicks);
              downloadTextFile(name, replay);
              setMessage(`Saved ${name}`);
            },
          };
        }),
      { id: 'back', label: 'Back', onSelect: onBack },
    ],
    [rows, pbReplay, onBack],
  );
  const problems = rows.filter((row) => row.problem !== null);
  return (
    <div className="ttl-records" data-testid="records-panel">
      <h2 className="ttl-heading">Records</h2>
      <table className="ttl-records-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Seed</th>
            <th scope="col">Personal best</th>
            <th scope="col">Sum of best</th>
            <th scope="col">Set on</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.category}-${row.seedType}`}
              data-records-slot={slotId(row.category, row.seedType)}
            >
              <th scope="row">{CATEGORIES[row.category].title}</th>
              <td>{seedTypeLabel(row.seedType)}</td>
              <td className="ttl-pb">
                {row.pb ? formatIgt(row.pb.igtTicks) : row.problem ? 'unreadable' : '—'}
              </td>
              <td className="ttl-sob">{row.sumOfBest === null ? '—' : formatIgt(row.sumOfBest)}</td>
              <td className="ttl-dim">
                {row.pb ? `${formatDate(row.pb.date)} · seed ${row.pb.seed}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ttl-records-note">
        In-game time: ticks simulated from the category's start to its end, pause excluded. The
        combat arena is practice and keeps no records.
      </p>
      {problems.map((row) => (
        <p key={slotName(row.category, row.seedType)} className="notice ttl-notice" role="alert">
          {row.problem}
        </p>
      ))}
      <MenuList items={items} label="Records menu" onBack={onBack} />
      {message ? (
        <p className="ttl-records-note" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
