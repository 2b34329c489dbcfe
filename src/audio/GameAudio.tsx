import { useEffect } from 'react';
import { startGameAudio } from './audio-director';

/**
 * The game's sound: mount once, anywhere (it renders nothing). Audio starts on the
 * first pointer or key press; before that everything is silent.
 */
export function GameAudio() {
  useEffect(() => startGameAudio(), []);
  return null;
}
