import { useShallow } from 'zustand/react/shallow';
import { getEntity } from '../../../../shared/model/doc';
import type { Touchpoint } from '../../../../shared/model/types';
import { EffortPicker } from '../../components/EffortPicker';
import { EmotionPicker } from '../../components/EmotionPicker';
import type { Rating } from '../../components/NotRatedChoice';
import { deleteSelection } from '../actions';
import { useDocument, useDocumentStore } from '../documentContext';
import type { Selection } from '../documentStore';
import { ChannelField } from './ChannelField';
import { NeedsMetPicker } from '../../components/NeedsMetPicker';
import { patchCards } from './edits';
import { GroupField, InspectorHeading, ToggleField } from './fields';
import { isTouchpointLane } from '../../../../shared/model/laneKinds';
import { countOf } from '../../../../shared/text/plural';

/** The value all cards share, or null when they differ. */
/** The rating every card shares (null: none is rated), or 'mixed' when they differ. */
function commonRating(
  cards: readonly Touchpoint[],
  pick: (t: Touchpoint) => number | null,
): Rating {
  const values = new Set(cards.map(pick));
  const [only] = values;
  return values.size === 1 && only !== undefined ? only : 'mixed';
}

function common<T>(cards: readonly Touchpoint[], pick: (t: Touchpoint) => T): T | null {
  const first = cards[0];
  if (!first) return null;
  const value = pick(first);
  return cards.every((t) => pick(t) === value) ? value : null;
}

/** Null when every card is not rated; 'mixed' when they disagree (`common` gave null). */
const mixedNeeds = (cards: readonly Touchpoint[]) =>
  cards.every((t) => t.needsMet === null) ? null : ('mixed' as const);

const NOUNS = { touchpoint: 'cards', stage: 'stages', lane: 'lanes', connection: 'connections' };

/** Several things selected: delete them together, and set a touchpoint's scales on all at once. */
export function MultiInspector({ selection }: { selection: NonNullable<Selection> }) {
  const store = useDocumentStore();
  const n = selection.ids.length;
  // Only cards of touchpoints lanes have emotion, effort, channel and moment of truth.
  const touchpoints = useDocument(
    useShallow((s) =>
      selection.kind !== 'touchpoint'
        ? []
        : selection.ids
            .map((id) => getEntity(s.doc, 'touchpoints', id))
            .filter(
              (t): t is Touchpoint =>
                t !== undefined && isTouchpointLane(getEntity(s.doc, 'lanes', t.laneId)?.kind),
            ),
    ),
  );
  const ids = touchpoints.map((t) => t.id);
  const apply = (patch: Parameters<typeof patchCards>[2], mergeKey?: string) =>
    patchCards(store, ids, patch, mergeKey);
  const momentOfTruth = common(touchpoints, (t) => t.momentOfTruth);

  return (
    <section className="inspector-section" aria-label="Selection">
      <InspectorHeading title={`${n} selected`} />
      {touchpoints.length > 0 && (
        <>
          <p className="inspector-note">
            {touchpoints.length === n
              ? `Changes here apply to all ${n} touchpoints.`
              : `Changes here apply to the ${countOf(touchpoints.length, 'touchpoint')} among them.`}
          </p>
          <GroupField label="Emotion">
            <EmotionPicker
              value={commonRating(touchpoints, (t) => t.emotion)}
              onChange={(emotion) => apply({ emotion })}
            />
          </GroupField>
          <GroupField label="Effort">
            <EffortPicker
              value={commonRating(touchpoints, (t) => t.effort)}
              onChange={(effort) => apply({ effort })}
            />
          </GroupField>
          <GroupField label="Need met">
            <NeedsMetPicker
              value={common(touchpoints, (t) => t.needsMet) ?? mixedNeeds(touchpoints)}
              onChange={(needsMet) => apply({ needsMet })}
            />
          </GroupField>
          <ChannelField
            key={ids.join()}
            value={common(touchpoints, (t) => t.channel)}
            onChange={(channel, typing) =>
              apply({ channel }, typing ? `bulk-channel:${ids.join()}` : undefined)
            }
          />
          <ToggleField
            label="Moment of truth"
            checked={momentOfTruth === true}
            mixed={momentOfTruth === null}
            onChange={(value) => apply({ momentOfTruth: value })}
          />
        </>
      )}
      <button type="button" className="danger-button" onClick={() => deleteSelection(store)}>
        Delete {n} {NOUNS[selection.kind]}
      </button>
      <p className="inspector-note subtle">Undo (Ctrl+Z) brings them back.</p>
    </section>
  );
}
