import { isReadOnly } from './documentContext';
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
import {
  COMMAND_DECLARATIONS,
  EDITOR_COMMAND_IDS,
  EDITOR_MENU_COMMAND_IDS,
  type CommandDeclaration,
  type EditorCommandId,
  type EditorMenuCommandId,
  type Shortcut,
} from '../../../shared/commands/registry';
import {
  matchesShortcut,
  shortcutLabel as spellShortcut,
} from '../../../shared/commands/shortcuts';
import { toggleTheme } from './theme/themeStore';
import { openAnotherWindow } from '../app/openAnotherWindow';
import type { CanvasFocusStore } from './keyboard/canvasFocus';
import { addCardAtFocus, canAddCardToLane, canConnectFrom } from './keyboard/keyboardCommands';
import { openCardMenu } from './cardMenu/openCardMenu';
import { moveToRegion } from './keyboard/regionFocus';
import { redoLabel, undoLabel } from './history/historyLabels';
import { PICK_BEHAVIOURS, type Choice } from './palette/pickCommands';
import type { ViewFrame } from '../../../shared/model/savedViews';
import { VIEW_BEHAVIOURS } from './views/viewCommands';

/** The canvas viewport, for the zoom commands. */
export interface ViewBridge {
  zoomIn(): void;
  zoomOut(): void;
  fitView(): void;
  /** The part of the map in view, as a saved view keeps it; null while no map is on screen. */
  frame?(): ViewFrame | null;
  showFrame?(frame: ViewFrame): void;
}

/**
 * What a command acts on: the document, and where the editor is mounted, its canvas view and
 * panels. Commands that need a view or panels are disabled without them.
 */
export interface CommandContext {
  store: DocumentStore;
  view?: ViewBridge;
  panels?: PanelStore;
  /** The map's keyboard focus (keyboard/canvasFocus.ts). */
  focus?: CanvasFocusStore;
}

/** What the renderer adds to a command's declaration in `shared/commands/registry.ts`. */
export interface Behaviour {
  enabled(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void;
  /** The label as things stand, where it says more than the declared one ("Undo: …"). */
  describe?(ctx: CommandContext): string;
  /** For a command declared with `pick`: what it can act on now, and acting on one. */
  choices?(ctx: CommandContext): Choice[];
  choose?(ctx: CommandContext, choiceId: string): void;
}

export interface Command extends CommandDeclaration, Behaviour {
  id: EditorCommandId;
}

type Condition = (ctx: CommandContext) => boolean;
const always = () => true;
const hasCards: Condition = ({ store }) => selectedCardIds(store).length > 0;
/** False while the project is open read-only: a command that edits has nothing to do then. */
const editable: Condition = ({ store }) => !isReadOnly(store.getState());
const editing =
  (condition: Condition): Condition =>
  (ctx) =>
    editable(ctx) && condition(ctx);
const withPanels: Condition = ({ panels }) => panels !== undefined;
const withView: Condition = ({ view }) => view !== undefined;
const withJourney: Condition = ({ store, panels }) =>
  panels !== undefined && store.getState().journeyId !== '';

/** The shown table's row commands, when it can do `can` (see table/useRowCommands.ts). */
const tableCan =
  (can: 'canAddRow' | 'canDeleteRow'): Condition =>
  ({ panels }) =>
    panels?.getState().table?.[can] === true;

function nudge(direction: NudgeDirection): Behaviour {
  return {
    enabled: editing(({ store }) => canNudge(store, direction)),
    run: ({ store }) => nudgeSelectedCards(store, direction),
  };
}

/**
 * What each editor command does and when it can. Keyed by every `EditorCommandId`, so a command
 * declared in the registry without a behaviour here (or the reverse) does not compile.
 */
const BEHAVIOURS: { [Id in EditorCommandId]: Behaviour } = {
  undo: {
    enabled: ({ store }) => store.getState().history.undo.length > 0,
    run: ({ store }) => store.getState().undo(),
    describe: ({ store }) => undoLabel(store.getState()),
  },
  redo: {
    enabled: ({ store }) => store.getState().history.redo.length > 0,
    run: ({ store }) => store.getState().redo(),
    describe: ({ store }) => redoLabel(store.getState()),
  },
  copy: { enabled: hasCards, run: ({ store }) => copySelectedCards(store) },
  cut: { enabled: editing(hasCards), run: ({ store }) => cutSelectedCards(store) },
  paste: { enabled: editing(hasCopiedCards), run: ({ store }) => pasteCopiedCards(store) },
  duplicate: { enabled: editing(hasCards), run: ({ store }) => duplicateSelectedCards(store) },
  delete: {
    enabled: editing(({ store }) => (store.getState().selection?.ids.length ?? 0) > 0),
    run: ({ store }) => deleteSelection(store),
  },
  'select-all': { enabled: always, run: ({ store }) => selectAllCards(store) },
  deselect: {
    enabled: ({ store }) => store.getState().selection !== null,
    run: ({ store }) => store.getState().select(null),
  },
  'add-touchpoint': {
    enabled: editable,
    // On an empty cell or a lane's label the card goes there, in whatever lane it is.
    run: (ctx) => addCardAtFocus(ctx) || addTouchpointNearSelection(ctx.store),
  },
  'add-card-to-lane': {
    enabled: editing((ctx) => withPanels(ctx) && canAddCardToLane(ctx.store)),
    run: ({ panels }) => panels?.getState().show('add-card'),
  },
  'connect-to': {
    enabled: editing((ctx) => withPanels(ctx) && canConnectFrom(ctx.store)),
    run: ({ panels }) => panels?.getState().show('connect'),
  },
  'card-menu': {
    enabled: ({ store, panels }) => panels !== undefined && selectedCardIds(store).length > 0,
    run: (ctx) => openCardMenu(ctx),
  },
  'add-stage': {
    enabled: editable,
    run: ({ store }) => {
      addStage(store);
    },
  },
  'table-add-row': {
    enabled: editing(tableCan('canAddRow')),
    run: ({ panels }) => panels?.getState().table?.addRow(),
  },
  'table-delete-row': {
    enabled: editing(tableCan('canDeleteRow')),
    run: ({ panels }) => panels?.getState().table?.deleteRow(),
  },
  'nudge-up': nudge('up'),
  'nudge-down': nudge('down'),
  'nudge-left': nudge('left'),
  'nudge-right': nudge('right'),
  search: {
    enabled: withPanels,
    run: ({ store, panels }) => {
      const { filter, setFilter } = store.getState();
      if (!filter) setFilter(EMPTY_FILTER);
      panels?.getState().focusSearch();
    },
  },
  'close-search': {
    enabled: ({ store }) => store.getState().filter !== null,
    run: ({ store }) => store.getState().setFilter(null),
  },
  'toggle-table': {
    enabled: withJourney,
    run: ({ panels }) =>
      panels?.getState().setView(panels.getState().view === 'map' ? 'table' : 'map'),
  },
  'next-region': { enabled: always, run: (ctx) => moveToRegion(ctx, false) },
  'previous-region': { enabled: always, run: (ctx) => moveToRegion(ctx, true) },
  'zoom-in': { enabled: withView, run: ({ view }) => view?.zoomIn() },
  'zoom-out': { enabled: withView, run: ({ view }) => view?.zoomOut() },
  'zoom-fit': { enabled: withView, run: ({ view }) => view?.fitView() },
  'toggle-theme': { enabled: always, run: () => toggleTheme() },
  'new-window': { enabled: always, run: () => openAnotherWindow() },
  insights: { enabled: withJourney, run: ({ panels }) => panels?.getState().show('insights') },
  backlog: { enabled: withPanels, run: ({ panels }) => panels?.getState().show('backlog') },
  room: { enabled: withJourney, run: ({ panels }) => panels?.getState().show('room') },
  sources: { enabled: withPanels, run: ({ panels }) => panels?.getState().show('sources') },
  present: { enabled: withJourney, run: ({ panels }) => panels?.getState().show('present') },
  export: { enabled: withJourney, run: ({ panels }) => panels?.getState().show('export') },
  import: { enabled: editing(withPanels), run: ({ panels }) => panels?.getState().show('import') },
  palette: { enabled: withPanels, run: ({ panels }) => panels?.getState().show('palette') },
  shortcuts: { enabled: withPanels, run: ({ panels }) => panels?.getState().show('shortcuts') },
  ...PICK_BEHAVIOURS,
  ...VIEW_BEHAVIOURS,
};

/** Every editor command once: shortcuts, buttons, menus, the palette and the sheet use these. */
export const COMMANDS: readonly Command[] = EDITOR_COMMAND_IDS.map((id) => ({
  id,
  ...COMMAND_DECLARATIONS[id],
  ...BEHAVIOURS[id],
}));

/** What a command is called now: its live description if it has one, else its label. */
export const labelOf = (command: Command, ctx: CommandContext): string =>
  command.describe?.(ctx) ?? command.label;

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export const matches = (shortcut: Shortcut, e: KeyboardEvent): boolean =>
  matchesShortcut(shortcut, e, isMac());

export const shortcutLabel = (shortcut: Shortcut): string => spellShortcut(shortcut, isMac());

/** A command's first shortcut as this platform writes it ("Ctrl+L"), if it has one. */
export function keyHint(command: Command): string | undefined {
  const shortcut = command.shortcuts[0];
  return shortcut && shortcutLabel(shortcut);
}

/** A tooltip: `text`, then the command's first shortcut in brackets when it has one. */
export function withKeyHint(text: string, command: Command): string {
  const key = keyHint(command);
  return key ? `${text} (${key})` : text;
}

export function commandById(id: EditorCommandId): Command {
  const command = COMMANDS.find((c) => c.id === id);
  // Unreachable while COMMANDS is built from EDITOR_COMMAND_IDS; kept for a clear message.
  if (!command) throw new Error(`No command ${id}`);
  return command;
}

/** The desktop menu's editor commands that are enabled in `ctx`, in registry order. */
export const enabledMenuCommands = (ctx: CommandContext): EditorMenuCommandId[] =>
  EDITOR_MENU_COMMAND_IDS.filter((id) => BEHAVIOURS[id].enabled(ctx));

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isOnCanvas(target: EventTarget | null): boolean {
  if (target === document.body) return true;
  return target instanceof Element && target.closest('.react-flow') !== null;
}

/** The table's grid itself (not a cell's editor, which is a text field anyway). */
const isOnTable = (target: EventTarget | null): boolean =>
  target instanceof Element && target.matches('[role="grid"].table-grid');

function inScope(command: Command, target: EventTarget | null): boolean {
  if (command.scope === 'anywhere') return true;
  if (isTextField(target)) return false;
  if (command.scope === 'table') return isOnTable(target);
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
