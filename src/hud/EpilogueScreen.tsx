import './epilogue/epilogue.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { playUiSound } from '../audio';
import { runtime } from '../game/runtime';
import { CREW } from '../sim';
import { epilogueLines, survivorList } from '../sim/content/epilogue';
import { epilogueCard, typedLength } from './epilogue/epilogue-text';

/** A heartbeat trace: flat, the P wave, the QRS spike, the T wave, flat again (one beat). */
const BEAT = 'l18 0 l4 -4 l4 4 l6 0 l3 5 l5 -34 l5 40 l4 -11 l8 0 l6 -7 l6 7 l31 0';

/**
 * After upload complete: Nanette wakes in hospital, and the surviving crew speak from
 * inside her head. The cards come one at a time, typed out; Enter, Space, a click or
 * gamepad A shows the whole card, then the next; Esc (gamepad B) or Skip goes on to the
 * results. The words are a pure function of who survived (sim/content/epilogue.ts).
 */
export function EpilogueScreen() {
  const crew = runtime.session.sim.crew;
  const cards = useMemo(() => epilogueLines(crew).map(epilogueCard), [crew]);
  const survivors = useMemo(() => crew.filter((c) => c.alive).map((c) => c.name), [crew]);
  const [index, setIndex] = useState(0);
  const textRef = useRef<HTMLParagraphElement>(null);
  /** Whether the current card is fully typed (read by the key handler, set by the typer). */
  const typed = useRef(false);
  const finishTyping = useRef<() => void>(() => undefined);
  const card = cards[index]!;
  const last = index === cards.length - 1;

  // The typewriter writes the DOM directly; React renders once per card.
  useEffect(() => {
    const element = textRef.current;
    if (!element) return undefined;
    const text = card.text;
    const start = performance.now();
    typed.current = false;
    let frame = 0;
    const finish = (): void => {
      cancelAnimationFrame(frame);
      element.textContent = text;
      element.classList.add('is-typed');
      typed.current = true;
    };
    finishTyping.current = finish;
    element.classList.remove('is-typed');
    const step = (now: number): void => {
      const shown = typedLength(text, now - start);
      element.textContent = text.slice(0, shown);
      if (shown >= text.length) finish();
      else frame = requestAnimationFrame(step);
    };
    element.textContent = '';
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [card]);

  const toResults = useCallback(() => {
    playUiSound('select');
    runtime.showResults();
  }, []);

  const advance = useCallback(() => {
    if (!typed.current) {
      finishTyping.current();
      return;
    }
    if (last) {
      toResults();
      return;
    }
    playUiSound('move');
    setIndex((current) => Math.min(cards.length - 1, current + 1));
  }, [last, cards.length, toResults]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.repeat) return;
      if (event.code === 'Enter' || event.code === 'NumpadEnter' || event.code === 'Space') {
        event.preventDefault();
        advance();
      } else if (event.code === 'Escape') {
        event.preventDefault();
        toResults();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [advance, toResults]);

  return (
    <div
      className="screen epilogue-screen"
      role="dialog"
      aria-label="Epilogue"
      data-testid="epilogue"
      onClick={advance}
    >
      <div className="epi-light" aria-hidden="true" />
      <svg className="epi-trace" viewBox="0 0 400 60" preserveAspectRatio="none" aria-hidden="true">
        <path d={`M0 36 ${BEAT} ${BEAT} ${BEAT} ${BEAT}`} pathLength={1} />
      </svg>

      <header className="epi-head">
        <p className="epi-kicker">Epilogue</p>
        <h2 className="epi-title">Nanette wakes</h2>
        <div className="epi-monitor" aria-hidden="true">
          <svg viewBox="0 0 100 40" preserveAspectRatio="none">
            <path d={`M0 24 ${BEAT}`} pathLength={1} />
          </svg>
          <span className="epi-bpm">
            <span className="epi-heart">♥</span> 72
          </span>
        </div>
      </header>

      <article
        className={`epi-card${card.speaker ? ' is-spoken' : ' is-narration'}`}
        key={index}
        data-testid="epilogue-card"
        aria-live="polite"
      >
        {card.speaker ? (
          <p className="epi-speaker">
            {card.speaker}
            {card.role ? <span className="epi-role">{card.role}</span> : null}
          </p>
        ) : null}
        <p className="epi-text" ref={textRef} />
        <p className="epi-full" aria-hidden="true">
          {card.text}
        </p>
      </article>

      <ol className="epi-dots" aria-label={`Card ${index + 1} of ${cards.length}`}>
        {cards.map((_, i) => (
          <li key={i} className={i === index ? 'is-current' : i < index ? 'is-read' : undefined} />
        ))}
      </ol>

      <footer className="epi-foot">
        <ul className="epi-crew" data-testid="epilogue-survivors">
          {CREW.map((member) => {
            const alive = survivors.includes(member.name);
            return (
              <li key={member.name} className={alive ? 'is-alive' : 'is-lost'}>
                <span className="epi-crew-name">{member.name}</span>
                <span className="epi-crew-state">{alive ? 'with her' : 'lost'}</span>
              </li>
            );
          })}
        </ul>
        <p className="epi-survivors">
          {survivors.length > 0
            ? `${survivorList(survivors)} made it onto the hard drive.`
            : 'Nobody made it onto the hard drive.'}
        </p>
        <div className="epi-actions">
          <span className="epi-keys">
            Enter · Space · click — {last ? 'results' : 'next'} · Esc — skip
          </span>
          <button
            type="button"
            className="epi-skip"
            data-testid="epilogue-skip"
            onClick={(event) => {
              event.stopPropagation();
              toResults();
            }}
          >
            {last ? 'Results' : 'Skip'}
          </button>
        </div>
      </footer>
    </div>
  );
}
