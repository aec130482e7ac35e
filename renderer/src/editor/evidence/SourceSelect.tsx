import { useState } from 'react';
import { SOURCE_KINDS } from '../../../../shared/model/evidenceEntities';
import { LIMITS } from '../../../../shared/model/fields';
import type { Source } from '../../../../shared/model/types';
import { SelectField } from '../inspector/fields';
import type { SourceDraft, SourceKind } from './evidenceActions';

const NEW = '\u0000new';

export const kindWord = (kind: string): string =>
  SOURCE_KINDS.find((k) => k.value === kind)?.word ?? kind;

/** "Interviews, March (Interview)": a source as a picker lists it. */
export const sourceLabel = (s: Source): string =>
  `${s.name || 'Unnamed source'} (${kindWord(s.kind)})`;

/**
 * A picker of the project's sources with "New source…" at the end, which asks for a name and a
 * kind in place; `onCreate` then makes it (and uses it) in one step.
 */
export function SourceSelect({
  label,
  value,
  sources,
  empty,
  onChange,
  onCreate,
}: {
  label: string;
  value: string | null;
  sources: readonly Source[];
  /** The first option: "No source", or "Choose…" where picking nothing does nothing. */
  empty: string;
  onChange(sourceId: string | null): void;
  onCreate(draft: SourceDraft): void;
}) {
  const [creating, setCreating] = useState(false);
  if (creating) {
    return (
      <NewSourceForm
        onCreate={(draft) => {
          setCreating(false);
          onCreate(draft);
        }}
        onCancel={() => setCreating(false)}
      />
    );
  }
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      options={[
        { value: '', label: empty },
        ...sources.map((s) => ({ value: s.id, label: sourceLabel(s) })),
        { value: NEW, label: 'New source…' },
      ]}
      onChange={(v) => {
        if (v === NEW) setCreating(true);
        else onChange(v === '' ? null : v);
      }}
    />
  );
}

/** A name and a kind; Enter or "Add source" makes it, Escape or Cancel leaves. */
export function NewSourceForm({
  onCreate,
  onCancel,
}: {
  onCreate(draft: SourceDraft): void;
  onCancel(): void;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SourceKind>('interview');
  const ready = name.trim() !== '';
  const submit = () => {
    if (ready) onCreate({ name, kind });
  };
  return (
    <div
      className="new-source"
      role="group"
      aria-label="New research source"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="field">
        <span className="field-label">Source name</span>
        <input
          autoFocus
          value={name}
          maxLength={LIMITS.name}
          placeholder="Guest interviews, March"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
        />
      </label>
      <SelectField
        label="Kind"
        value={kind}
        options={SOURCE_KINDS.map((k) => ({ value: k.value, label: k.word }))}
        onChange={(v) => setKind(v as SourceKind)}
      />
      <div className="evidence-buttons">
        <button type="button" className="secondary-button" disabled={!ready} onClick={submit}>
          Add source
        </button>
        <button type="button" className="toolbar-text-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
