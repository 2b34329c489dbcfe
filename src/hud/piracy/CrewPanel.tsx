import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { CREW, CREW_RULES } from '../../sim';
import type { Action } from '../../input/actions';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter } from '../combat/painter';
import { useKeyLabel } from './key-label';
import {
  activeTicksLeft,
  crewCharge,
  crewStatusKey,
  crewStatusShort,
  crewStatusText,
  crewTone,
  type CrewTone,
} from './piracy-text';

/** How long a tile flashes after its ability fires or its crew member is hit (ticks). */
const USED_FLASH_TICKS = 30;
const HIT_FLASH_TICKS = 40;
/** Below this health a tile's health bar turns red. */
const WOUNDED_HEALTH = 35;
const TONES: readonly CrewTone[] = ['ready', 'cooling', 'active', 'dead'];
const TONE_CLASSES = TONES.map((tone) => `is-${tone}`);
const ABILITY_ACTIONS: readonly Action[] = [
  'ability1',
  'ability2',
  'ability3',
  'ability4',
  'ability5',
];

interface TileNodes {
  readonly root: Painter;
  readonly key: Painter;
  readonly status: Painter;
  /** The same for narrow tiles (small windows): CSS shows one of the two. */
  readonly statusShort: Painter;
  readonly charge: Painter;
  readonly health: Painter;
}

/**
 * The bridge crew: one chunky Space Fleet console tile per station, in key order.
 * Each shows its ability's cooldown (a sweep over the key block and a charge bar),
 * the crew member's health, a glow when ready or while the effect runs, and goes
 * dark for good when they die. Rendered once; repainted from the sim after each frame.
 */
export function CrewPanel() {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const part = (tile: Element, name: string): Painter =>
      new Painter(tile.querySelector<HTMLElement>(`[data-part="${name}"]`)!);
    const tiles: TileNodes[] = Array.from(container.children).map((tile) => ({
      root: new Painter(tile as HTMLElement),
      key: part(tile, 'key'),
      status: part(tile, 'status'),
      statusShort: part(tile, 'status-short'),
      charge: part(tile, 'charge'),
      health: part(tile, 'health'),
    }));
    const usedUntil = new Float64Array(tiles.length);
    const hitUntil = new Float64Array(tiles.length);
    let generation = runtime.session.generation;

    const unsubscribe = runtime.session.onEvent((event) => {
      if (event.type !== 'AbilityUsed' && event.type !== 'CrewWounded' && event.type !== 'CrewDied')
        return;
      const slot = CREW.findIndex((definition) => definition.name === event.crew);
      if (slot < 0 || slot >= tiles.length) return;
      if (event.type === 'AbilityUsed') usedUntil[slot] = event.tick + USED_FLASH_TICKS;
      else hitUntil[slot] = event.tick + HIT_FLASH_TICKS;
    });

    const stop = onCombatFrame((frame) => {
      if (frame.generation !== generation) {
        generation = frame.generation;
        usedUntil.fill(0);
        hitUntil.fill(0);
      }
      const sim = runtime.session.sim;
      for (let slot = 0; slot < tiles.length; slot++) {
        const tile = tiles[slot]!;
        const member = sim.crew[slot];
        const definition = CREW[slot];
        if (!tile.root.show(member !== undefined && definition !== undefined)) continue;
        if (!member || !definition) continue;
        const active = member.alive
          ? activeTicksLeft(definition.ability, sim.player.effects, sim.tick)
          : 0;
        const key = crewStatusKey(member.alive, member.cooldownTicks, active);
        tile.status.textOf(key, key, crewStatusText);
        tile.statusShort.textOf(key, key, crewStatusShort);
        const tone = crewTone(key);
        for (let t = 0; t < TONES.length; t++) tile.root.flag(TONE_CLASSES[t]!, TONES[t] === tone);
        const charge = crewCharge(member.alive, member.cooldownTicks, definition.cooldownTicks);
        tile.charge.fillX(charge);
        // The sweep darkens the part of the key block still recharging.
        tile.key.number('--sweep', Math.round((1 - charge) * 100), '%');
        const health = member.alive ? member.health / CREW_RULES.healthMax : 0;
        tile.health.fillX(health);
        tile.root.flag('is-wounded', member.alive && member.health < WOUNDED_HEALTH);
        tile.root.flag('is-used', frame.time < usedUntil[slot]!);
        tile.root.flag('is-hit', frame.time < hitUntil[slot]!);
      }
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, []);

  return (
    <div className="pir-crew" ref={ref} data-testid="hud-crew">
      {CREW.map((definition, slot) => (
        <CrewTile
          key={definition.name}
          action={ABILITY_ACTIONS[slot] ?? 'ability1'}
          name={definition.name}
          role={definition.role}
          ability={definition.abilityLabel}
        />
      ))}
    </div>
  );
}

function CrewTile(props: { action: Action; name: string; role: string; ability: string }) {
  const key = useKeyLabel(props.action);
  return (
    <div className={`pir-tile pir-tile-${props.name.toLowerCase()}`}>
      <div className="pir-tile-key" data-part="key">
        <span>{key}</span>
      </div>
      <div className="pir-tile-body">
        <div className="pir-tile-head">
          <span className="pir-tile-name">{props.name}</span>
          <span className="pir-tile-role">{props.role}</span>
          <span className="pir-tile-status" data-part="status">
            READY
          </span>
          <span className="pir-tile-status pir-tile-status-short" data-part="status-short">
            READY
          </span>
        </div>
        <div className="pir-tile-ability">
          <span className="pir-tile-label">{props.ability}</span>
          <div className="pir-tile-gauge">
            <div className="pir-tile-charge" data-part="charge" />
          </div>
        </div>
        <div className="pir-tile-health">
          <div className="pir-tile-health-fill" data-part="health" />
        </div>
      </div>
      <span className="pir-tile-kia">KIA</span>
    </div>
  );
}
