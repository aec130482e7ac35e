import { memo, useCallback, useRef, type RefObject } from 'react';
import {
  inspectorFieldsOf,
  TOUCHPOINT,
  type InspectorField,
} from '../../../../shared/model/entities';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import type { LaneKind, Touchpoint } from '../../../../shared/model/types';
import { EffortPicker } from '../../components/EffortPicker';
import { EmotionPicker } from '../../components/EmotionPicker';
import { useDocumentStore } from '../documentContext';
import { ChannelField } from './ChannelField';
import { patchCards } from './edits';
import { GroupField, TextAreaField, TextField, ToggleField } from './fields';
import { TagsField } from './TagsField';
import { UrlField } from './UrlField';
import { ChoiceField, CountField, DateField } from './ScoreFields';
import { isBacklogLink } from '../../../../shared/model/opportunityScales';
import { useFocusRequest } from './useFocusRequest';
import type { DataRating } from '../../../../shared/model/cxLayerFields';
import { FEELING_WORDS } from '../../../../shared/model/feelingWords';
import { isNeedsMet } from '../../../../shared/model/needsMet';
import { LIMITS } from '../../../../shared/model/schema';
import { NeedsMetPicker } from '../../components/NeedsMetPicker';
import { RatingSource } from '../../components/RatingSource';
import { WordListField } from './WordListField';

const FIELDS_BY_KIND = new Map<LaneKind, InspectorField[]>();

/** The form of a card of one lane kind, worked out once per kind. */
function fieldsOf(kind: LaneKind): InspectorField[] {
  let fields = FIELDS_BY_KIND.get(kind);
  if (!fields) {
    fields = inspectorFieldsOf(TOUCHPOINT, { notes: !holdsTouchpoints(kind), laneKind: kind });
    FIELDS_BY_KIND.set(kind, fields);
  }
  return fields;
}

type CardPatch = Parameters<typeof patchCards>[2];

/**
 * A card's fields as the entity descriptor declares them (shared/model/entities.ts): a new
 * field with an `inspector` entry appears here with no change to this file.
 */
export function CardFields({ card, kind }: { card: Touchpoint; kind: LaneKind }) {
  const store = useDocumentStore();
  const titleRef = useRef<HTMLTextAreaElement>(null);
  useFocusRequest(card.id, 'title', titleRef);
  const id = card.id;
  // The patch's field comes from the descriptor at run time; dispatch validates it. The same
  // function on every render, so a keystroke renders only the field whose value changed.
  const save = useCallback(
    (name: string, value: unknown, typing = false) =>
      patchCards(
        store,
        [id],
        { [name]: value } as CardPatch,
        typing ? `card-${name}:${id}` : undefined,
      ),
    [store, id],
  );
  return fieldsOf(kind).map((f) => (
    <FieldControl
      key={f.name}
      field={f}
      value={(card as Record<string, unknown>)[f.name]}
      fromData={card.fromData}
      save={save}
      titleRef={titleRef}
    />
  ));
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const scale = (v: unknown) => (typeof v === 'number' ? v : null);
const tagList = (v: unknown) =>
  Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];

/** "From data" or "Assumed" beside a rating that has a value. */
const sourceOf = (name: string, value: unknown, fromData: readonly DataRating[]) => (
  <RatingSource
    rated={value !== null && value !== undefined}
    fromData={fromData.includes(name as DataRating)}
  />
);

const FieldControl = memo(function FieldControl({
  field,
  value,
  fromData,
  save,
  titleRef,
}: {
  field: InspectorField;
  value: unknown;
  fromData: readonly DataRating[];
  save: (name: string, value: unknown, typing?: boolean) => void;
  titleRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const { name, spec, maxLength } = field;
  const common = { label: spec.label, placeholder: spec.placeholder, hint: spec.hint, maxLength };
  const type = (v: string) => save(name, v, true);
  switch (spec.control) {
    case 'title':
      return (
        <TextAreaField
          {...common}
          inputRef={titleRef}
          rows={2}
          singleLine
          value={text(value)}
          onChange={type}
        />
      );
    case 'text':
      return <TextAreaField {...common} rows={spec.rows} value={text(value)} onChange={type} />;
    case 'line':
      return <TextField {...common} value={text(value)} onChange={type} />;
    case 'url':
      return <UrlField {...common} value={text(value)} onChange={type} />;
    case 'channel':
      return <ChannelField value={text(value)} onChange={(v, typing) => save(name, v, typing)} />;
    case 'emotion':
      return (
        <GroupField label={spec.label} aside={sourceOf(name, value, fromData)}>
          <EmotionPicker value={scale(value)} onChange={(v) => save(name, v)} />
        </GroupField>
      );
    case 'effort':
      return (
        <GroupField label={spec.label} aside={sourceOf(name, value, fromData)}>
          <EffortPicker value={scale(value)} onChange={(v) => save(name, v)} />
        </GroupField>
      );
    case 'needsMet':
      return (
        <GroupField label={spec.label} aside={sourceOf(name, value, fromData)}>
          <NeedsMetPicker
            value={isNeedsMet(value) ? value : null}
            onChange={(v) => save(name, v)}
          />
          {spec.hint && <span className="field-hint">{spec.hint}</span>}
        </GroupField>
      );
    case 'feeling':
      return (
        <WordListField
          label={spec.label}
          words={FEELING_WORDS}
          none="No feeling in words"
          customLabel="Feeling in your own words"
          customPlaceholder={spec.placeholder ?? ''}
          maxLength={maxLength ?? LIMITS.name}
          hint={spec.hint}
          value={text(value)}
          onChange={(v, typing) => save(name, v, typing)}
        />
      );
    case 'flag':
      return (
        <ToggleField
          label={spec.label}
          hint={spec.hint}
          checked={value === true}
          onChange={(v) => save(name, v)}
        />
      );
    case 'tags':
      return <TagsField tags={tagList(value)} onChange={(v) => save(name, v)} />;
    case 'choice':
      return (
        <ChoiceField
          spec={spec}
          value={value}
          nullable={field.nullable === true}
          onChange={(v) => save(name, v)}
        />
      );
    case 'count':
      return <CountField spec={spec} value={value} onChange={(v) => save(name, v, true)} />;
    case 'date':
      return <DateField spec={spec} value={value} onChange={(v) => save(name, v)} />;
    case 'backlog':
      return (
        <UrlField
          {...common}
          value={text(value)}
          onChange={type}
          accepts={isBacklogLink}
          refusal="Not saved: a key such as ABC-123, or a full https:// address."
        />
      );
  }
});
