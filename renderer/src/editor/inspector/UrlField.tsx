import { useState } from 'react';
import { isSafeExternalUrl } from '../../../../shared/text/externalUrl';
import { LabelledField, type TextProps } from './fields';

/**
 * An address field: what is typed is kept here until it is a link Wayline may open (https, or
 * mailto) or empty, and only then saved, so a half-typed address never reaches the file; until
 * then the field says it is not saved.
 */
export function UrlField({
  label,
  hint,
  value,
  onChange,
  accepts = isSafeExternalUrl,
  refusal = 'Not saved: a link is a full https:// address (or mailto:).',
  ...input
}: TextProps & {
  /** What may be saved besides nothing; a link Wayline may open, unless told otherwise. */
  accepts?: (text: string) => boolean;
  refusal?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  // An undo or another edit changes the stored value: show it rather than an old draft.
  if (value !== saved) {
    setSaved(value);
    setDraft(value);
  }
  const valid = draft.trim() === '' || accepts(draft.trim());
  return (
    <LabelledField
      label={label}
      hint={hint}
      error={valid ? undefined : refusal}
      control={(labelled) => (
        <input
          {...labelled}
          {...input}
          type={accepts === isSafeExternalUrl ? 'url' : 'text'}
          inputMode="url"
          value={draft}
          aria-invalid={!valid}
          onChange={(e) => {
            const next = e.target.value.trim();
            setDraft(e.target.value);
            if (next === '' || accepts(next)) {
              setSaved(next);
              onChange(next);
            }
          }}
        />
      )}
    />
  );
}
