import { addStage, deleteSelection } from './actions';
import type { DocumentStore } from './documentStore';

export interface Shortcut {
  key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
}

export interface Command {
  id: string;
  label: string;
  shortcuts: Shortcut[];
  /**
   * Where the shortcut applies: 'anywhere' (even while typing), 'outside-text' (not in a text
   * field), or 'canvas' (only with the focus on the map, so Delete on an inspector control
   * never deletes the card being edited).
   */
  scope: 'anywhere' | 'outside-text' | 'canvas';
  enabled(store: DocumentStore): boolean;
  run(store: DocumentStore): void;
}

/** Every editor command once: shortcuts, buttons and (later) menus and the palette use these. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    shortcuts: [{ key: 'z', mod: true }],
    scope: 'anywhere',
    enabled: (s) => s.getState().history.undo.length > 0,
    run: (s) => s.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    scope: 'anywhere',
    enabled: (s) => s.getState().history.redo.length > 0,
    run: (s) => s.getState().redo(),
  },
  {
    id: 'delete',
    label: 'Delete selection',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    scope: 'canvas',
    enabled: (s) => (s.getState().selection?.ids.length ?? 0) > 0,
    run: deleteSelection,
  },
  {
    id: 'add-stage',
    label: 'Add stage',
    shortcuts: [],
    scope: 'outside-text',
    enabled: () => true,
    run: (s) => {
      addStage(s);
    },
  },
  {
    id: 'deselect',
    label: 'Clear selection',
    shortcuts: [{ key: 'Escape' }],
    scope: 'outside-text',
    enabled: (s) => s.getState().selection !== null,
    run: (s) => s.getState().select(null),
  },
];

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export function matches(shortcut: Shortcut, e: KeyboardEvent): boolean {
  const mod = isMac() ? e.metaKey : e.ctrlKey;
  return (
    e.key.toLowerCase() === shortcut.key.toLowerCase() &&
    mod === Boolean(shortcut.mod) &&
    e.shiftKey === Boolean(shortcut.shift) &&
    !e.altKey
  );
}

export function shortcutLabel(shortcut: Shortcut): string {
  const parts = [
    shortcut.mod ? (isMac() ? '⌘' : 'Ctrl') : '',
    shortcut.shift ? 'Shift' : '',
    shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key,
  ];
  return parts.filter(Boolean).join('+');
}

export function commandById(id: string): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`No command ${id}`);
  return command;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isOnCanvas(target: EventTarget | null): boolean {
  if (target === document.body) return true;
  return target instanceof Element && target.closest('.react-flow') !== null;
}

function inScope(command: Command, target: EventTarget | null): boolean {
  if (command.scope === 'anywhere') return true;
  if (isTextField(target)) return false;
  return command.scope === 'outside-text' || isOnCanvas(target);
}

/** The keydown handler that routes shortcuts to commands. */
export function handleShortcut(store: DocumentStore, e: KeyboardEvent): boolean {
  for (const command of COMMANDS) {
    if (!inScope(command, e.target)) continue;
    if (!command.shortcuts.some((s) => matches(s, e))) continue;
    e.preventDefault();
    if (command.enabled(store)) command.run(store);
    return true;
  }
  return false;
}
