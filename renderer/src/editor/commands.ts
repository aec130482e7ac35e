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
  /** Whether the shortcut still fires while typing in a text field. */
  inTextFields: boolean;
  enabled(store: DocumentStore): boolean;
  run(store: DocumentStore): void;
}

/** Every editor command once: shortcuts, buttons and (later) menus and the palette use these. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    shortcuts: [{ key: 'z', mod: true }],
    inTextFields: true,
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
    inTextFields: true,
    enabled: (s) => s.getState().history.redo.length > 0,
    run: (s) => s.getState().redo(),
  },
  {
    id: 'delete',
    label: 'Delete selection',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    inTextFields: false,
    enabled: (s) => (s.getState().selection?.ids.length ?? 0) > 0,
    run: deleteSelection,
  },
  {
    id: 'add-stage',
    label: 'Add stage',
    shortcuts: [],
    inTextFields: false,
    enabled: () => true,
    run: (s) => {
      addStage(s);
    },
  },
  {
    id: 'deselect',
    label: 'Clear selection',
    shortcuts: [{ key: 'Escape' }],
    inTextFields: false,
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

/** The keydown handler that routes shortcuts to commands. */
export function handleShortcut(store: DocumentStore, e: KeyboardEvent): boolean {
  const typing = isTextField(e.target);
  for (const command of COMMANDS) {
    if (typing && !command.inTextFields) continue;
    if (!command.shortcuts.some((s) => matches(s, e))) continue;
    e.preventDefault();
    if (command.enabled(store)) command.run(store);
    return true;
  }
  return false;
}
