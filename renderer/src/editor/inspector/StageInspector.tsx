import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { getEntity, stagesOf } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import { addTouchpoint, deleteSelection } from '../actions';
import { useDocument, useDocumentStore } from '../documentContext';
import { ColorField } from './ColorField';
import { moveStageBy } from './edits';
import { InspectorHeading, TextAreaField, TextField } from './fields';
import { useFocusRequest } from './useFocusRequest';
import { DeleteWithUndo, MoveButtons } from './SiblingControls';
import { isTouchpointLane } from '../../../../shared/model/laneKinds';
import { countOf } from '../../../../shared/text/plural';

/** "2 touchpoints and 3 other cards": what a delete takes with it, in the map's words. */
function describeCards(touchpoints: number, all: number): string {
  const others = all - touchpoints;
  if (others === 0) return countOf(touchpoints, 'touchpoint');
  if (touchpoints === 0) return countOf(others, 'card');
  return `${countOf(touchpoints, 'touchpoint')} and ${countOf(others, 'other card')}`;
}

export function StageInspector({ id }: { id: string }) {
  const store = useDocumentStore();
  const stage = useDocument((s) => getEntity(s.doc, 'stages', id));
  const order = useDocument(
    useShallow((s) => stagesOf(s.doc, stage?.journeyId ?? '').map((x) => x.id)),
  );
  // Counted only when the cards change, not on every store update.
  const touchpoints = useDocument((s) => s.doc.touchpoints);
  const lanes = useDocument((s) => s.doc.lanes);
  const { count, cardsLabel } = useMemo(() => {
    const cards = Object.values(touchpoints).filter((t) => t.stageId === id);
    const inTouchpointLanes = cards.filter((t) => isTouchpointLane(lanes[t.laneId]?.kind)).length;
    return { count: cards.length, cardsLabel: describeCards(inTouchpointLanes, cards.length) };
  }, [touchpoints, lanes, id]);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusRequest(id, 'name', nameRef);

  if (!stage) return null;
  const dispatch = store.getState().dispatch;
  const index = order.indexOf(id);
  const update = (
    patch: { name?: string; color?: string; description?: string; notes?: string },
    key?: string,
  ) => dispatch({ type: 'updateStage', id, patch }, { mergeKey: key && `stage-${key}:${id}` });

  return (
    <section className="inspector-section" aria-label="Stage">
      <InspectorHeading title="Stage" />
      <TextField
        label="Name"
        inputRef={nameRef}
        value={stage.name}
        maxLength={LIMITS.name}
        onChange={(name) => update({ name }, 'name')}
      />
      <ColorField
        value={stage.color}
        onPick={(color) => update({ color })}
        onCustom={(color) => update({ color }, 'color')}
      />
      <TextAreaField
        label="Customer goal"
        hint="What the customer wants to achieve in this stage."
        value={stage.description}
        maxLength={LIMITS.text}
        placeholder="e.g. Find a hotel near the client, inside policy"
        onChange={(description) => update({ description }, 'description')}
      />
      <TextAreaField
        label="Speaker notes"
        hint="For the presenter view and the PowerPoint deck; the audience never sees them."
        value={stage.notes}
        maxLength={LIMITS.text}
        rows={4}
        placeholder="e.g. Ask the room who has booked a trip this month"
        onChange={(notes) => update({ notes }, 'notes')}
      />
      <MoveButtons
        group="Stage order"
        index={index}
        count={order.length}
        back="← Move left"
        forward="Move right →"
        onMove={(by) => moveStageBy(store, id, by)}
      />
      <p className="inspector-note">
        Stage {index + 1} of {order.length}, {cardsLabel}.
      </p>
      <button type="button" className="secondary-button" onClick={() => addTouchpoint(store, id)}>
        + Add touchpoint
      </button>
      <DeleteWithUndo
        noun="stage"
        cards={cardsLabel}
        count={count}
        onDelete={() => deleteSelection(store)}
      />
    </section>
  );
}
