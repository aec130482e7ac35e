/**
 * Commands the desktop shell's application menu sends to the renderer. The preload checks
 * every message against this list, so the page never sees anything else on the channel.
 */
export const MENU_COMMANDS = [
  'new-project',
  'open-project',
  'import',
  'export',
  'close-project',
  'undo',
  'redo',
  'present',
] as const;

/** Menu commands the open editor runs from its command registry (same ids there). */
export const EDITOR_MENU_COMMANDS: readonly MenuCommand[] = [
  'import',
  'export',
  'undo',
  'redo',
  'present',
];

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one main-to-renderer channel; everything else is renderer-initiated invoke. */
export const MENU_CHANNEL = 'wayline:menu';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
