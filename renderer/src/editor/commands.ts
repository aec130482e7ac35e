import { EMPTY_FILTER } from '../../../shared/model/filter';
import { addStage, deleteSelection } from './actions';
import type { DocumentStore } from './documentStore';
import {
  addTouchpointNearSelection,
  canNudge,
  copySelectedCards,
  cutSelectedCards,
  duplicateSelectedCards,
  hasCopiedCards,
  nudgeSelectedCards,
  pasteCopiedCards,
  selectAllCards,
  selectedCardIds,
} from './editing/cardClipboard';
import type { NudgeDirection } from '../../../shared/model/nudge';
import type { PanelStore } from './palette/panelStore';
import { toggleTheme } from './theme/themeStore';

export interface Shortcut {
  key: string;
  /** Matched instead of `key` where the key's character depends on Shift (Shift+1 is "!"). */
  code?: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
}

/** The canvas viewport, for the zoom commands. */
export interface ViewBridge {
  zoomIn(): void;
  zoomOut(): void;
  fitView(): void;
}

/**
 * What a command acts on: the document, and where the editor is mounted, its canvas view and
 * panels. The desktop menu has only the document, so commands needing more are disabled there.
 */
export interface CommandContext {
  store: DocumentStore;
  view?: ViewBridge;
  panels?: PanelStore;
}

export type CommandGroup = 'File' | 'Edit' | 'Cards' | 'View' | 'Help';

export interface Command {
  id: string;
  label: string;
  group: CommandGroup;
  shortcuts: Shortcut[];
  /**
   * Where the shortcut applies: 'anywhere' (even while typing), 'outside-text' (not in a text
   * field), or 'canvas' (only with the focus on the map, so Delete on an inspector control
   * never deletes the card being edited).
   */
  scope: 'anywhere' | 'outside-text' | 'canvas';
  enabled(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void;
}

const always = () => true;
const hasCards = ({ store }: CommandContext) => selectedCardIds(store).length > 0;
/** False while the project is open read-only: a command that edits has nothing to do then. */
const editable = ({ store }: CommandContext) => store.getState().locked !== 'read_only';
type Condition = (ctx: CommandContext) => boolean;
const editing =
  (condition: Condition): Condition =>
  (ctx) =>
    editable(ctx) && condition(ctx);

function nudge(direction: NudgeDirection, key: string, label: string): Command {
  return {
    id: `nudge-${direction}`,
    label,
    group: 'Cards',
    shortcuts: [{ key }],
    scope: 'canvas',
    enabled: editing(({ store }) => canNudge(store, direction)),
    run: ({ store }) => nudgeSelectedCards(store, direction),
  };
}

/** Every editor command once: shortcuts, buttons, menus, the palette and the sheet use these. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    group: 'Edit',
    shortcuts: [{ key: 'z', mod: true }],
    scope: 'anywhere',
    enabled: ({ store }) => store.getState().history.undo.length > 0,
    run: ({ store }) => store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    scope: 'anywhere',
    enabled: ({ store }) => store.getState().history.redo.length > 0,
    run: ({ store }) => store.getState().redo(),
  },
  {
    id: 'copy',
    label: 'Copy cards',
    group: 'Edit',
    shortcuts: [{ key: 'c', mod: true }],
    scope: 'outside-text',
    enabled: hasCards,
    run: ({ store }) => copySelectedCards(store),
  },
  {
    id: 'cut',
    label: 'Cut cards',
    group: 'Edit',
    shortcuts: [{ key: 'x', mod: true }],
    scope: 'outside-text',
    enabled: editing(hasCards),
    run: ({ store }) => cutSelectedCards(store),
  },
  {
    id: 'paste',
    label: 'Paste cards',
    group: 'Edit',
    shortcuts: [{ key: 'v', mod: true }],
    scope: 'outside-text',
    enabled: editing(hasCopiedCards),
    run: ({ store }) => pasteCopiedCards(store),
  },
  {
    id: 'duplicate',
    label: 'Duplicate cards',
    group: 'Edit',
    shortcuts: [{ key: 'd', mod: true }],
    scope: 'outside-text',
    enabled: editing(hasCards),
    run: ({ store }) => duplicateSelectedCards(store),
  },
  {
    id: 'delete',
    label: 'Delete selection',
    group: 'Edit',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    scope: 'canvas',
    enabled: editing(({ store }) => (store.getState().selection?.ids.length ?? 0) > 0),
    run: ({ store }) => deleteSelection(store),
  },
  {
    id: 'select-all',
    label: 'Select all cards',
    group: 'Edit',
    shortcuts: [{ key: 'a', mod: true }],
    scope: 'outside-text',
    enabled: always,
    run: ({ store }) => selectAllCards(store),
  },
  {
    id: 'deselect',
    label: 'Clear selection',
    group: 'Edit',
    shortcuts: [{ key: 'Escape' }],
    scope: 'outside-text',
    enabled: ({ store }) => store.getState().selection !== null,
    run: ({ store }) => store.getState().select(null),
  },
  {
    id: 'add-touchpoint',
    label: 'Add touchpoint',
    group: 'Cards',
    shortcuts: [{ key: 'n' }],
    scope: 'outside-text',
    enabled: editable,
    run: ({ store }) => addTouchpointNearSelection(store),
  },
  {
    id: 'add-stage',
    label: 'Add stage',
    group: 'Cards',
    shortcuts: [{ key: 'n', shift: true }],
    scope: 'outside-text',
    enabled: editable,
    run: ({ store }) => {
      addStage(store);
    },
  },
  nudge('up', 'ArrowUp', 'Move card up'),
  nudge('down', 'ArrowDown', 'Move card down'),
  nudge('left', 'ArrowLeft', 'Move card to previous stage'),
  nudge('right', 'ArrowRight', 'Move card to next stage'),
  {
    id: 'search',
    label: 'Search and filter cards',
    group: 'View',
    shortcuts: [{ key: 'f', mod: true }],
    scope: 'anywhere',
    enabled: ({ panels }) => panels !== undefined,
    run: ({ store, panels }) => {
      const { filter, setFilter } = store.getState();
      if (!filter) setFilter(EMPTY_FILTER);
      panels?.getState().focusSearch();
    },
  },
  {
    id: 'close-search',
    label: 'Clear search',
    group: 'View',
    shortcuts: [{ key: 'Escape' }],
    scope: 'outside-text',
    enabled: ({ store }) => store.getState().filter !== null,
    run: ({ store }) => store.getState().setFilter(null),
  },
  {
    id: 'zoom-in',
    label: 'Zoom in',
    group: 'View',
    shortcuts: [
      { key: '=', mod: true },
      { key: '+', mod: true },
    ],
    scope: 'anywhere',
    enabled: ({ view }) => view !== undefined,
    run: ({ view }) => view?.zoomIn(),
  },
  {
    id: 'zoom-out',
    label: 'Zoom out',
    group: 'View',
    shortcuts: [{ key: '-', mod: true }],
    scope: 'anywhere',
    enabled: ({ view }) => view !== undefined,
    run: ({ view }) => view?.zoomOut(),
  },
  {
    id: 'zoom-fit',
    label: 'Zoom to fit',
    group: 'View',
    shortcuts: [{ key: '1', code: 'Digit1', shift: true }],
    scope: 'outside-text',
    enabled: ({ view }) => view !== undefined,
    run: ({ view }) => view?.fitView(),
  },
  {
    id: 'toggle-theme',
    label: 'Switch light / dark theme',
    group: 'View',
    shortcuts: [{ key: 'l', mod: true, shift: true }],
    scope: 'anywhere',
    enabled: always,
    run: () => toggleTheme(),
  },
  {
    // No shortcut: Ctrl+Shift+I opens the developer tools in Electron, and Ctrl+Alt types
    // characters (AltGr) on many keyboard layouts.
    id: 'insights',
    label: 'Insights',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    enabled: ({ store, panels }) => panels !== undefined && store.getState().journeyId !== '',
    run: ({ panels }) => panels?.getState().show('insights'),
  },
  {
    id: 'present',
    label: 'Present',
    group: 'View',
    shortcuts: [{ key: 'F5' }],
    scope: 'anywhere',
    enabled: ({ store, panels }) => panels !== undefined && store.getState().journeyId !== '',
    run: ({ panels }) => panels?.getState().show('present'),
  },
  {
    id: 'export',
    label: 'Export…',
    group: 'File',
    shortcuts: [{ key: 'e', mod: true }],
    scope: 'anywhere',
    enabled: ({ store, panels }) => panels !== undefined && store.getState().journeyId !== '',
    run: ({ panels }) => panels?.getState().show('export'),
  },
  {
    id: 'import',
    label: 'Import from JSON or CSV…',
    group: 'File',
    shortcuts: [{ key: 'i', mod: true }],
    scope: 'anywhere',
    enabled: editing(({ panels }) => panels !== undefined),
    run: ({ panels }) => panels?.getState().show('import'),
  },
  {
    id: 'palette',
    label: 'Command palette',
    group: 'Help',
    shortcuts: [{ key: 'k', mod: true }],
    scope: 'anywhere',
    enabled: ({ panels }) => panels !== undefined,
    run: ({ panels }) => panels?.getState().show('palette'),
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcuts: [{ key: '?' }],
    scope: 'outside-text',
    enabled: ({ panels }) => panels !== undefined,
    run: ({ panels }) => panels?.getState().show('shortcuts'),
  },
];

export const COMMAND_GROUPS: readonly CommandGroup[] = ['File', 'Edit', 'Cards', 'View', 'Help'];

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** A single character that is not a letter: which Shift state types it depends on the layout. */
const isSymbol = (key: string) => key.length === 1 && key.toLowerCase() === key.toUpperCase();

export function matches(shortcut: Shortcut, e: KeyboardEvent): boolean {
  const mod = isMac() ? e.metaKey : e.ctrlKey;
  const sameKey = shortcut.code
    ? e.code === shortcut.code
    : e.key.toLowerCase() === shortcut.key.toLowerCase();
  const shiftOk =
    e.shiftKey === Boolean(shortcut.shift) || (!shortcut.code && isSymbol(shortcut.key));
  return sameKey && mod === Boolean(shortcut.mod) && shiftOk && !e.altKey;
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

export function shortcutLabel(shortcut: Shortcut): string {
  const key = KEY_NAMES[shortcut.key] ?? shortcut.key;
  const parts = [
    shortcut.mod ? (isMac() ? '⌘' : 'Ctrl') : '',
    shortcut.shift ? 'Shift' : '',
    key.length === 1 ? key.toUpperCase() : key,
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

/**
 * The keydown handler that routes shortcuts to commands. Commands sharing a key (Escape) are
 * tried in order and the first enabled one runs; a matched key never reaches the browser
 * (Ctrl+D must not bookmark the page even with nothing to duplicate).
 */
export function handleShortcut(ctx: CommandContext, e: KeyboardEvent): boolean {
  let matched = false;
  for (const command of COMMANDS) {
    if (!inScope(command, e.target)) continue;
    if (!command.shortcuts.some((s) => matches(s, e))) continue;
    matched = true;
    if (!command.enabled(ctx)) continue;
    e.preventDefault();
    command.run(ctx);
    return true;
  }
  if (matched) e.preventDefault();
  return matched;
}
