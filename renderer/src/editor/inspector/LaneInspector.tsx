import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { getEntity, lanesOf } from '../../../../shared/model/doc';
import { LANE_KIND_LABELS } from '../../../../shared/model/factories';
import { LIMITS } from '../../../../shared/model/schema';
import { deleteSelection } from '../actions';
import { useDocument, useDocumentStore } from '../documentContext';
import { AddLaneForm } from './AddLaneForm';
import { moveLaneBy } from './edits';
import { InspectorHeading, TextField, ToggleField } from './fields';
import { DeleteWithUndo, MoveButtons } from './SiblingControls';
import { drawsCurve, showsMetrics } from '../../../../shared/model/laneKinds';
import { countOf } from '../../../../shared/text/plural';

export function LaneInspector({ id }: { id: string }) {
  const store = useDocumentStore();
  const lane = useDocument((s) => getEntity(s.doc, 'lanes', id));
  const order = useDocument(
    useShallow((s) => lanesOf(s.doc, lane?.journeyId ?? '').map((l) => l.id)),
  );
  const touchpoints = useDocument((s) => s.doc.touchpoints);
  const count = useMemo(
    () => Object.values(touchpoints).filter((t) => t.laneId === id).length,
    [touchpoints, id],
  );

  if (!lane) return null;
  const dispatch = store.getState().dispatch;
  const index = order.indexOf(id);
  const cards = countOf(count, 'card');

  return (
    <>
      <section className="inspector-section" aria-label="Lane">
        <InspectorHeading title="Lane" />
        <p className="lane-kind">
          <span className="field-label">Kind</span> {LANE_KIND_LABELS[lane.kind]}
        </p>
        <TextField
          label="Name"
          value={lane.name}
          maxLength={LIMITS.name}
          onChange={(name) =>
            dispatch({ type: 'updateLane', id, patch: { name } }, { mergeKey: `lane-name:${id}` })
          }
        />
        <ToggleField
          label="Collapsed"
          hint="A collapsed lane shows only its name and how many cards it holds."
          checked={lane.collapsed}
          onChange={(collapsed) => dispatch({ type: 'updateLane', id, patch: { collapsed } })}
        />
        <ToggleField
          label="Hidden"
          hint="Hidden lanes are left off the map and its exports; nothing is deleted."
          checked={lane.hidden}
          onChange={(hidden) => dispatch({ type: 'updateLane', id, patch: { hidden } })}
        />
        <MoveButtons
          group="Lane order"
          index={index}
          count={order.length}
          back="↑ Move up"
          forward="↓ Move down"
          onMove={(by) => moveLaneBy(store, id, by)}
        />
        <p className="inspector-note">
          Lane {index + 1} of {order.length}
          {drawsCurve(lane.kind)
            ? ', drawn from the touchpoints’ emotions.'
            : showsMetrics(lane.kind)
              ? ', each stage’s survey metrics (its cards’ answers pooled).'
              : `, ${cards}.`}
        </p>
        <DeleteWithUndo
          noun="lane"
          cards={cards}
          count={count}
          onDelete={() => deleteSelection(store)}
        />
      </section>
      <section className="inspector-section separated">
        <AddLaneForm afterId={id} />
      </section>
    </>
  );
}
