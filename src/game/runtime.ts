import { CATEGORIES, type CategoryId, type InputFrame, isCategoryId } from '../sim';
import { createRawInput, centreStick } from '../input/raw-input';
import { InputSampler } from '../input/sampler';
import { releaseLock } from '../input/mouse-device';
import { CAMPAIGN_VERSION } from '../state/campaign-save';
import { useCampaign } from '../state/campaign-store';
import { useRun } from '../state/run-store';
import { useScreen } from '../state/screen-store';
import { useSettings } from '../state/settings-store';
import { GameSession } from './session';
import { MAX_SEED, parseUrlOptions } from './url-params';

/** How long the wreck drifts (or the victory sinks in) before the results appear. */
const RUN_END_LINGER_TICKS = 150;

export interface StartOptions {
  readonly category?: string;
  readonly seed?: number;
}

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

  constructor() {
    // The saved settings carry invertY and the player's bindings, read fresh every tick.
    this.session = new GameSession({ category: 'any', seed: CATEGORIES.any.defaultSeed }, () =>
      this.withPurchase(this.sampler.sample(useSettings.getState().settings)),
    );
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
    this.session.reset({ category, seed });
    useRun.setState({ generation: this.session.generation, seed, category });
    // The campaign autosaves at chapter starts; a new Any% run starts at chapter 1.
    if (category === 'any') {
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

  private checkCategory(category: string): CategoryId {
    if (!isCategoryId(category)) {
      throw new Error(
        `Unknown category "${category}". Known: ${Object.keys(CATEGORIES).join(', ')}`,
      );
    }
    return category;
  }

  restart(): void {
    this.start({ category: this.session.options.category, seed: this.session.options.seed });
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

  /**
   * Permadeath: a destroyed campaign's autosave is deleted. Reaching the end of a
   * chapter autosaves the next chapter's start with what the crew carries into it.
   */
  private recordCampaignEnd(): void {
    const sim = this.session.sim;
    if (sim.category !== 'any' || !sim.outcome) return;
    const campaign = useCampaign.getState();
    if (sim.outcome.kind === 'destroyed') {
      if (campaign.save?.seed === sim.seed) campaign.clear();
      return;
    }
    if (sim.outcome.kind === 'chapter-complete') {
      campaign.write({
        version: CAMPAIGN_VERSION,
        category: 'any',
        seed: sim.seed,
        chapter: sim.chapter === 'party' ? 'party' : 'heart',
        carry: {
          credits: sim.credits,
          hull: sim.player.hull,
          crew: sim.crew.map((c) => ({ name: c.name, health: c.health, alive: c.alive })),
          grudgeList: [...sim.grudgeList],
          upgrades: { ...sim.upgrades },
        },
      });
    }
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
    this.raw.down.clear();
    centreStick(this.raw);
    this.sampler.actions.clear();
  }

  /** One rendered frame: advance the live run, then apply screen rules. */
  frame(frameSeconds: number): void {
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
    if (!sim.outcome) return;
    if (this.endTick === null) this.recordCampaignEnd();
    this.endTick ??= sim.outcome.tick;
    if (this.screen === 'playing' && sim.tick - this.endTick >= RUN_END_LINGER_TICKS) {
      releaseLock();
      useScreen.getState().go('results');
    }
  }
}

export const runtime = new GameRuntime();
