import { addAfterEffect } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { runtime } from '../game/runtime';
import type { ChapterName } from '../sim';

/**
 * The chapter the run is in, which decides which chapter HUD shows. Checked after every
 * rendered frame, but React re-renders only when it changes (a new run, Walton's
 * broadcast starting the party, the jump to the Heart), never per frame.
 */
export function useChapter(): ChapterName {
  const [chapter, setChapter] = useState<ChapterName>(() => runtime.session.sim.chapter);
  useEffect(() => {
    let shown = runtime.session.sim.chapter;
    setChapter(shown);
    return addAfterEffect(() => {
      const current = runtime.session.sim.chapter;
      if (current === shown) return;
      shown = current;
      setChapter(current);
    });
  }, []);
  return chapter;
}
