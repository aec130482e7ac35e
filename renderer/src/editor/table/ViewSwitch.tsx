import './table.css';
import { useDocument } from '../documentContext';
import { usePanels } from '../palette/commandContext';
import type { JourneyView } from '../palette/panelStore';

const VIEWS: readonly { view: JourneyView; label: string }[] = [
  { view: 'map', label: 'Map' },
  { view: 'table', label: 'Table' },
];

/** Map | Table: two toggle buttons, the pressed one is the view shown. */
export function ViewSwitch() {
  const shown = usePanels((s) => s.view);
  const setView = usePanels((s) => s.setView);
  const hasJourney = useDocument((s) => s.journeyId !== '');
  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map(({ view, label }) => (
        <button
          key={view}
          type="button"
          className="view-switch-button"
          aria-pressed={shown === view}
          disabled={!hasJourney}
          onClick={() => setView(view)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
