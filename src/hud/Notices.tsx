import { runtime } from '../game/runtime';
import { useSettings } from '../state/settings-store';

/** Problems the player should know about (bad URL parameters, unusable saved data). */
export function Notices() {
  const settingsNotice = useSettings((state) => state.notice);
  const dismiss = useSettings((state) => state.dismissNotice);
  const messages = [...runtime.url.problems, ...(settingsNotice ? [settingsNotice] : [])];
  if (messages.length === 0) return null;
  return (
    <div className="notices" role="status">
      {messages.map((message) => (
        <p key={message} className="notice">
          {message}
        </p>
      ))}
      {settingsNotice ? (
        <button type="button" className="notice-dismiss" onClick={dismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
