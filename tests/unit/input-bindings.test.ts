import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, ACTIONS, DEFAULT_BINDINGS, actionsOverlap } from '../../src/input/actions';
import {
  bindSlot,
  clearSlot,
  codeName,
  copyBindings,
  describeBindingProblem,
  findConflicts,
  normalizeCodes,
  parseBindings,
  slotCodes,
} from '../../src/input/bindings';

describe('binding slots', () => {
  it('every default fits the slots: at most two keys/mouse and one gamepad button', () => {
    for (const action of ACTIONS) {
      expect(normalizeCodes(DEFAULT_BINDINGS[action]), action).toEqual(DEFAULT_BINDINGS[action]);
    }
  });

  it('the defaults have no conflicts', () => {
    expect(findConflicts(DEFAULT_BINDINGS).size).toBe(0);
  });

  it('spreads codes over Primary / Secondary / Gamepad', () => {
    expect(slotCodes(['Mouse0', 'Space', 'Pad7'])).toEqual(['Mouse0', 'Space', 'Pad7']);
    expect(slotCodes(['Pad7', 'KeyF'])).toEqual(['KeyF', null, 'Pad7']);
    expect(slotCodes([])).toEqual([null, null, null]);
  });

  it('binding a slot replaces what it held, leaving the other slots', () => {
    const b = bindSlot(DEFAULT_BINDINGS, 'fire', 1, 'KeyJ');
    expect(b.fire).toEqual(['Mouse0', 'KeyJ', 'Pad7']);
    expect(bindSlot(b, 'fire', 2, 'Pad0').fire).toEqual(['Mouse0', 'KeyJ', 'Pad0']);
    expect(DEFAULT_BINDINGS.fire).toEqual(['Mouse0', 'Space', 'Pad7']); // not mutated
  });

  it('binding an empty secondary adds a second key; a code never appears twice in one action', () => {
    const added = bindSlot(DEFAULT_BINDINGS, 'throttleUp', 1, 'KeyI');
    expect(added.throttleUp).toEqual(['KeyW', 'KeyI']);
    expect(bindSlot(added, 'throttleUp', 0, 'KeyI').throttleUp).toEqual(['KeyI']);
  });

  it('a pad button only fits the gamepad slot and a key only the keyboard slots', () => {
    expect(bindSlot(DEFAULT_BINDINGS, 'fire', 0, 'Pad3')).toBe(DEFAULT_BINDINGS);
    expect(bindSlot(DEFAULT_BINDINGS, 'fire', 2, 'KeyK')).toBe(DEFAULT_BINDINGS);
  });

  it('clearing a slot removes just that code; keys close up', () => {
    expect(clearSlot(DEFAULT_BINDINGS, 'fire', 0).fire).toEqual(['Space', 'Pad7']);
    expect(clearSlot(DEFAULT_BINDINGS, 'fire', 2).fire).toEqual(['Mouse0', 'Space']);
    expect(clearSlot(DEFAULT_BINDINGS, 'throttleUp', 1)).toBe(DEFAULT_BINDINGS);
  });

  it('reports a key bound to two actions', () => {
    const b = bindSlot(DEFAULT_BINDINGS, 'throttleUp', 0, 'KeyS');
    const conflicts = findConflicts(b);
    expect([...conflicts.keys()]).toEqual(['KeyS']);
    expect(conflicts.get('KeyS')).toEqual(['throttleUp', 'throttleDown']);
  });

  it('siphon and the cutlass may share gamepad X: they never apply in the same chapter', () => {
    expect(DEFAULT_BINDINGS.siphon).toContain('Pad2');
    expect(DEFAULT_BINDINGS.cutlass).toEqual(['KeyC', 'Mouse1', 'Pad2']);
    expect(ACTION_LABELS.cutlass).toBe('Cutlass (chapter 3)');
    expect(actionsOverlap('siphon', 'cutlass')).toBe(false);
    expect(actionsOverlap('siphon', 'fire')).toBe(true);
    expect(actionsOverlap('cutlass', 'cutlass')).toBe(true);
    expect(findConflicts(DEFAULT_BINDINGS).has('Pad2')).toBe(false);
    // Any other action on X is still a conflict, and it names all three.
    const b = bindSlot(DEFAULT_BINDINGS, 'boost', 2, 'Pad2');
    expect(findConflicts(b).get('Pad2')).toEqual(['boost', 'siphon', 'cutlass']);
    // A keyboard key shared by the two is exempt the same way.
    expect(findConflicts(bindSlot(DEFAULT_BINDINGS, 'cutlass', 0, 'KeyG')).size).toBe(0);
    expect(findConflicts(bindSlot(DEFAULT_BINDINGS, 'cutlass', 0, 'KeyF')).get('KeyF')).toEqual([
      'torpedo',
      'cutlass',
    ]);
  });

  it('names codes for people', () => {
    expect(codeName('KeyW')).toBe('W');
    expect(codeName('Digit3')).toBe('3');
    expect(codeName('ShiftLeft')).toBe('L Shift');
    expect(codeName('Mouse0')).toBe('Mouse L');
    expect(codeName('Mouse2')).toBe('Mouse R');
    expect(codeName('Pad9')).toBe('Start');
    expect(codeName('Pad12')).toBe('D-pad ↑');
    expect(codeName('Pad19')).toBe('Pad 19');
    expect(codeName('Numpad7')).toBe('Num 7');
    expect(codeName('F5')).toBe('F5');
  });
});

describe('parseBindings (stored bindings, validated)', () => {
  it('keeps valid entries, fills missing actions with defaults, ignores unknown actions', () => {
    const parsed = parseBindings({ throttleUp: ['KeyI'], warpDrive: ['KeyX'] });
    expect(parsed.reset).toEqual([]);
    expect(parsed.unreadable).toBe(false);
    expect(parsed.bindings.throttleUp).toEqual(['KeyI']);
    expect(parsed.bindings.throttleDown).toEqual(DEFAULT_BINDINGS.throttleDown);
    expect('warpDrive' in parsed.bindings).toBe(false);
    expect(describeBindingProblem(parsed)).toBeNull();
  });

  it('an empty list is a valid choice (the action is unbound)', () => {
    expect(parseBindings({ reset: [] }).bindings.reset).toEqual([]);
  });

  it('a corrupt action entry falls back to that action’s defaults, with a message', () => {
    const parsed = parseBindings({
      throttleUp: 'KeyI',
      fire: [42],
      boost: ['ShiftLeft', 'not a key!'],
      strafeLeft: ['KeyJ'],
    });
    expect(parsed.reset).toEqual(['throttleUp', 'boost', 'fire']); // in ACTIONS order
    expect(parsed.bindings.throttleUp).toEqual(DEFAULT_BINDINGS.throttleUp);
    expect(parsed.bindings.fire).toEqual(DEFAULT_BINDINGS.fire);
    expect(parsed.bindings.strafeLeft).toEqual(['KeyJ']);
    expect(describeBindingProblem(parsed)).toMatch(/Throttle up, Boost, Phasers/);
  });

  it('a bindings entry that is not a record gives all defaults and says so', () => {
    for (const bad of ['KeyW', 7, null, ['KeyW']]) {
      const parsed = parseBindings(bad);
      expect(parsed.unreadable).toBe(true);
      expect(parsed.bindings).toEqual(DEFAULT_BINDINGS);
      expect(describeBindingProblem(parsed)).toMatch(/unreadable/);
    }
  });

  it('trims duplicates and extra codes to the slots', () => {
    const parsed = parseBindings({ fire: ['KeyJ', 'KeyJ', 'KeyK', 'KeyL', 'Pad1', 'Pad2'] });
    expect(parsed.bindings.fire).toEqual(['KeyJ', 'KeyK', 'Pad1']);
  });

  it('bindings saved before the cutlass existed get its defaults', () => {
    const old: Record<string, readonly string[]> = { ...DEFAULT_BINDINGS };
    delete old.cutlass;
    const parsed = parseBindings(old);
    expect(parsed.bindings.cutlass).toEqual(['KeyC', 'Mouse1', 'Pad2']);
    expect(describeBindingProblem(parsed)).toBeNull();
    expect(findConflicts(parsed.bindings).size).toBe(0);
  });

  it("a new action's default the player already uses elsewhere is left out (no new conflict)", () => {
    const old: Record<string, readonly string[]> = {
      ...DEFAULT_BINDINGS,
      trade: ['KeyC'],
      targetAhead: ['KeyT', 'Mouse1', 'Pad3'],
    };
    delete old.cutlass;
    const parsed = parseBindings(old);
    // Pad2 stays: siphon is the only other action on it, and they never overlap.
    expect(parsed.bindings.cutlass).toEqual(['Pad2']);
    expect(findConflicts(parsed.bindings).size).toBe(0);
  });

  it('returns its own copy: editing it never touches the defaults', () => {
    const parsed = parseBindings({});
    expect(parsed.bindings).toEqual(DEFAULT_BINDINGS);
    expect(parsed.bindings.fire).not.toBe(DEFAULT_BINDINGS.fire);
    expect(copyBindings(DEFAULT_BINDINGS)).toEqual(DEFAULT_BINDINGS);
  });
});
