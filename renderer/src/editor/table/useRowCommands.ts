import { useEffect, useLayoutEffect, useRef } from 'react';
import type { PanelStore, TableRowCommands } from '../palette/panelStore';

/**
 * Lends the shown table's row commands to the command registry (commands.ts reads them from the
 * panels) while the table is on screen, so the shortcut, the palette, the desktop menu and the
 * toolbar run the same two functions. The store changes only when what is possible changes.
 */
export function useRowCommands(panels: PanelStore | undefined, commands: TableRowCommands): void {
  const latest = useRef(commands);
  useLayoutEffect(() => {
    latest.current = commands;
  });
  const { canAddRow, canDeleteRow } = commands;
  useEffect(() => {
    panels?.getState().setTable({
      canAddRow,
      canDeleteRow,
      addRow: () => latest.current.addRow(),
      deleteRow: () => latest.current.deleteRow(),
    });
  }, [panels, canAddRow, canDeleteRow]);
  useEffect(() => () => panels?.getState().setTable(null), [panels]);
}
