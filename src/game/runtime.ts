import {
  CATEGORIES,
  type CategoryId,
  type InputFrame,
  igtTicks,
  isCategoryId,
  parseReplayFile,
  ReplayPlayer,
  type SeedType,
} from '../sim';
import { createAutopilot } from '../sim/autopilot';
import { createRawInput, centreStick } from '../input/raw-input';
import { InputSampler } from '../input/sampler';
import { releaseLock } from '../input/mouse-device';
import { CAMPAIGN_VERSION, type CampaignSave } from '../state/campaign-save';
import { useCampaign } from '../state/campaign-store';
import { useRecords } from '../state/records-store';
import { useRun } from '../state/run-store';
import { useScreen } from '../state/screen-store';
import { useSettings } from '../state/settings-store';
import { Ghost } from './ghost';
import { browserSocket, LiveSplitBridge } from './livesplit';
import { GameSession, type RunOptions } from './session';
import { MAX_SEED, parseUrlOptions } from './url-params';

/** How long the wreck drifts (or the victory sinks in) before the results appear. */
const RUN_END_LINGER_TICKS = 150;

export interface StartOptions {
  readonly category?: string;
  readonly seed?: number;
  /** Defaults to 'set' when the seed is the category's published one, else 'random'. */
  readonly seedType?: SeedType;
  /** Chapter-select practice: the same run, but it never counts as a personal best. */
  readonly practice?: boolean;
}

/** Holding quick reset this long restarts the category. */
const QUICK_RESET_HOLD_MS = 500;

function randomSeed(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return words[0]! % (MAX_SEED + 1);
}

/**
 * The browser runtime without React: one session, the input devices, and the rules
 * for moving between screens (start, pause on Esc or a hidden tab, results on death).
 */
class GameRuntime {
  readonly url = parseUrlOptions(typeof location === 'undefined' ? '' : location.search);
  readonly raw = createRawInput();
  readonly sampler = new InputSampler(this.raw);
  readonly session: GameSession;
  /** Wall-clock milliseconds spent in the live run (shown beside in-game time). */
  realTimeMs = 0;
  /** Tick the run ended (death or objective), so the moment can play before the results screen. */
  private endTick: number | null = null;
  /** Set by the view after its first rendered frame. */
  firstFrameRendered = false;
  /** The last finished run's replay file text (live runs only, not playback). */
  private lastReplayText: string | null = null;
  /** Optional LiveSplit Server link (Settings → LiveSplit), driven by live runs only. */
  readonly liveSplit = new LiveSplitBridge(browserSocket);
  /** The run on screen is practice (chapter select or Continue): never a personal best. */
  private practice = false;
  private resetHeldMs = 0;
  /** A quick reset fired: the key must be released before it can fire again. */
  private resetLatched = false;

  constructor() {
    // The saved settings carry invertY and the player's bindings, read fresh every tick.
    this.session = new GameSession({ category: 'any', seed: CATEGORIES.any.defaultSeed }, () =>
      this.withPurchase(this.sampler.sample(useSettings.getState().settings)),
    );
    // Walton's broadcast ends chapter 1, the jump ends chapter 2: the campaign autosaves
    // the next chapter's start with what the crew carries into it.
    this.session.onEvent((event) => {
      if (!this.session.playback) this.liveSplit.onEvent(event);
      if (event.type !== 'ChapterChanged') return;
      useRun.setState({ chapter: event.chapter });
      if (event.chapter === 'party' || event.chapter === 'heart') {
        this.autosaveChapterStart(event.chapter);
      }
    });
  }

  /** A fence purchase clicked in the shop: it goes into the next tick's InputFrame. */
  private pendingPurchase = 0;

  queuePurchase(slot: number): void {
    this.pendingPurchase = slot;
  }

  private withPurchase(frame: InputFrame): InputFrame {
    if (this.pendingPurchase === 0) return frame;
    const purchase = this.pendingPurchase;
    this.pendingPurchase = 0;
    return { ...frame, purchase };
  }

  get screen(): string {
    return useScreen.getState().screen;
  }

  isLive(): boolean {
    return this.screen === 'playing';
  }

  start(options: StartOptions = {}): void {
    const category: CategoryId =
      options.category === undefined ? 'any' : this.checkCategory(options.category);
    const seed = options.seed ?? this.url.seed ?? randomSeed();
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      throw new Error(`Seed must be a whole number from 0 to ${MAX_SEED}, got ${String(seed)}`);
    }
    const seedType: SeedType =
      options.seedType ?? (seed === CATEGORIES[category].defaultSeed ? 'set' : 'random');
    this.session.reset({ category, seed, seedType });
    this.practice = options.practice === true;
    this.session.ghost = this.practice ? null : this.pbGhost(category, seed, seedType);
    useRun.setState({
      generation: this.session.generation,
      chapter: this.session.sim.chapter,
      seed,
      category,
      seedType,
      playback: false,
      practice: this.practice,
    });
    // The campaign autosaves at chapter starts; a new Any% run starts at chapter 1
    // (practice runs leave the campaign's save alone).
    if (category === 'any' && !this.practice) {
      useCampaign.getState().write({
        version: CAMPAIGN_VERSION,
        category: 'any',
        seed,
        chapter: 'piracy',
        carry: null,
      });
    }
    this.clearDevices();
    this.realTimeMs = 0;
    this.endTick = null;
    useScreen.getState().go('playing');
  }

  /**
   * The PB ghost for a new full run (start, restart, quick reset), when the setting is
   * on and the category's PB was a full run on this very seed; otherwise null. Continue
   * runs, practice and replay playback never get one (their resets leave it null).
   */
  private pbGhost(category: CategoryId, seed: number, seedType: SeedType): Ghost | null {
    if (!useSettings.getState().settings.ghost) return null;
    const records = useRecords.getState();
    if (records.pbFor(category, seedType)?.seed !== seed) return null;
    return Ghost.forRun({ category, seed, seedType }, records.pbReplay(category, seedType));
  }

  private checkCategory(category: string): CategoryId {
    if (!isCategoryId(category)) {
      throw new Error(
        `Unknown category "${category}". Known: ${Object.keys(CATEGORIES).join(', ')}`,
      );
    }
    return category;
  }

  /**
   * Same category again: a set-seed run replays its published seed, a random-seed run
   * rolls a new one. An imported replay restarts its playback.
   */
  restart(): void {
    const { category, seed, seedType } = this.session.options;
    const options = this.session.options;
    if (this.session.playback) {
      const replay = this.session.playback.replay;
      const created = ReplayPlayer.create(replay);
      if (created.ok) this.beginPlayback(created.player);
      return;
    }
    const practice = this.practice;
    if (options.start) {
      // A Continue restarts from its chapter with what it carried.
      this.beginContinue({ ...options, start: options.start });
      return;
    }
    if (seedType === 'random')
      this.start({ category, seedType: 'random', seed: randomSeed(), practice });
    else this.start({ category, seed, seedType: seedType ?? 'set', practice });
  }

  /**
   * Continue the campaign from its autosave: chapter 1 starts the seed afresh; a later
   * chapter starts with what the crew carried into it (not a full Any% run any more).
   */
  continueCampaign(save: CampaignSave): void {
    if (save.chapter === 'piracy' || !save.carry) {
      this.start({ category: 'any', seed: save.seed });
      return;
    }
    const seedType: SeedType = save.seed === CATEGORIES.any.defaultSeed ? 'set' : 'random';
    this.beginContinue({
      category: 'any',
      seed: save.seed,
      seedType,
      start: { chapter: save.chapter, carry: save.carry },
    });
  }

  private beginContinue(
    options: RunOptions & { readonly start: NonNullable<RunOptions['start']> },
  ): void {
    this.session.driver = null;
    this.session.reset(options);
    // A run that starts later in the campaign is not the category's full run.
    this.practice = true;
    useRun.setState({
      generation: this.session.generation,
      chapter: this.session.sim.chapter,
      seed: options.seed,
      category: options.category,
      seedType: options.seedType ?? 'set',
      playback: false,
      practice: true,
    });
    this.clearDevices();
    this.realTimeMs = 0;
    this.endTick = null;
    useScreen.getState().go('playing');
  }

  /** Test hook and speedrunners' tool: the autopilot flies the ship (InputFrames only). */
  setAutopilot(on: boolean): void {
    this.session.driver = on ? createAutopilot() : null;
  }

  /** The last finished live run's replay, as its exported file text. */
  lastReplay(): string | null {
    return this.lastReplayText;
  }

  /**
   * Plays an imported replay file in the game. Returns why it cannot be played (the
   * message is shown as is), or null once playback has started.
   */
  playReplay(text: string): string | null {
    const parsed = parseReplayFile(text);
    if (!parsed.ok) return parsed.error;
    const created = ReplayPlayer.create(parsed.replay);
    if (!created.ok) return `This replay cannot be played: ${created.error}`;
    this.beginPlayback(created.player);
    return null;
  }

  private beginPlayback(player: ReplayPlayer): void {
    const replay = player.replay;
    this.session.driver = null;
    this.session.reset(
      {
        category: replay.category,
        seed: replay.seed,
        seedType: replay.seedType,
        ...(replay.start ? { start: replay.start } : {}),
      },
      player,
    );
    this.practice = false;
    useRun.setState({
      generation: this.session.generation,
      chapter: this.session.sim.chapter,
      seed: replay.seed,
      category: replay.category,
      seedType: replay.seedType,
      playback: true,
      practice: false,
    });
    this.clearDevices();
    this.realTimeMs = 0;
    this.endTick = null;
    useScreen.getState().go('playing');
  }

  /** The epilogue is over (or skipped): on to the results. */
  showResults(): void {
    if (this.screen === 'epilogue') useScreen.getState().go('results');
  }

  pause(): void {
    if (this.screen !== 'playing') return;
    useScreen.getState().go('paused');
    releaseLock();
    this.clearDevices();
  }

  resume(): void {
    if (this.screen !== 'paused' && this.screen !== 'settings') return;
    this.session.resumeClock();
    this.clearDevices();
    useScreen.getState().go('playing');
  }

  quitToTitle(): void {
    releaseLock();
    this.clearDevices();
    useScreen.getState().go('title');
  }

  /** The run reached its outcome: keep its replay, update the campaign save and records. */
  private finishRun(): void {
    if (this.session.playback) return;
    this.lastReplayText = this.session.finishedReplay;
    if (this.session.sim.speedrun.endTick === null) {
      this.liveSplit.runEnded(igtTicks(this.session.sim));
    }
    this.recordCampaignEnd();
    const sim = this.session.sim;
    const options = this.session.options;
    useRecords.getState().finishRun({
      category: sim.category,
      seedType: options.seedType ?? 'set',
      seed: sim.seed,
      // Practice, or a Continue from a later chapter: not the category's full run.
      practice: CATEGORIES[sim.category].practice || this.practice || options.start !== undefined,
      completed: sim.speedrun.endTick !== null,
      igtTicks: igtTicks(sim),
      realTimeMs: this.realTimeMs,
      splits: sim.speedrun.splits,
      replayText: this.lastReplayText,
      outcomeKind: sim.outcome?.kind ?? 'chapter-complete',
    });
  }

  /**
   * Permadeath: a destroyed campaign's autosave is deleted. Reaching the end of a
   * chapter autosaves the next chapter's start with what the crew carries into it.
   */
  private recordCampaignEnd(): void {
    const sim = this.session.sim;
    if (sim.category !== 'any' || !sim.outcome || this.practice) return;
    // Permadeath (destroyed, copied, deleted) ends the campaign, and so does the upload:
    // either way there is nothing left to continue.
    const campaign = useCampaign.getState();
    if (campaign.save?.seed === sim.seed) campaign.clear();
  }

  /** Autosaves the start of a campaign chapter with what the crew carries into it. */
  private autosaveChapterStart(chapter: 'party' | 'heart'): void {
    const sim = this.session.sim;
    if (sim.category !== 'any' || this.session.playback || this.practice) return;
    useCampaign.getState().write({
      version: CAMPAIGN_VERSION,
      category: 'any',
      seed: sim.seed,
      chapter,
      carry: {
        credits: sim.credits,
        hull: sim.player.hull,
        crew: sim.crew.map((c) => ({ name: c.name, health: c.health, alive: c.alive })),
        grudgeList: [...sim.grudgeList],
        upgrades: { ...sim.upgrades },
      },
    });
  }

  /** The fence's shop: the run waits behind it while the crew trades. */
  openShop(): void {
    if (this.screen !== 'playing' || !this.session.sim.docked) return;
    releaseLock();
    this.clearDevices();
    useScreen.getState().go('shop');
  }

  closeShop(): void {
    if (this.screen !== 'shop') return;
    this.session.resumeClock();
    this.clearDevices();
    useScreen.getState().go('playing');
  }

  /**
   * Buys an upgrade. Purchases are sim inputs (so replays repeat them): the shop feeds
   * the purchase into one tick, then one empty tick so the next purchase is a new press.
   */
  buyUpgrade(slot: number): void {
    if (this.screen !== 'shop') return;
    this.queuePurchase(slot);
    this.session.advance(2);
  }

  /** Held keys and the virtual stick do not carry across a pause or a new run. */
  private clearDevices(): void {
    // A held quick-reset key stays held, so one long press resets exactly once.
    const resetCodes = useSettings.getState().settings.bindings.reset;
    const heldReset = resetCodes.filter((code) => this.raw.down.has(code));
    this.raw.down.clear();
    for (const code of heldReset) this.raw.down.add(code);
    centreStick(this.raw);
    this.sampler.actions.clear();
  }

  /**
   * Quick reset: hold the reset key (R) for half a second during a run or on its
   * results to restart the category at once; release it to arm it again.
   */
  private updateQuickReset(frameSeconds: number): void {
    const screen = this.screen;
    const codes = useSettings.getState().settings.bindings.reset;
    const held =
      (screen === 'playing' || screen === 'results') &&
      codes.some((code) => this.raw.down.has(code));
    if (!held) {
      this.resetHeldMs = 0;
      this.resetLatched = false;
      return;
    }
    if (this.resetLatched) return;
    this.resetHeldMs += Math.min(frameSeconds, 0.25) * 1000;
    if (this.resetHeldMs < QUICK_RESET_HOLD_MS) return;
    this.resetLatched = true;
    this.resetHeldMs = 0;
    this.restart();
  }

  /** How far the quick-reset hold has got, 0–1 (for the HUD's reset ring). */
  get quickResetProgress(): number {
    return this.resetLatched ? 0 : Math.min(1, this.resetHeldMs / QUICK_RESET_HOLD_MS);
  }

  /** One rendered frame: advance the live run, then apply screen rules. */
  frame(frameSeconds: number): void {
    this.updateQuickReset(frameSeconds);
    const now = performance.now();
    this.liveSplit.setEnabled(useSettings.getState().settings.liveSplit, now);
    if (!this.session.playback) this.liveSplit.frame(igtTicks(this.session.sim), now);
    if (this.isLive()) {
      this.session.frame(frameSeconds);
      // Real time runs with the run clock: it stops when the run ends.
      if (!this.session.sim.outcome) this.realTimeMs += Math.min(frameSeconds, 0.25) * 1000;
    }
    this.checkRunEnd();
  }

  /** Steps ticks immediately; used by the test hook. */
  advance(ticks: number): void {
    this.session.advance(ticks);
    this.checkRunEnd();
  }

  private checkRunEnd(): void {
    const sim = this.session.sim;
    const playback = this.session.playback;
    // An imported replay ends where its recording ends (the run's outcome).
    if (playback && playback.done && !sim.outcome && this.endTick === null) {
      this.endTick = sim.tick;
    }
    if (!sim.outcome && this.endTick === null) return;
    if (this.endTick === null) this.finishRun();
    this.endTick ??= sim.outcome?.tick ?? sim.tick;
    if (this.screen === 'playing' && sim.tick - this.endTick >= RUN_END_LINGER_TICKS) {
      releaseLock();
      // The campaign's win: Nanette wakes in hospital before the results.
      useScreen.getState().go(sim.heart?.ending === 'uploaded' ? 'epilogue' : 'results');
    }
  }
}

export const runtime = new GameRuntime();
