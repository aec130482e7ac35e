import { useMemo } from 'react';
import { sourceDeletionNote, sourceUse } from '../../../../shared/model/evidence';
import { SOURCE_KINDS } from '../../../../shared/model/evidenceEntities';
import { LIMITS } from '../../../../shared/model/fields';
import type { Source } from '../../../../shared/model/types';
import type { SingleOp } from '../../../../shared/ops/schema';
import { countOf } from '../../../../shared/text/plural';
import { useDocument, useDocumentStore, useReadOnly } from '../documentContext';
import { SelectField, TextAreaField, TextField } from '../inspector/fields';
import { DateField } from '../inspector/ScoreFields';
import { deleteSource, type SourceKind } from './evidenceActions';

type SourcePatch = Extract<SingleOp, { type: 'updateSource' }>['patch'];

const DATE_SPEC = {
  label: 'Date',
  control: 'date',
  hint: 'When the research took place.',
} as const;

/** One source's fields, what it backs, and Delete with what deleting it changes. */
export function SourceEditor({ source, onGoToCard }: { source: Source; onGoToCard(): void }) {
  const store = useDocumentStore();
  const readOnly = useReadOnly();
  const doc = useDocument((s) => s.doc);
  const use = useMemo(() => sourceUse(doc, source.id), [doc, source.id]);
  const { id } = source;
  const update = (patch: SourcePatch, typing = false) =>
    store
      .getState()
      .dispatch(
        { type: 'updateSource', id, patch },
        typing ? { mergeKey: `source-${Object.keys(patch)[0]}:${id}` } : undefined,
      );
  const goTo = (cardId: string, journeyId: string) => {
    const state = store.getState();
    if (state.journeyId !== journeyId) state.setJourney(journeyId);
    store.getState().select({ kind: 'touchpoint', ids: [cardId] });
    onGoToCard();
  };
  const note = sourceDeletionNote(use);
  return (
    <fieldset className="source-editor" disabled={readOnly} aria-label={`Source ${source.name}`}>
      <TextField
        label="Name"
        maxLength={LIMITS.name}
        value={source.name}
        onChange={(name) => update({ name }, true)}
      />
      <SelectField
        label="Kind"
        value={source.kind}
        options={SOURCE_KINDS.map((k) => ({ value: k.value, label: k.word }))}
        onChange={(kind) => update({ kind: kind as SourceKind })}
      />
      <DateField spec={DATE_SPEC} value={source.date} onChange={(date) => update({ date })} />
      <TextAreaField
        label="Note"
        rows={3}
        maxLength={LIMITS.text}
        placeholder="Who took part, how it was run, where the raw material is"
        value={source.note}
        onChange={(n) => update({ note: n }, true)}
      />
      <div className="field" role="group" aria-label="Cards that cite or quote it">
        <span className="field-label">
          Cards that cite or quote it ({countOf(use.citations.length, 'citation')},{' '}
          {countOf(use.quotes.length, 'quote')})
        </span>
        {use.cards.length === 0 ? (
          <span className="field-hint">None yet: cite it from a card&apos;s inspector.</span>
        ) : (
          <ul className="linked-cards source-cards">
            {use.cards.map((card) => (
              <li key={card.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => goTo(card.id, card.journeyId)}
                >
                  {card.title.trim() || 'Untitled card'}
                </button>
                <span className="field-hint">{doc.journeys[card.journeyId]?.name}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="danger-button" onClick={() => deleteSource(store, id)}>
        Delete source
      </button>
      <p className="field-hint" data-testid="source-delete-note">
        {note || 'Nothing cites or quotes it. Undo brings it back.'}
      </p>
    </fieldset>
  );
}
