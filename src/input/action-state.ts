import { ACTIONS, type Action, type Bindings } from './actions';

/**
 * Held state of every action plus its edges, recomputed once per tick from the raw
 * device state, so a press that lands between two frames is still seen exactly once.
 */
export class ActionState {
  private readonly held = new Set<Action>();
  private readonly pressedNow = new Set<Action>();
  private readonly releasedNow = new Set<Action>();

  update(isCodeDown: (code: string) => boolean, bindings: Bindings): void {
    this.pressedNow.clear();
    this.releasedNow.clear();
    for (const action of ACTIONS) {
      const down = bindings[action].some(isCodeDown);
      const wasDown = this.held.has(action);
      if (down && !wasDown) {
        this.held.add(action);
        this.pressedNow.add(action);
      } else if (!down && wasDown) {
        this.held.delete(action);
        this.releasedNow.add(action);
      }
    }
  }

  isHeld(action: Action): boolean {
    return this.held.has(action);
  }

  wasPressed(action: Action): boolean {
    return this.pressedNow.has(action);
  }

  wasReleased(action: Action): boolean {
    return this.releasedNow.has(action);
  }

  clear(): void {
    this.held.clear();
    this.pressedNow.clear();
    this.releasedNow.clear();
  }
}
