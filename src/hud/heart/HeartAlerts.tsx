import { useEffect, useRef } from 'react';
import { runtime } from '../../game/runtime';
import { HEART } from '../../sim/content/heart';
import { copyBeamAwake, isOutsideHeart } from '../../sim/stages/heart';
import { onCombatFrame } from '../combat/combat-frame';
import { Painter, partPainter } from '../combat/painter';
import { watchKeyLabel } from '../piracy/key-label';
import {
  COLLAPSE_WARNING,
  DEFLECTED_HOLD_TICKS,
  WALL_WARNING,
  beamFraction,
  beamHoldText,
  cutlassPrompt,
  cutlassPromptText,
  tenthsKey,
  uplinkFraction,
  uplinkKey,
  uplinkStatus,
  uplinkText,
  type CutlassPrompt,
} from './heart-text';

const [CORE_X, CORE_Y, CORE_Z] = HEART.core.center;
const PROMPT_CODES: Readonly<Record<Exclude<CutlassPrompt, null>, number>> = {
  strike: 1,
  cut: 2,
  shield: 3,
};

/**
 * Warnings and meters under the reticle, where the eye already is: the copy beam's hold
 * (0–5 s, with a vignette closing in from the screen's edges while it holds the
 * Callister), the upload's hold at the uplink, the cutlass prompt, and the burning wall
 * or deletion front.
 */
export function HeartAlerts() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const part = (name: string): Painter => partPainter(root, name);
    const nodes = {
      vignette: part('vignette'),
      beam: part('beam'),
      beamHead: part('beam-head'),
      beamFill: part('beam-fill'),
      beamTime: part('beam-time'),
      uplink: part('uplink'),
      uplinkFill: part('uplink-fill'),
      uplinkText: part('uplink-text'),
      cutlass: part('cutlass'),
      wall: part('wall'),
    };
    // The containers show and hide; the parts inside them stay as they are.
    const boxes = [nodes.vignette, nodes.beam, nodes.uplink, nodes.cutlass, nodes.wall];
    for (const box of boxes) box.show(false);

    let key = 'C';
    let promptKey = -1;
    const stopKey = watchKeyLabel('cutlass', (label) => {
      key = label;
      promptKey = -1;
    });
    let deflectedTick = -1;
    let generation = -1;
    const unsubscribe = runtime.session.onEvent((event) => {
      if (event.type === 'CutlassSwung' && event.hit === 'deflected') deflectedTick = event.tick;
    });

    const stop = onCombatFrame((frame) => {
      const session = runtime.session;
      const sim = session.sim;
      if (generation !== session.generation) {
        generation = session.generation;
        deflectedTick = -1;
      }
      const heart = sim.heart;
      const live = frame.valid && frame.playerAlive && heart !== null && heart.ending === null;
      if (!heart || !live) {
        for (const box of boxes) box.show(false);
        // Copied: the vignette stays closed over the view while the ending sinks in.
        if (heart && heart.ending === 'copied' && frame.valid) {
          nodes.vignette.show(true);
          nodes.vignette.flag('is-on', true);
          nodes.vignette.opacity(1);
        }
        return;
      }

      // The copy beam: a meter while it has any hold, the vignette as it grows.
      const beam = heart.beam;
      const holding = copyBeamAwake(heart) && (beam.onTarget || beam.holdTicks > 0);
      const fraction = beamFraction(beam.holdTicks);
      if (nodes.beam.show(holding)) {
        nodes.beamFill.fillX(fraction);
        nodes.beamTime.textOf(tenthsKey(beam.holdTicks), tenthsKey(beam.holdTicks), beamHoldText);
        nodes.beam.flag('is-on', beam.onTarget);
        nodes.beamHead.text(beam.onTarget ? 'COPY BEAM — KEEP MOVING' : 'COPY BEAM — SLIPPING');
      }
      if (nodes.vignette.show(holding)) {
        nodes.vignette.flag('is-on', beam.onTarget);
        nodes.vignette.opacity(0.25 + 0.75 * fraction);
      }

      // The upload: from the first tick in the zone until the hold has drained away.
      const speed = sim.player.body.velocity.length();
      const inside = heart.stage === 'uplink';
      const uplinkOn = heart.countdownTicks !== null && (inside || heart.uplinkHoldTicks > 0);
      if (nodes.uplink.show(uplinkOn)) {
        const status = uplinkStatus(inside, speed);
        nodes.uplinkFill.fillX(uplinkFraction(heart.uplinkHoldTicks));
        const k = uplinkKey(status, heart.uplinkHoldTicks);
        nodes.uplinkText.textOf(k, k, uplinkText);
        nodes.uplink.flag('is-warn', status !== 'holding');
      }

      // The cutlass: Bob in reach with his shield down, a pylon in reach, or "shield up".
      const p = sim.player.body.position;
      const bobDistance = Math.hypot(p.x - CORE_X, p.y - CORE_Y, p.z - CORE_Z);
      let pylonNear = false;
      if (heart.stage === 'bob') {
        for (const id of heart.pylonIds) {
          const pylon = sim.enemyById.get(id);
          if (!pylon || !pylon.alive) continue;
          const q = pylon.body.position;
          const gap = Math.hypot(q.x - p.x, q.y - p.y, q.z - p.z) - pylon.radiusM;
          if (gap <= HEART.cutlass.rangeM) pylonNear = true;
        }
      }
      const deflected = deflectedTick >= 0 && sim.tick - deflectedTick < DEFLECTED_HOLD_TICKS;
      const prompt = cutlassPrompt(heart, bobDistance, pylonNear, deflected);
      if (nodes.cutlass.show(prompt !== null) && prompt) {
        const code = PROMPT_CODES[prompt] * 10 + heart.bob.strikesLeft;
        if (code !== promptKey) {
          promptKey = code;
          nodes.cutlass.text(cutlassPromptText(prompt, key, heart.bob.strikesLeft));
          nodes.cutlass.element.dataset.prompt = prompt;
        }
        nodes.cutlass.flag('is-cooling', prompt !== 'shield' && heart.cutlass.cooldownTicks > 0);
      }

      // The wall (outside the Heart) or the deletion front (inside the collapse) burns.
      const outside = isOutsideHeart(p.x, p.y, p.z);
      const collapsing = heart.collapseRadiusM > 0 && bobDistance < heart.collapseRadiusM;
      if (nodes.wall.show(outside || collapsing)) {
        nodes.wall.text(collapsing ? COLLAPSE_WARNING : WALL_WARNING);
      }
    });
    return () => {
      stop();
      stopKey();
      unsubscribe();
    };
  }, []);

  return (
    <div className="hrt-alerts" ref={ref}>
      <div className="hrt-vignette" data-part="vignette" data-testid="hud-beam-vignette" />
      <div className="hrt-column">
        <div className="hrt-wall" data-part="wall" role="alert" data-testid="hud-heart-wall" />
        <div className="hrt-meter hrt-beam" data-part="beam" data-testid="hud-copy-beam">
          <div className="hrt-meter-head" data-part="beam-head">
            COPY BEAM — KEEP MOVING
          </div>
          <div className="hrt-meter-track">
            <div className="hrt-meter-fill" data-part="beam-fill" />
          </div>
          <div className="hrt-meter-time" data-part="beam-time" />
        </div>
        <div className="hrt-meter hrt-uplink" data-part="uplink" data-testid="hud-uplink">
          <div className="hrt-meter-head" data-part="uplink-text" />
          <div className="hrt-meter-track">
            <div className="hrt-meter-fill" data-part="uplink-fill" />
          </div>
        </div>
        <div className="hrt-cutlass" data-part="cutlass" data-testid="hud-cutlass-prompt" />
      </div>
    </div>
  );
}
