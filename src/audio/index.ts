/** The game's sound: mount <GameAudio/>, call playUiSound from menus, setVolumes if needed. */
export { GameAudio } from './GameAudio';
export { audioStatus, playUiSound, type AudioStatus, type UiSound } from './audio-director';
export { setVolumes, type Volumes } from './audio-engine';
export { MUSIC_TRACKS, type MusicTrackId } from './music-tracks';
