/**
 * Commands the desktop shell's application menu sends to the renderer. The preload checks
 * every message against this list, so the page never sees anything else on the channel.
 */
export const MENU_COMMANDS = [
  'new-project',
  'open-project',
  'close-project',
  'undo',
  'redo',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one main-to-renderer channel; everything else is renderer-initiated invoke. */
export const MENU_CHANNEL = 'wayline:menu';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
