import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { WANTED } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { formatCredits } from '../combat/hud-geometry';
import { Painter, partPainter } from '../combat/painter';
import { wantedStarCount } from './piracy-text';

/** How long the stars pulse after the wanted level goes up (ticks). */
const RISING_TICKS = 120;
/** How long the credits readout glows after credits come aboard (ticks). */
const GAIN_TICKS = 60;
/** Filled and hollow stars for each whole level, made once. */
const FILLED = Array.from({ length: WANTED.max + 1 }, (_, n) => '★'.repeat(n));
const HOLLOW = Array.from({ length: WANTED.max + 1 }, (_, n) => '☆'.repeat(WANTED.max - n));
const filledStars = (n: number): string => FILLED[n] ?? '';
const hollowStars = (n: number): string => HOLLOW[n] ?? '';
const hunterText = (count: number): string => `BOUNTY HUNTERS ×${count}`;
const countText = (count: number): string => count.toString();

/**
 * The raid's console, under the clock: stolen credits in gold, the wanted level as
 * whole stars (they pulse when it rises and turn red once hunters are sent), the
 * grudge list's length, and a warning while bounty hunters are in the sector.
 */
export function RaidPanel() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const part = (name: string): Painter => partPainter(root, name);
    const nodes = {
      root: new Painter(root),
      credits: part('credits'),
      filled: part('filled'),
      hollow: part('hollow'),
      wanted: part('wanted'),
      grudges: part('grudges'),
      hunters: part('hunters'),
    };
    let risingUntil = 0;
    let gainUntil = 0;
    let level = wantedStarCount(runtime.session.sim.wanted);
    let generation = runtime.session.generation;

    const unsubscribe = runtime.session.onEvent((event) => {
      if (event.type === 'WantedChanged') {
        if (event.level > level) risingUntil = event.tick + RISING_TICKS;
        level = event.level;
      } else if (event.type === 'CreditsStolen' || event.type === 'CreditsCollected') {
        gainUntil = event.tick + GAIN_TICKS;
      }
    });

    const stop = onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      if (frame.generation !== generation) {
        generation = frame.generation;
        risingUntil = 0;
        gainUntil = 0;
        level = wantedStarCount(sim.wanted);
      }
      nodes.credits.textOf(sim.credits, sim.credits, formatCredits);
      nodes.credits.flag('is-gain', frame.time < gainUntil);
      const stars = wantedStarCount(sim.wanted);
      nodes.filled.textOf(stars, stars, filledStars);
      nodes.hollow.textOf(stars, stars, hollowStars);
      nodes.wanted.flag('is-rising', frame.time < risingUntil);
      nodes.wanted.flag('is-hot', stars >= WANTED.huntersFrom);
      nodes.grudges.textOf(sim.grudgeList.length, sim.grudgeList.length, countText);
      let hunters = 0;
      const enemies = sim.enemies;
      for (let i = 0; i < enemies.length; i++) {
        const enemy = enemies[i]!;
        if (enemy.role === 'bounty-hunter' && enemy.alive && !enemy.warpedOut) hunters++;
      }
      if (nodes.hunters.show(hunters > 0)) nodes.hunters.textOf(hunters, hunters, hunterText);
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, []);

  return (
    <div className="pir-raid" ref={ref} data-testid="hud-raid">
      <div className="pir-raid-credits" data-part="credits">
        ¤ 0
      </div>
      <div className="pir-raid-row pir-raid-wanted" data-part="wanted">
        <span className="pir-raid-caption">WANTED</span>
        <span className="pir-raid-stars">
          <span className="pir-raid-filled" data-part="filled" />
          <span className="pir-raid-hollow" data-part="hollow" />
        </span>
      </div>
      <div className="pir-raid-row">
        <span className="pir-raid-caption">GRUDGES</span>
        <span className="pir-raid-count" data-part="grudges">
          0
        </span>
      </div>
      <div className="pir-raid-hunters" data-part="hunters" />
    </div>
  );
}
