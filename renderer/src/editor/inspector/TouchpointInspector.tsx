import { useRef } from 'react';
import { LIMITS } from '../../../../shared/model/schema';
import type { Touchpoint } from '../../../../shared/model/types';
import { EffortPicker } from '../../components/EffortPicker';
import { EmotionPicker } from '../../components/EmotionPicker';
import { deleteSelection } from '../actions';
import { useDocumentStore } from '../documentContext';
import { CardPlacement } from './CardPlacement';
import { ChannelField } from './ChannelField';
import { patchCards } from './edits';
import { GroupField, InspectorHeading, TextAreaField, TextField, ToggleField } from './fields';
import { TagsField } from './TagsField';
import { useFocusRequest } from './useFocusRequest';

/** A card of a touchpoints lane: every field of the model means something here. */
export function TouchpointInspector({ card }: { card: Touchpoint }) {
  const store = useDocumentStore();
  const titleRef = useRef<HTMLTextAreaElement>(null);
  useFocusRequest(card.id, 'title', titleRef);
  const id = card.id;
  // Keystrokes in one field of one card fold into one undo step.
  const type = (field: keyof Touchpoint) => (value: string) =>
    patchCards(store, [id], { [field]: value }, `card-${field}:${id}`);
  const set = (patch: Parameters<typeof patchCards>[2]) => patchCards(store, [id], patch);

  return (
    <section className="inspector-section" aria-label="Touchpoint">
      <InspectorHeading title="Touchpoint" />
      <TextAreaField
        label="Title"
        inputRef={titleRef}
        rows={2}
        singleLine
        maxLength={LIMITS.title}
        value={card.title}
        placeholder="What happens, e.g. “Compares prices”"
        onChange={type('title')}
      />
      <TextAreaField
        label="Description"
        maxLength={LIMITS.text}
        value={card.description}
        placeholder="What the customer does or sees here"
        onChange={type('description')}
      />
      <ChannelField
        value={card.channel}
        onChange={(channel, typing) =>
          patchCards(store, [id], { channel }, typing ? `card-channel:${id}` : undefined)
        }
      />
      <GroupField label="Emotion">
        <EmotionPicker value={card.emotion} onChange={(emotion) => set({ emotion })} />
      </GroupField>
      <GroupField label="Effort">
        <EffortPicker value={card.effort} onChange={(effort) => set({ effort })} />
      </GroupField>
      <ToggleField
        label="Moment of truth"
        hint="A moment that decides whether the customer stays."
        checked={card.momentOfTruth}
        onChange={(momentOfTruth) => set({ momentOfTruth })}
      />
      <TextField
        label="Owner / department"
        maxLength={LIMITS.name}
        value={card.owner}
        placeholder="e.g. Customer service"
        onChange={type('owner')}
      />
      <TagsField tags={card.tags} onChange={(tags) => set({ tags })} />
      <TextAreaField
        label="Evidence"
        hint="Where this insight came from: interviews, analytics, support tickets."
        maxLength={LIMITS.text}
        value={card.evidence}
        placeholder="e.g. 7 of 10 interviewees mentioned it"
        onChange={type('evidence')}
      />
      <CardPlacement card={card} />
      <button type="button" className="danger-button" onClick={() => deleteSelection(store)}>
        Delete touchpoint
      </button>
    </section>
  );
}
