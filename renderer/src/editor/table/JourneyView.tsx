import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { usePanels } from '../palette/commandContext';
import { TableView } from './TableView';

/** The journey as a map or as a table (Map | Table in the toolbar, or the palette). */
export function JourneyView() {
  const view = usePanels((s) => s.view);
  return view === 'table' ? <TableView /> : <JourneyCanvas />;
}
