import type { ApiResponse } from './errors';
import type { ProjectEvent } from './events';
import type { EditorMenuCommandId } from '../commands/registry';
import type { MenuCommand } from './menu';
import type { ApiMethod } from './methods';
import type { ApiResult } from './schema';

/**
 * An envelope, or its JSON text: the desktop app passes the backend's text on unparsed (a string
 * crosses IPC and the context bridge cheaply; an opened project as objects would be copied at
 * each), and the renderer's client parses it once.
 */
export type EnvelopeOrJson<T> = ApiResponse<T> | string;

/**
 * What the preload exposes as `window.wayline` in the desktop app. Each method resolves to
 * the backend's envelope (or its JSON text) rather than throwing, because errors thrown across
 * the context bridge lose their code; the renderer's client unwraps it. Arguments are
 * `unknown` here since the backend validates every payload anyway.
 */
export type BridgeApi = {
  [M in ApiMethod]: (args: unknown) => Promise<EnvelopeOrJson<ApiResult<M>>>;
} & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(cb: (command: MenuCommand) => void): () => void;
  /** Subscribes to every edit committed to the open project, from any window; unsubscribes. */
  onProjectEvent(cb: (event: ProjectEvent) => void): () => void;
  /** Tells the menu which editor commands are enabled now; every other one is disabled. */
  reportEnabledCommands(ids: readonly EditorMenuCommandId[]): void;
};
