import { getEntity } from '../../../../shared/model/doc';
import { LANE_CARD_NOUNS } from '../../../../shared/model/laneKinds';
import { deleteSelection } from '../actions';
import { useDocument, useDocumentStore } from '../documentContext';
import { CardFields } from './CardFields';
import { CardConnections } from './CardConnections';
import { CardLinksSection } from './CardLinksSection';
import { CardPlacement } from './CardPlacement';
import { CardEvidenceSection } from '../evidence/CardEvidenceSection';
import { InspectorHeading } from './fields';
import { AttachmentsSection } from '../media/AttachmentsSection';
import { SurveyMetricsSection } from '../survey/SurveyMetricsSection';

/**
 * A card's panel. A touchpoint shows every field; a note (pain point, opportunity...) only its
 * title and text, and keeps the others as they are, so moving it back to a touchpoints lane
 * loses nothing.
 */
export function CardInspector({ id }: { id: string }) {
  const store = useDocumentStore();
  const card = useDocument((s) => getEntity(s.doc, 'touchpoints', id));
  const kind = useDocument((s) =>
    card ? getEntity(s.doc, 'lanes', card.laneId)?.kind : undefined,
  );
  if (!card || !kind) return null;
  const label = LANE_CARD_NOUNS[kind];
  return (
    <section className="inspector-section" aria-label={label}>
      <InspectorHeading title={label} />
      {/* Keyed by kind: a card moved to another kind of lane gets a fresh form. */}
      <CardFields key={kind} card={card} kind={kind} />
      {kind === 'touchpoints' && <SurveyMetricsSection card={card} />}
      <CardLinksSection card={card} kind={kind} />
      <CardEvidenceSection card={card} />
      <AttachmentsSection cardId={card.id} />
      <CardPlacement
        id={card.id}
        journeyId={card.journeyId}
        stageId={card.stageId}
        laneId={card.laneId}
      />
      <CardConnections cardId={card.id} />
      <button type="button" className="danger-button" onClick={() => deleteSelection(store)}>
        Delete {label.toLowerCase()}
      </button>
    </section>
  );
}
