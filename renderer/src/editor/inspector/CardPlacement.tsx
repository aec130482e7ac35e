import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { holdsCards } from '../../../../shared/model/laneKinds';
import { lanesOf, stagesOf } from '../../../../shared/model/doc';
import type { Touchpoint } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import { moveCardToCell } from './edits';
import { SelectField } from './fields';

type Placement = Pick<Touchpoint, 'id' | 'journeyId' | 'stageId' | 'laneId'>;

/**
 * Where a card sits: its stage and lane; choosing another moves it to the end of that cell.
 * Given only those fields, so typing in the card's title does not render it again.
 */
export const CardPlacement = memo(function CardPlacement(card: Placement) {
  const store = useDocumentStore();
  const stages = useDocument(useShallow((s) => stagesOf(s.doc, card.journeyId)));
  const lanes = useDocument(
    useShallow((s) => lanesOf(s.doc, card.journeyId).filter((l) => holdsCards(l.kind))),
  );
  return (
    <div className="field-row">
      <SelectField
        label="Stage"
        value={card.stageId}
        options={stages.map((s) => ({ value: s.id, label: s.name || 'Untitled stage' }))}
        onChange={(stageId) => moveCardToCell(store, card, stageId, card.laneId)}
      />
      <SelectField
        label="Lane"
        value={card.laneId}
        options={lanes.map((l) => ({
          value: l.id,
          label: `${l.name || 'Untitled lane'}${l.hidden ? ' (hidden)' : ''}`,
        }))}
        onChange={(laneId) => moveCardToCell(store, card, card.stageId, laneId)}
      />
    </div>
  );
});
