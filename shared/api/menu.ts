import {
  EDITOR_MENU_COMMAND_IDS,
  isEditorMenuCommandId,
  isMenuCommandId,
  type EditorMenuCommandId,
  type MenuCommandId,
} from '../commands/registry';

/**
 * The desktop menu's two messages. Main sends the renderer the id of a clicked menu command;
 * the renderer tells main which of the editor's menu commands are enabled. Both sides check
 * every message against the command registry, so nothing else passes either way.
 */
export type MenuCommand = MenuCommandId;

/** Main to renderer: a menu command was clicked. */
export const MENU_CHANNEL = 'wayline:menu';
/** Renderer to main: the editor menu commands that are enabled now (all others are not). */
export const MENU_STATE_CHANNEL = 'wayline:menu-state';

export const isMenuCommand = isMenuCommandId;

/** A well-formed enabled-commands report: known editor menu command ids, each at most once. */
export function isMenuStateReport(value: unknown): value is EditorMenuCommandId[] {
  return (
    Array.isArray(value) &&
    value.length <= EDITOR_MENU_COMMAND_IDS.length &&
    new Set(value).size === value.length &&
    value.every(isEditorMenuCommandId)
  );
}
