import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { useDocument } from '../documentContext';
import { usePanels } from '../palette/commandContext';
import { TableView } from './TableView';

/** The journey as a map or as a table (Map | Table in the toolbar, or the palette). */
export function JourneyView() {
  const view = usePanels((s) => s.view);
  const journeyId = useDocument((s) => s.journeyId);
  // Keyed by journey: another journey's table starts unsorted, unfiltered, on its first card.
  return view === 'table' ? <TableView key={journeyId} /> : <JourneyCanvas />;
}
