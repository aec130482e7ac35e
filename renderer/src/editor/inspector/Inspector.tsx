import './inspector.css';
import { useState } from 'react';
import { getEntity } from '../../../../shared/model/doc';
import { SELECTION_TABLES } from '../actions';
import { useDocument, useReadOnly } from '../documentContext';
import { CardInspector } from './CardInspector';
import { ConnectionInspector } from './ConnectionInspector';
import { JourneyOverview } from './JourneyOverview';
import { LaneInspector } from './LaneInspector';
import { MultiInspector } from './MultiInspector';
import { StageInspector } from './StageInspector';
import { PanelToggle } from '../../components/PanelToggle';

/** The panel for whatever is selected; with nothing selected, the journey's overview. */
export function Inspector() {
  const selection = useDocument((s) => s.selection);
  // An undo can remove what is selected: the overview shows then rather than an empty panel.
  const anyExists = useDocument((s) => {
    const sel = s.selection;
    return sel
      ? sel.ids.some((id) => getEntity(s.doc, SELECTION_TABLES[sel.kind], id) !== undefined)
      : false;
  });
  const only = selection?.ids.length === 1 ? selection.ids[0] : undefined;
  const readOnly = useReadOnly();
  const [collapsed, setCollapsed] = useState(false);
  // Asked to focus a field ("… more" on a card, a card just added): the panel opens for it.
  const focusRequest = useDocument((s) => s.focusRequest);
  const [seenRequest, setSeenRequest] = useState(focusRequest);
  if (focusRequest !== seenRequest) {
    setSeenRequest(focusRequest);
    if (focusRequest) setCollapsed(false);
  }
  if (collapsed) {
    return (
      <aside className="inspector collapsed" aria-label="Inspector">
        <PanelToggle
          noun="inspector"
          side="right"
          className="inspector-toggle"
          collapsed
          onToggle={() => setCollapsed(false)}
        />
      </aside>
    );
  }
  return (
    <aside className="inspector" aria-label="Inspector">
      <PanelToggle
        noun="inspector"
        side="right"
        className="inspector-toggle"
        collapsed={false}
        onToggle={() => setCollapsed(true)}
      />
      {/* A read-only project shows every field, and none of them takes an edit. */}
      <fieldset className="inspector-fields" disabled={readOnly}>
        {selection?.kind === 'touchpoint' && only && <CardInspector key={only} id={only} />}
        {selection?.kind === 'stage' && only && <StageInspector key={only} id={only} />}
        {selection?.kind === 'lane' && only && <LaneInspector key={only} id={only} />}
        {selection?.kind === 'connection' && only && <ConnectionInspector key={only} id={only} />}
        {selection && selection.ids.length > 1 && anyExists && (
          <MultiInspector selection={selection} />
        )}
        {!anyExists && <JourneyOverview />}
      </fieldset>
    </aside>
  );
}
