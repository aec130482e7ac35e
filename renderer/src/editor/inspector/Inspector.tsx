import { useDocument } from '../documentContext';
import { StageInspector } from './StageInspector';
import { TouchpointInspector } from './TouchpointInspector';

/** The panel for whatever is selected; with nothing selected, how to start. */
export function Inspector() {
  const selection = useDocument((s) => s.selection);
  const only = selection?.ids.length === 1 ? selection.ids[0] : undefined;
  return (
    <aside className="inspector" aria-label="Inspector">
      {selection?.kind === 'touchpoint' && only && <TouchpointInspector key={only} id={only} />}
      {selection?.kind === 'stage' && only && <StageInspector key={only} id={only} />}
      {selection && selection.ids.length > 1 && (
        <section className="inspector-section">
          <h2 className="inspector-title">{selection.ids.length} selected</h2>
          <p className="inspector-note">Press Delete to remove them.</p>
        </section>
      )}
      {!selection && (
        <section className="inspector-section">
          <h2 className="inspector-title">Journey</h2>
          <ul className="hints">
            <li>Double-click in a stage, or use its “+ Add” button, to add a touchpoint.</li>
            <li>Drag a touchpoint to move it to another stage or position.</li>
            <li>Select a touchpoint to set its emotion and effort.</li>
            <li>Double-click a stage name to rename it.</li>
            <li>Every change is saved to the project file as you make it.</li>
          </ul>
        </section>
      )}
    </aside>
  );
}
