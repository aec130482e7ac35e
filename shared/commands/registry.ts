/**
 * Every command of the app, declared once: its label, group, shortcuts, where its shortcut
 * applies and whether the desktop menu shows it. The renderer adds what a command does and
 * when it is enabled (typed by `EditorCommandId`, so none can be missing); the desktop shell
 * builds its menu from the same table. Pure data: the renderer and the shell both import it.
 */

import type { CommandDeclaration, Shortcut } from './declaration';

export {
  COMMAND_GROUPS,
  type CommandDeclaration,
  type CommandGroup,
  type CommandScope,
  type Shortcut,
} from './declaration';

/** A Ctrl (Cmd on macOS) shortcut. */
const ctrl = (key: string, shift = false): Shortcut =>
  shift ? { key, mod: true, shift } : { key, mod: true };

/**
 * Alt+arrow moves the selected card, only with the focus on the map (plain arrows move the
 * keyboard between cards, keyboard/navModel.ts).
 */
const nudge = (label: string, key: string) =>
  ({ label, group: 'Cards', shortcuts: [{ key, alt: true }], scope: 'canvas' }) as const;

/** A View-menu command without a shortcut, in the menu section `menu`. */
const viewMenu = <const M extends string>(menu: M) =>
  ({ group: 'View', shortcuts: [], scope: 'anywhere', menu }) as const;

/** F6 / Shift+F6 move the focus between the window's regions, from a text field too. */
const region = (label: string, shift: boolean) =>
  ({
    label,
    group: 'View',
    shortcuts: [{ key: 'F6', shift }],
    scope: 'anywhere',
    menu: 'regions',
  }) as const;

/** In menu order within each group. */
export const COMMAND_DECLARATIONS = {
  'new-project': {
    label: 'New Project…',
    group: 'File',
    shortcuts: [ctrl('n')],
    scope: 'anywhere',
    menu: 'project',
    app: true,
  },
  'open-project': {
    label: 'Open Project…',
    group: 'File',
    shortcuts: [ctrl('o')],
    scope: 'anywhere',
    menu: 'project',
    app: true,
  },
  import: {
    label: 'Import from JSON or CSV…',
    group: 'File',
    shortcuts: [ctrl('i')],
    scope: 'anywhere',
    menu: 'transfer',
  },
  export: {
    label: 'Export…',
    group: 'File',
    shortcuts: [ctrl('e')],
    scope: 'anywhere',
    menu: 'transfer',
  },
  'close-project': {
    label: 'Close Project',
    group: 'File',
    shortcuts: [],
    scope: 'anywhere',
    menu: 'close',
    app: true,
  },
  undo: {
    label: 'Undo',
    group: 'Edit',
    shortcuts: [ctrl('z')],
    scope: 'anywhere',
    menu: 'history',
  },
  redo: {
    label: 'Redo',
    group: 'Edit',
    shortcuts: [ctrl('z', true), ctrl('y')],
    scope: 'anywhere',
    menu: 'history',
  },
  copy: { label: 'Copy cards', group: 'Edit', shortcuts: [ctrl('c')], scope: 'outside-text' },
  cut: { label: 'Cut cards', group: 'Edit', shortcuts: [ctrl('x')], scope: 'outside-text' },
  paste: { label: 'Paste cards', group: 'Edit', shortcuts: [ctrl('v')], scope: 'outside-text' },
  duplicate: {
    label: 'Duplicate cards',
    group: 'Edit',
    shortcuts: [ctrl('d')],
    scope: 'outside-text',
    menu: 'cards',
  },
  delete: {
    label: 'Delete selection',
    group: 'Edit',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    scope: 'canvas',
    menu: 'cards',
  },
  'select-all': {
    label: 'Select all cards',
    group: 'Edit',
    shortcuts: [ctrl('a')],
    scope: 'outside-text',
  },
  deselect: {
    label: 'Clear selection',
    group: 'Edit',
    shortcuts: [{ key: 'Escape' }],
    scope: 'outside-text',
  },
  'add-touchpoint': {
    label: 'Add touchpoint',
    group: 'Cards',
    shortcuts: [{ key: 'n' }],
    scope: 'outside-text',
    menu: 'add',
  },
  'add-stage': {
    label: 'Add stage',
    group: 'Cards',
    shortcuts: [{ key: 'n', shift: true }],
    scope: 'outside-text',
    menu: 'add',
  },
  'add-card-to-lane': {
    label: 'Add card to lane…',
    group: 'Cards',
    shortcuts: [{ key: 'n', code: 'KeyN', alt: true }],
    scope: 'outside-text',
    menu: 'add',
  },
  'connect-to': {
    label: 'Connect to…',
    group: 'Cards',
    shortcuts: [ctrl('l')],
    scope: 'outside-text',
    menu: 'cards',
  },
  // The table view's rows (table/rowEdits.ts). Ctrl+Enter and Ctrl+Delete, as spreadsheets
  // and list editors add and delete lines: Enter alone edits a cell and Delete alone empties it.
  'table-add-row': {
    label: 'Add row below (table)',
    group: 'Cards',
    shortcuts: [ctrl('Enter')],
    scope: 'table',
    menu: 'table',
  },
  'table-delete-row': {
    label: 'Delete row (table)',
    group: 'Cards',
    // Cmd+Backspace on a Mac keyboard, which has no Delete key.
    shortcuts: [ctrl('Delete'), ctrl('Backspace')],
    scope: 'table',
    menu: 'table',
  },
  // The menu of the card with the focus (a right-click opens it too): cardMenu.ts lists it.
  'card-menu': {
    label: 'Card menu',
    group: 'Cards',
    shortcuts: [{ key: 'F10', shift: true }, { key: 'ContextMenu' }],
    scope: 'canvas',
  },
  'nudge-up': nudge('Move card up', 'ArrowUp'),
  'nudge-down': nudge('Move card down', 'ArrowDown'),
  'nudge-left': nudge('Move card to previous stage', 'ArrowLeft'),
  'nudge-right': nudge('Move card to next stage', 'ArrowRight'),
  search: {
    label: 'Search and filter cards',
    group: 'View',
    shortcuts: [ctrl('f')],
    scope: 'anywhere',
    menu: 'panels',
  },
  'close-search': {
    label: 'Clear search',
    group: 'View',
    shortcuts: [{ key: 'Escape' }],
    scope: 'outside-text',
  },
  'toggle-table': {
    label: 'Switch between map and table',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    menu: 'panels',
  },
  'next-region': region('Next region', false),
  'previous-region': region('Previous region', true),
  'zoom-in': {
    label: 'Zoom in',
    group: 'View',
    shortcuts: [ctrl('='), ctrl('+')],
    scope: 'anywhere',
  },
  'zoom-out': { label: 'Zoom out', group: 'View', shortcuts: [ctrl('-')], scope: 'anywhere' },
  'zoom-fit': {
    label: 'Zoom to fit',
    group: 'View',
    shortcuts: [{ key: '1', code: 'Digit1', shift: true }],
    scope: 'outside-text',
  },
  'toggle-theme': {
    label: 'Switch light / dark theme',
    group: 'View',
    shortcuts: [ctrl('l', true)],
    scope: 'anywhere',
    menu: 'theme',
  },
  // A second window on the same project (a wall display, a presenter's screen); the windows
  // stay in step through the backend's change events.
  'new-window': {
    label: 'New Window',
    group: 'View',
    shortcuts: [ctrl('n', true)],
    scope: 'anywhere',
    menu: 'windows',
  },
  // No shortcut: Ctrl+Shift+I opens the developer tools in Electron, and Ctrl+Alt types
  // characters (AltGr) on many keyboard layouts.
  insights: {
    label: 'Insights',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    menu: 'panels',
  },
  backlog: {
    label: 'Opportunity backlog',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    menu: 'panels',
  },
  room: {
    label: 'Room: let the room take part from their phones',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    menu: 'panels',
  },
  sources: {
    label: 'Research sources…',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    menu: 'panels',
  },
  present: {
    label: 'Present',
    group: 'View',
    shortcuts: [{ key: 'F5' }],
    scope: 'anywhere',
    menu: 'panels',
  },
  // The presentation with the presenter's window beside it (notes, clocks, the next stage).
  'presenter-view': { label: 'Present with presenter view', ...viewMenu('panels') },
  // Named views of a journey (filter, part of the map, lanes), kept in the project file.
  'save-view': { label: 'Save view…', ...viewMenu('views') },
  'apply-view': { label: 'Show saved view…', ...viewMenu('views'), pick: 'View' },
  'delete-view': { label: 'Delete saved view…', ...viewMenu('views'), pick: 'View' },
  // Reached from the palette (and the menus of the sidebar and inspector): each acts on the
  // project's journeys, personas, lanes and cards.
  'go-to-card': {
    label: 'Go to card…',
    group: 'Edit',
    shortcuts: [ctrl('g')],
    scope: 'anywhere',
    pick: 'Card',
  },
  'switch-journey': {
    label: 'Switch to journey…',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    pick: 'Journey',
  },
  'new-journey': {
    label: 'New journey…',
    group: 'File',
    shortcuts: [],
    scope: 'anywhere',
    pick: 'Template',
  },
  'rename-journey': { label: 'Rename journey', group: 'File', shortcuts: [], scope: 'anywhere' },
  'create-future-state': {
    label: 'Create future state of this journey',
    group: 'File',
    shortcuts: [],
    scope: 'anywhere',
  },
  'switch-state': {
    label: 'Go to its current or future state…',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    pick: 'Journey',
  },
  personas: { label: 'Personas…', group: 'View', shortcuts: [], scope: 'anywhere' },
  'add-lane': {
    label: 'Add lane…',
    group: 'Cards',
    shortcuts: [],
    scope: 'anywhere',
    pick: 'Lane kind',
  },
  'hide-lane': {
    label: 'Hide lane…',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    pick: 'Lane',
  },
  'show-lane': {
    label: 'Show hidden lane…',
    group: 'View',
    shortcuts: [],
    scope: 'anywhere',
    pick: 'Lane',
  },
  palette: {
    label: 'Command palette',
    group: 'Help',
    shortcuts: [ctrl('k')],
    scope: 'anywhere',
    menu: 'help',
  },
  shortcuts: {
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcuts: [{ key: '?' }],
    scope: 'outside-text',
    menu: 'help',
  },
} as const satisfies Record<string, CommandDeclaration>;

type Declarations = typeof COMMAND_DECLARATIONS;
export type CommandId = keyof Declarations;
/** Commands the app runs around the editor (File > New, Open, Close). */
export type AppCommandId = {
  [Id in CommandId]: Declarations[Id] extends { app: true } ? Id : never;
}[CommandId];
/** Commands the open editor runs: each needs `run` and `enabled` in the renderer's registry. */
export type EditorCommandId = Exclude<CommandId, AppCommandId>;
/** Commands the desktop menu shows. */
export type MenuCommandId = {
  [Id in CommandId]: Declarations[Id] extends { menu: string } ? Id : never;
}[CommandId];
export type EditorMenuCommandId = Extract<EditorCommandId, MenuCommandId>;

/** The declaration of `id`; the id is checked by the compiler. */
export const declarationOf = (id: CommandId): CommandDeclaration => COMMAND_DECLARATIONS[id];

const isDeclared = (value: unknown): value is CommandId =>
  typeof value === 'string' && Object.hasOwn(COMMAND_DECLARATIONS, value);

/** Ids in declaration order whose declaration passes `test`, typed as the caller knows them. */
function idsWhere<Id extends CommandId>(test: (d: CommandDeclaration) => boolean): readonly Id[] {
  // The caller's `Id` is the type-level twin of `test` (see the derived id types above).
  return (Object.keys(COMMAND_DECLARATIONS) as Id[]).filter((id) => test(declarationOf(id)));
}

export const COMMAND_IDS: readonly CommandId[] = idsWhere(() => true);
export const EDITOR_COMMAND_IDS = idsWhere<EditorCommandId>((d) => !d.app);
export const MENU_COMMAND_IDS = idsWhere<MenuCommandId>((d) => d.menu !== undefined);
export const EDITOR_MENU_COMMAND_IDS = idsWhere<EditorMenuCommandId>(
  (d) => d.menu !== undefined && !d.app,
);

export const isMenuCommandId = (value: unknown): value is MenuCommandId =>
  isDeclared(value) && (MENU_COMMAND_IDS as readonly string[]).includes(value);
export const isEditorCommandId = (value: unknown): value is EditorCommandId =>
  isDeclared(value) && !declarationOf(value).app;
export const isAppCommandId = (value: unknown): value is AppCommandId =>
  isDeclared(value) && declarationOf(value).app === true;
export const isEditorMenuCommandId = (value: unknown): value is EditorMenuCommandId =>
  isEditorCommandId(value) && isMenuCommandId(value);
