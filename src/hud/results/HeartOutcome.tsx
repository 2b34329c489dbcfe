import type { SimState } from '../../sim';
import { HEART } from '../../sim/content/heart';
import { survivorList } from '../../sim/content/epilogue';
import { formatDistance } from '../combat/hud-geometry';
import { countdownKey, countdownText } from '../heart/heart-text';

const [UPLINK_X, UPLINK_Y, UPLINK_Z] = HEART.uplink.position;

function survivorsOf(sim: SimState): string[] {
  return sim.crew.filter((member) => member.alive).map((member) => member.name);
}

/** Pylons broken and Bob's state, the Heart's progress in numbers. */
function HeartStats(props: { sim: SimState; children?: React.ReactNode }) {
  const { sim, children } = props;
  const heart = sim.heart;
  if (!heart) return null;
  const broken = heart.pylonIds.length - heart.pylonsLeft;
  return (
    <dl className="results-stats">
      <dt>Pylons</dt>
      <dd>
        {broken} of {heart.pylonIds.length} broken
      </dd>
      <dt>Bob</dt>
      <dd>
        {heart.bob.alive
          ? `alive · ${heart.bob.strikesLeft} strike${heart.bob.strikesLeft === 1 ? '' : 's'} from the end`
          : 'gone'}
      </dd>
      {children}
    </dl>
  );
}

/**
 * The Heart's endings on the results screen: 'uploaded' (the win, naming who made it),
 * 'copied' (Bob's beam held: he keeps a copy of Nanette) and 'deleted' (the countdown
 * ran out). Each is its own screen, not a footnote to "run complete".
 */
export function HeartOutcome(props: { sim: SimState; ending: 'uploaded' | 'copied' | 'deleted' }) {
  const { sim, ending } = props;
  const heart = sim.heart;
  const survivors = survivorsOf(sim);
  if (ending === 'uploaded') {
    const spare = heart?.countdownTicks ?? null;
    return (
      <div className="res-ending is-uploaded" data-testid="results-ending" data-ending="uploaded">
        <p className="res-ending-kicker">The retro computer · the Heart of Infinity</p>
        <h2 className="panel-title res-ending-title">Upload complete</h2>
        <p className="results-lede">
          {survivors.length > 0
            ? `The hard drive holds. ${survivorList(survivors)} made it out of Infinity, into Nanette's head, before the game deleted itself.`
            : 'The hard drive holds, but the upload carried no one: the whole crew died in Infinity.'}
        </p>
        <dl className="results-stats">
          <dt>Survivors</dt>
          <dd data-testid="results-survivors">
            {survivors.length > 0 ? survivorList(survivors) : 'none'}
          </dd>
          {spare !== null ? (
            <>
              <dt>To spare</dt>
              <dd>{countdownText(countdownKey(spare))} s on the countdown</dd>
            </>
          ) : null}
        </dl>
      </div>
    );
  }
  if (ending === 'copied') {
    return (
      <div className="res-ending is-copied" data-testid="results-ending" data-ending="copied">
        <p className="res-ending-kicker">Bob's copy beam held the Callister</p>
        <h2 className="panel-title danger res-ending-title">Copied</h2>
        <p className="results-lede">
          Five seconds in the beam was all he needed. Bob has a copy of Nanette Cole now, and he
          will keep her in the Heart for as long as Infinity runs — building worlds for someone who
          can never leave. The crew never reached the uplink.
        </p>
        <HeartStats sim={sim} />
      </div>
    );
  }
  const p = sim.player.body.position;
  const toUplink = Math.hypot(p.x - UPLINK_X, p.y - UPLINK_Y, p.z - UPLINK_Z);
  return (
    <div className="res-ending is-deleted" data-testid="results-ending" data-ending="deleted">
      <p className="res-ending-kicker">The countdown ran out</p>
      <h2 className="panel-title danger res-ending-title">Deleted</h2>
      <p className="results-lede">
        Infinity deleted itself and every backup with it. The Callister was still{' '}
        {formatDistance(toUplink)} from the retro computer when the Heart went dark, and{' '}
        {survivors.length > 0 ? survivorList(survivors) : 'the crew'} went with it.
      </p>
      <dl className="results-stats">
        <dt>Uplink</dt>
        <dd>{formatDistance(toUplink)} away</dd>
        <dt>Upload</dt>
        <dd>
          {((heart?.uplinkHoldTicks ?? 0) / 60).toFixed(1)} of{' '}
          {(HEART.uplink.holdTicks / 60).toFixed(1)} s
        </dd>
      </dl>
    </div>
  );
}
