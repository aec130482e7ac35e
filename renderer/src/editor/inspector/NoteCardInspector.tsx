import { useRef } from 'react';
import { LANE_CARD_NOUNS } from '../../../../shared/model/laneKinds';
import { LIMITS } from '../../../../shared/model/schema';
import type { LaneKind, Touchpoint } from '../../../../shared/model/types';
import { deleteSelection } from '../actions';
import { useDocumentStore } from '../documentContext';
import { CardPlacement } from './CardPlacement';
import { patchCards } from './edits';
import { InspectorHeading, TextAreaField } from './fields';
import { useFocusRequest } from './useFocusRequest';

/**
 * A card of any lane but the touchpoints: a title and a text (kept in `description`). Its other
 * fields stay as they are, so moving it back to a touchpoints lane loses nothing.
 */
export function NoteCardInspector({ card, kind }: { card: Touchpoint; kind: LaneKind }) {
  const store = useDocumentStore();
  const titleRef = useRef<HTMLTextAreaElement>(null);
  useFocusRequest(card.id, 'title', titleRef);
  const label = LANE_CARD_NOUNS[kind];
  const id = card.id;
  return (
    <section className="inspector-section" aria-label={label}>
      <InspectorHeading title={label} />
      <TextAreaField
        label="Title"
        inputRef={titleRef}
        rows={2}
        singleLine
        maxLength={LIMITS.title}
        value={card.title}
        onChange={(title) => patchCards(store, [id], { title }, `card-title:${id}`)}
      />
      <TextAreaField
        label="Text"
        rows={5}
        maxLength={LIMITS.text}
        value={card.description}
        onChange={(description) =>
          patchCards(store, [id], { description }, `card-description:${id}`)
        }
      />
      <CardPlacement card={card} />
      <button type="button" className="danger-button" onClick={() => deleteSelection(store)}>
        Delete {label.toLowerCase()}
      </button>
    </section>
  );
}
