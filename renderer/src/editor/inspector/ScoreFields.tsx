import { useState } from 'react';
import type { InspectorSpec } from '../../../../shared/model/entityKit';
import { isCalendarDay } from '../../../../shared/model/opportunityScales';
import { LabelledField, SelectField } from './fields';

/** Inspector controls for a pain point's and an opportunity's scores, dates and counts. */

const NOT_SET = '';

/** One of the declared choices, each with its word; "Not set" too when the field may be empty. */
export function ChoiceField({
  spec,
  value,
  nullable,
  onChange,
}: {
  spec: InspectorSpec;
  value: unknown;
  nullable: boolean;
  onChange: (value: string | number | null) => void;
}) {
  const choices = spec.choices ?? [];
  const options = [
    ...(nullable ? [{ value: NOT_SET, label: 'Not set' }] : []),
    ...choices.map((c) => ({
      value: String(c.value),
      label: typeof c.value === 'number' && c.value <= 5 ? `${c.value} · ${c.word}` : c.word,
    })),
  ];
  return (
    <SelectField
      label={spec.label}
      value={value === null || value === undefined ? NOT_SET : String(value)}
      options={options}
      onChange={(picked) =>
        onChange(
          picked === NOT_SET
            ? null
            : (choices.find((c) => String(c.value) === picked)?.value ?? null),
        )
      }
    />
  );
}

/** A whole number of at least 0; cleared, it is not set. What is not a number is not saved. */
export function CountField({
  spec,
  value,
  onChange,
}: {
  spec: InspectorSpec;
  value: unknown;
  onChange: (value: number | null) => void;
}) {
  const stored = typeof value === 'number' ? String(value) : '';
  const [draft, setDraft] = useState(stored);
  const [saved, setSaved] = useState(stored);
  if (stored !== saved) {
    setSaved(stored);
    setDraft(stored);
  }
  const text = draft.trim();
  const valid = text === '' || /^\d{1,10}$/.test(text);
  return (
    <LabelledField
      label={spec.label}
      hint={spec.hint}
      error={valid ? undefined : 'Not saved: a whole number, such as 1200.'}
      control={(labelled) => (
        <input
          {...labelled}
          type="text"
          inputMode="numeric"
          value={draft}
          aria-invalid={!valid}
          onChange={(e) => {
            const next = e.target.value.trim();
            setDraft(e.target.value);
            if (next === '') onChange(null);
            else if (/^\d{1,10}$/.test(next) && Number(next) <= 1_000_000_000) {
              onChange(Number(next));
            }
          }}
        />
      )}
    />
  );
}

/** A calendar day, or none. */
export function DateField({
  spec,
  value,
  onChange,
}: {
  spec: InspectorSpec;
  value: unknown;
  onChange: (value: string) => void;
}) {
  return (
    <LabelledField
      label={spec.label}
      hint={spec.hint}
      control={(labelled) => (
        <input
          {...labelled}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => {
            const next = e.target.value;
            if (next === '' || isCalendarDay(next)) onChange(next);
          }}
        />
      )}
    />
  );
}
