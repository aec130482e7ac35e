import { describe, expect, it } from 'vitest';
import { COMMAND_DECLARATIONS, COMMAND_IDS, declarationOf, type Shortcut } from './registry';
import { acceleratorOf, matchesShortcut, shortcutLabel, type KeyPress } from './shortcuts';

/** A key press as the browser reports it; modifiers off unless given. */
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

const undo: Shortcut = { key: 'z', mod: true };
const redo: Shortcut = { key: 'z', mod: true, shift: true };

describe('matching a key press to a shortcut', () => {
  it('takes Ctrl as the modifier off macOS and Cmd on it', () => {
    expect(matchesShortcut(undo, press('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut(undo, press('z', { metaKey: true }), false)).toBe(false);
    expect(matchesShortcut(undo, press('z', { metaKey: true }), true)).toBe(true);
    expect(matchesShortcut(undo, press('z', { ctrlKey: true }), true)).toBe(false);
    expect(matchesShortcut(undo, press('z'), false)).toBe(false);
  });

  it('tells Shift apart for letters, whatever the case the key reports', () => {
    const shiftZ = press('Z', { ctrlKey: true, shiftKey: true });
    expect(matchesShortcut(redo, shiftZ, false)).toBe(true);
    expect(matchesShortcut(undo, shiftZ, false)).toBe(false);
    expect(matchesShortcut(redo, press('z', { ctrlKey: true }), false)).toBe(false);
  });

  it('ignores Shift for symbols, whose Shift state depends on the keyboard layout', () => {
    const help: Shortcut = { key: '?' };
    expect(matchesShortcut(help, press('?', { shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut(help, press('?'), false)).toBe(true);
    const zoomIn: Shortcut = { key: '+', mod: true };
    expect(matchesShortcut(zoomIn, press('+', { ctrlKey: true, shiftKey: true }), false)).toBe(
      true,
    );
  });

  it('tells Alt apart: Alt+arrow moves a card, the plain arrow moves the keyboard', () => {
    const nudge: Shortcut = { key: 'ArrowUp', alt: true };
    expect(matchesShortcut(nudge, press('ArrowUp', { altKey: true }), false)).toBe(true);
    expect(matchesShortcut(nudge, press('ArrowUp'), false)).toBe(false);
    expect(matchesShortcut({ key: 'ArrowUp' }, press('ArrowUp', { altKey: true }), false)).toBe(
      false,
    );
    expect(shortcutLabel(nudge, false)).toBe('Alt+↑');
    expect(shortcutLabel(nudge, true)).toBe('⌥+↑');
    expect(acceleratorOf(nudge)).toBe('Alt+Up');
  });

  it('matches by physical key where the shortcut names one (Shift+1 types "!")', () => {
    const fit: Shortcut = { key: '1', code: 'Digit1', shift: true };
    expect(matchesShortcut(fit, press('!', { code: 'Digit1', shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut(fit, press('1', { code: 'Digit1' }), false)).toBe(false);
    expect(matchesShortcut(fit, press('!', { code: 'Digit2', shiftKey: true }), false)).toBe(false);
  });

  it('never matches with Alt held (AltGr types characters on many layouts)', () => {
    expect(matchesShortcut(undo, press('z', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(matchesShortcut({ key: 'n' }, press('n', { altKey: true }), false)).toBe(false);
  });

  it('matches every registry shortcut with the key press it describes, on both platforms', () => {
    for (const id of COMMAND_IDS) {
      for (const shortcut of declarationOf(id).shortcuts) {
        for (const mac of [false, true]) {
          const pressed = press(shortcut.key, {
            code: shortcut.code ?? '',
            shiftKey: Boolean(shortcut.shift),
            altKey: Boolean(shortcut.alt),
            [mac ? 'metaKey' : 'ctrlKey']: Boolean(shortcut.mod),
          });
          expect(matchesShortcut(shortcut, pressed, mac), `${id} ${shortcut.key}`).toBe(true);
        }
      }
    }
  });
});

describe('writing shortcuts', () => {
  it('labels them for people, per platform', () => {
    expect(shortcutLabel(redo, false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel({ key: 'k', mod: true }, true)).toBe('⌘+K');
    expect(shortcutLabel({ key: 'ArrowRight' }, false)).toBe('→');
    expect(shortcutLabel({ key: 'Escape' }, false)).toBe('Esc');
    expect(shortcutLabel({ key: 'F5' }, false)).toBe('F5');
  });

  it("spells them as Electron's accelerators, with CmdOrCtrl for the modifier", () => {
    expect(acceleratorOf(undo)).toBe('CmdOrCtrl+Z');
    expect(acceleratorOf(redo)).toBe('CmdOrCtrl+Shift+Z');
    expect(acceleratorOf({ key: '+', mod: true })).toBe('CmdOrCtrl+Plus');
    expect(acceleratorOf({ key: 'ArrowUp' })).toBe('Up');
    expect(acceleratorOf({ key: '1', code: 'Digit1', shift: true })).toBe('Shift+1');
    expect(acceleratorOf(COMMAND_DECLARATIONS.present.shortcuts[0])).toBe('F5');
  });
});

describe('the keys of moving between regions and of the card menu', () => {
  it('gives F6 to the region commands alone', () => {
    const usingF6 = COMMAND_IDS.filter((id) =>
      declarationOf(id).shortcuts.some((s) => s.key === 'F6'),
    );
    expect(usingF6).toEqual(['next-region', 'previous-region']);
    const next = COMMAND_DECLARATIONS['next-region'].shortcuts[0];
    const previous = COMMAND_DECLARATIONS['previous-region'].shortcuts[0];
    expect(matchesShortcut(next, press('F6'), false)).toBe(true);
    expect(matchesShortcut(next, press('F6', { shiftKey: true }), false)).toBe(false);
    expect(matchesShortcut(previous, press('F6', { shiftKey: true }), false)).toBe(true);
    expect(acceleratorOf(next)).toBe('F6');
    expect(acceleratorOf(previous)).toBe('Shift+F6');
  });

  it('opens the card menu with Shift+F10 or the Menu key, and names that key', () => {
    const [shiftF10, menuKey] = COMMAND_DECLARATIONS['card-menu'].shortcuts;
    expect(matchesShortcut(shiftF10, press('F10', { shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut(menuKey, press('ContextMenu'), false)).toBe(true);
    expect(shortcutLabel(shiftF10, false)).toBe('Shift+F10');
    expect(shortcutLabel(menuKey, false)).toBe('Menu key');
  });
});
