import type { MenuItemConstructorOptions } from 'electron';
import {
  COMMAND_GROUPS,
  declarationOf,
  EDITOR_MENU_COMMAND_IDS,
  MENU_COMMAND_IDS,
  type CommandGroup,
  type EditorMenuCommandId,
  type MenuCommandId,
} from '../../shared/commands/registry';
import { acceleratorOf } from '../../shared/commands/shortcuts';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools are for development builds only. */
  isPackaged: boolean;
  /** Hands a command to the renderer, which owns project state and its confirmations. */
  send(command: MenuCommandId): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * A menu item for a registry command, its id the command's. Editor commands start disabled
 * (no editor reports yet) and show their first shortcut without registering it: the page's
 * own handler gets the keystroke once, with its scope rules (Delete in a text field stays
 * text editing), instead of the menu taking it. Undo and Redo thus reach the op history, never
 * the native roles that would undo text edits behind its back.
 */
function commandItem(id: MenuCommandId, send: MenuOptions['send']): Item {
  const { label, shortcuts, app } = declarationOf(id);
  const shortcut = shortcuts[0];
  return {
    id,
    label,
    click: () => send(id),
    ...(shortcut && { accelerator: acceleratorOf(shortcut) }),
    ...(!app && { enabled: false, registerAccelerator: false }),
  };
}

/** The group's menu commands in declaration order, a separator between sections. */
function commandItems(group: CommandGroup, send: MenuOptions['send']): Item[] {
  const items: Item[] = [];
  let section: string | undefined;
  for (const id of MENU_COMMAND_IDS) {
    const { group: itsGroup, menu } = declarationOf(id);
    if (itsGroup !== group) continue;
    if (section !== undefined && menu !== section) items.push(separator);
    section = menu;
    items.push(commandItem(id, send));
  }
  return items;
}

/** Native items that are not commands: the app's, the window's and the text fields'. */
function nativeItems(group: CommandGroup, { isMac, isPackaged }: MenuOptions): Item[] {
  switch (group) {
    // macOS keeps Quit in the app menu.
    case 'File':
      return isMac ? [] : [separator, { role: 'quit' }];
    // For text fields: the card commands of the same keys are the page's, outside text.
    case 'Edit':
      return [
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ];
    case 'View':
      return [
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(isPackaged
          ? []
          : [separator, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
      ];
    case 'Help':
      return isMac ? [] : [separator, { role: 'about' }];
    case 'Cards':
      return [];
  }
}

const MAC_APP_MENU: Item = {
  role: 'appMenu',
  submenu: [
    { role: 'about' },
    separator,
    { role: 'services' },
    separator,
    { role: 'hide' },
    { role: 'hideOthers' },
    { role: 'unhide' },
    separator,
    { role: 'quit' },
  ],
};

/** The application menu: one menu per command group, generated from the command registry. */
export function buildMenuTemplate(options: MenuOptions): Item[] {
  const menus = COMMAND_GROUPS.map((group): Item => ({
    label: `&${group}`,
    ...(group === 'Help' && { role: 'help' as const }),
    submenu: [...commandItems(group, options.send), ...nativeItems(group, options)],
  }));
  return [...(options.isMac ? [MAC_APP_MENU] : []), ...menus];
}

/** The part of Electron's Menu that enabling items needs. */
export interface ItemLookup {
  getMenuItemById(id: string): { enabled: boolean } | null;
}

/** Enables exactly the editor menu commands in `enabled`, as the renderer reported them. */
export function applyEnabledCommands(menu: ItemLookup, enabled: readonly EditorMenuCommandId[]) {
  for (const id of EDITOR_MENU_COMMAND_IDS) {
    const item = menu.getMenuItemById(id);
    if (item) item.enabled = enabled.includes(id);
  }
}
