/**
 * What a command's declaration says (registry.ts holds the declarations themselves). Types
 * and the group order only, so the registry stays one table.
 */

export interface Shortcut {
  key: string;
  /** Matched instead of `key` where the key's character depends on Shift (Shift+1 is "!"). */
  code?: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
  /** Alt (Option on macOS); matched by `code` where Option types another character. */
  alt?: boolean;
}

/** The shortcuts sheet's sections and the desktop menu's top-level menus, in this order. */
export const COMMAND_GROUPS = ['File', 'Edit', 'Cards', 'View', 'Help'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/**
 * Where the shortcut applies: 'anywhere' (even while typing), 'outside-text' (not in a text
 * field), 'canvas' (only with the focus on the map, so Delete on an inspector control
 * never deletes the card being edited) or 'table' (only with the focus on the table's grid).
 */
export type CommandScope = 'anywhere' | 'outside-text' | 'canvas' | 'table';

export interface CommandDeclaration {
  label: string;
  group: CommandGroup;
  shortcuts: readonly Shortcut[];
  scope: CommandScope;
  /**
   * The section of its group's desktop menu that shows it (none: not in the menu). Items of
   * one section sit together, and a separator parts consecutive sections.
   */
  menu?: string;
  /**
   * Run by the app around the editor (there may be no project open), not by the editor's
   * registry: the menu registers its accelerator itself, since no page handler sees the key.
   */
  app?: true;
  /**
   * The command acts on one thing the palette asks for first ("Go to card…" asks for a card):
   * what the second step's field is called. The renderer lists the choices.
   */
  pick?: string;
}
