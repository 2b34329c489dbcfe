import { runtime } from '../game/runtime';
import { useCampaign } from '../state/campaign-store';
import { useSettings } from '../state/settings-store';

/** Problems the player should know about (bad URL parameters, unusable saved data). */
export function Notices() {
  const settingsNotice = useSettings((state) => state.notice);
  const dismissSettings = useSettings((state) => state.dismissNotice);
  const campaignNotice = useCampaign((state) => state.notice);
  const dismissCampaign = useCampaign((state) => state.dismissNotice);
  const dismissable = settingsNotice !== null || campaignNotice !== null;
  const messages = [
    ...runtime.url.problems,
    ...(settingsNotice ? [settingsNotice] : []),
    ...(campaignNotice ? [campaignNotice] : []),
  ];
  if (messages.length === 0) return null;
  return (
    <div className="notices" role="status">
      {messages.map((message) => (
        <p key={message} className="notice">
          {message}
        </p>
      ))}
      {dismissable ? (
        <button
          type="button"
          className="notice-dismiss"
          onClick={() => {
            dismissSettings();
            dismissCampaign();
          }}
        >
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
