import { useEffect } from 'react';
import { isEditorCommandId, type EditorMenuCommandId } from '../../../../shared/commands/registry';
import { commandById, enabledMenuCommands, type CommandContext } from '../commands';

/** Edits and selection come in bursts (typing, dragging); the menu needs only the last state. */
export const MENU_STATE_DELAY_MS = 100;

export interface MenuStateReporter {
  /** Something the enabled states depend on may have changed: report, at most once a delay. */
  changed(): void;
  /** Reports nothing enabled at once and stops (the editor is going away). */
  stop(): void;
}

/**
 * Reports `compute()` through `send` now and after changes, at most once per `delayMs`, and
 * only when it differs from the last report.
 */
export function createMenuStateReporter(
  compute: () => readonly EditorMenuCommandId[],
  send: (ids: readonly EditorMenuCommandId[]) => void,
  delayMs = MENU_STATE_DELAY_MS,
): MenuStateReporter {
  let last: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = (ids: readonly EditorMenuCommandId[]) => {
    const key = ids.join(' ');
    if (key === last) return;
    last = key;
    send(ids);
  };
  report(compute());
  return {
    changed() {
      timer ??= setTimeout(() => {
        timer = undefined;
        report(compute());
      }, delayMs);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      report([]);
    },
  };
}

/**
 * Joins the editor to the desktop menu: a clicked menu command runs the registry command of
 * the same id (if it is enabled now), and the menu's items are kept enabled as the registry
 * says. Does nothing in browser mode, where there is no desktop menu.
 */
export function useDesktopMenu(ctx: CommandContext): void {
  useEffect(
    () =>
      window.wayline?.onMenuCommand((id) => {
        if (!isEditorCommandId(id)) return; // The app runs its own (new, open, close).
        const command = commandById(id);
        if (command.enabled(ctx)) command.run(ctx);
      }),
    [ctx],
  );

  useEffect(() => {
    const bridge = window.wayline;
    if (!bridge) return;
    const reporter = createMenuStateReporter(
      () => enabledMenuCommands(ctx),
      (ids) => bridge.reportEnabledCommands(ids),
    );
    const unsubscribe = [
      ctx.store.subscribe(reporter.changed),
      ctx.panels?.subscribe(reporter.changed),
    ];
    return () => {
      for (const stop of unsubscribe) stop?.();
      reporter.stop();
    };
  }, [ctx]);
}
