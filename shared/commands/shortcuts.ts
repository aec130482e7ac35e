import type { Shortcut } from './registry';

/** The parts of a keyboard event a shortcut is matched against (a DOM KeyboardEvent has them). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A single character that is not a letter: which Shift state types it depends on the layout. */
const isSymbol = (key: string) => key.length === 1 && key.toLowerCase() === key.toUpperCase();

/** Whether `press` is `shortcut`; `mac` makes Cmd rather than Ctrl the shortcut's modifier. */
export function matchesShortcut(shortcut: Shortcut, press: KeyPress, mac: boolean): boolean {
  const mod = mac ? press.metaKey : press.ctrlKey;
  const sameKey = shortcut.code
    ? press.code === shortcut.code
    : press.key.toLowerCase() === shortcut.key.toLowerCase();
  const shiftOk =
    press.shiftKey === Boolean(shortcut.shift) || (!shortcut.code && isSymbol(shortcut.key));
  return (
    sameKey && mod === Boolean(shortcut.mod) && shiftOk && press.altKey === Boolean(shortcut.alt)
  );
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  // The key beside the right Ctrl on PC keyboards that opens a context menu.
  ContextMenu: 'Menu key',
};

/** Key names that differ in Electron's accelerator syntax. */
const ACCELERATOR_KEYS: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  '+': 'Plus',
  ' ': 'Space',
};

/** Modifier, Alt, Shift and key joined by "+", the key spelled as `names` says or capitalised. */
function spell(
  shortcut: Shortcut,
  modName: string,
  altName: string,
  names: Record<string, string>,
): string {
  const key = names[shortcut.key] ?? shortcut.key;
  const parts = [
    shortcut.mod ? modName : '',
    shortcut.alt ? altName : '',
    shortcut.shift ? 'Shift' : '',
    key.length === 1 ? key.toUpperCase() : key,
  ];
  return parts.filter(Boolean).join('+');
}

/** How the app writes a shortcut for people: "Ctrl+Shift+Z", "⌘+K", "↑". */
export const shortcutLabel = (shortcut: Shortcut, mac: boolean): string =>
  spell(shortcut, mac ? '⌘' : 'Ctrl', mac ? '⌥' : 'Alt', KEY_NAMES);

/** The shortcut in Electron's accelerator syntax, for the desktop menu: "CmdOrCtrl+Shift+Z". */
export const acceleratorOf = (shortcut: Shortcut): string =>
  spell(shortcut, 'CmdOrCtrl', 'Alt', ACCELERATOR_KEYS);
