import { ObjectivePip } from '../pips/ObjectivePip';
import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { PARTY, describeObjective } from '../../sim';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter, partPainter, paintersFor } from '../combat/painter';
import {
  WAVE_COUNT,
  clockText,
  partyTicksLeft,
  statusKey,
  statusText,
  waveText,
} from './party-text';

const RELAY_COUNT = PARTY.relays.length;
const waveOf = (wave: number): string => waveText(wave);
const clockOf = (ticks: number): string => clockText(ticks);

/**
 * The party console, top centre: the wave (with how many are still warping in, or how
 * many are flying), the invitation relays still standing as pips, and the time until
 * the party ends by itself; under it the objective in words.
 */
export function PartyPanel() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const part = (name: string): Painter => partPainter(root, name);
    const nodes = {
      root: new Painter(root),
      wave: part('wave'),
      status: part('status'),
      timer: part('timer'),
      timerCell: part('timer-cell'),
      fill: part('fill'),
      objective: part('objective'),
    };
    const pips = paintersFor(root.querySelector('[data-part="pips"]'));
    nodes.root.show(false);
    // What the objective line was built from, so it is rebuilt only when that changes.
    let objectiveKey = '';

    return onCombatFrame((frame) => {
      const sim = runtime.session.sim;
      const party = sim.party;
      if (!nodes.root.show(frame.valid && party !== null) || !party) return;
      nodes.wave.textOf(party.wave, party.wave, waveOf);
      const status = statusKey(party);
      nodes.status.textOf(status, status, statusText);
      nodes.status.flag('is-incoming', status > 0);
      const left = partyTicksLeft(party, sim.tick);
      nodes.timer.textOf(Math.ceil(left / 60), left, clockOf);
      nodes.timerCell.flag('is-late', left < 30 * 60 && party.endedTick === null);
      nodes.fill.fillX(left / PARTY.durationTicks);
      nodes.root.flag('is-final', party.wave === WAVE_COUNT);
      nodes.root.flag('is-over', party.endedTick !== null);
      for (let i = 0; i < pips.length; i++) {
        const id = party.relayIds[i];
        const relay = id === undefined ? undefined : sim.enemyById.get(id);
        pips[i]!.flag('is-down', !relay || !relay.alive);
      }
      const key = `${party.relaysLeft}:${party.endedBy ?? ''}:${sim.outcome?.kind ?? ''}`;
      if (key !== objectiveKey) {
        objectiveKey = key;
        nodes.objective.text(describeObjective(sim));
      }
    });
  }, []);

  return (
    <div className="pty-panel" ref={ref} data-testid="hud-party">
      <div className="pty-row">
        <div className="pty-cell">
          <span className="pty-label">WAVE</span>
          <span className="pty-value" data-part="wave" data-testid="hud-wave">
            —/{WAVE_COUNT}
          </span>
        </div>
        <div className="pty-cell pty-relays">
          <span className="pty-label">RELAYS</span>
          <span className="pty-pips" data-part="pips">
            {Array.from({ length: RELAY_COUNT }, (_, i) => (
              <ObjectivePip className={`pty-pip pty-pip-${i}`} key={i} />
            ))}
          </span>
        </div>
        <div className="pty-cell pty-timer" data-part="timer-cell">
          <span className="pty-label">PARTY ENDS</span>
          <span className="pty-value" data-part="timer">
            {clockText(PARTY.durationTicks)}
          </span>
        </div>
      </div>
      <div className="pty-bar">
        <div className="pty-fill" data-part="fill" />
      </div>
      <div className="pty-status" data-part="status" data-testid="hud-party-status" />
      <div className="pty-objective" data-part="objective" />
    </div>
  );
}
