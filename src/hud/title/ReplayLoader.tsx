import { useCallback, useMemo, useRef, useState } from 'react';
import { MenuList, type MenuItem } from '../MenuList';
import { playReplayText } from '../speedrun/replay-files';

/** Larger than any replay the game writes (the format's own limit is 8 MiB): refused unread. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface ReplayProblem {
  readonly fileName: string;
  readonly message: string;
}

/**
 * Load replay: a file picker (hidden; opened from the menu so the keyboard reaches it)
 * whose file is read as text and handed to the runtime to verify and play. Nothing is
 * stored or changed by loading: a file that does not play is only explained.
 */
export function useReplayLoader(): {
  readonly input: React.ReactElement;
  readonly open: () => void;
  readonly problem: ReplayProblem | null;
  readonly dismiss: () => void;
} {
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ReplayProblem | null>(null);
  const open = useCallback(() => inputRef.current?.click(), []);
  const dismiss = useCallback(() => setProblem(null), []);
  const input = (
    <input
      ref={inputRef}
      type="file"
      accept=".json,application/json"
      className="ttl-file"
      data-testid="replay-file"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(event) => {
        const element = event.currentTarget;
        const file = element.files?.[0];
        // Cleared at once, so choosing the same file again still fires a change.
        element.value = '';
        if (!file) return;
        if (file.size > MAX_FILE_BYTES) {
          setProblem({
            fileName: file.name,
            message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MiB: far larger than any replay, so it was not read.`,
          });
          return;
        }
        file.text().then(
          (text) => {
            const message = playReplayText(text);
            setProblem(message === null ? null : { fileName: file.name, message });
          },
          () => setProblem({ fileName: file.name, message: 'The file could not be read.' }),
        );
      }}
    />
  );
  return { input, open, problem, dismiss };
}

/** Why a replay file did not play, in a panel of its own until the player dismisses it. */
export function ReplayProblemPanel(props: {
  problem: ReplayProblem;
  onDismiss: () => void;
  onRetry: () => void;
}) {
  const { problem, onDismiss, onRetry } = props;
  const items = useMemo<MenuItem[]>(
    () => [
      { id: 'replay-ok', label: 'OK', onSelect: onDismiss },
      { id: 'replay-again', label: 'Choose another file', onSelect: onRetry },
    ],
    [onDismiss, onRetry],
  );
  return (
    <div className="ttl-replay-problem" role="alert" data-testid="replay-problem">
      <h2 className="ttl-heading danger">Replay not played</h2>
      <p className="ttl-replay-file">{problem.fileName}</p>
      <p className="ttl-replay-message" data-testid="replay-problem-message">
        {problem.message}
      </p>
      <p className="ttl-records-note">
        Nothing was changed: your records and saves are as they were.
      </p>
      <MenuList items={items} label="Replay problem" onBack={onDismiss} />
    </div>
  );
}
