import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/model/schema';
import { addTag, removeTag } from '../../../../shared/model/tags';

/** Tags as chips: Enter (or a comma) adds what was typed, Backspace in the empty box removes the last. */
export function TagsField({
  tags,
  onChange,
}: {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const full = tags.length >= LIMITS.tags;

  const commit = () => {
    const next = addTag(tags, draft);
    if (next !== tags) onChange([...next]);
    setDraft('');
  };

  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        Tags
      </span>
      <div className="tags-box">
        {tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags on this card">
            {tags.map((tag, i) => (
              <li key={tag} className="tag-chip">
                <span>{tag}</span>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => onChange([...removeTag(tags, i)])}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          className="tag-input"
          aria-label="Add tag"
          aria-describedby={`${id}-hint`}
          value={draft}
          maxLength={LIMITS.tag}
          disabled={full}
          placeholder={full ? 'Tag limit reached' : 'Add a tag…'}
          onChange={(e) => setDraft(e.target.value.replace(/,/g, ''))}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
              e.preventDefault();
              onChange([...removeTag(tags, tags.length - 1)]);
            }
          }}
          onBlur={() => {
            if (draft.trim()) commit();
          }}
        />
      </div>
      <span id={`${id}-hint`} className="field-hint">
        Enter adds a tag; Backspace removes the last one. {tags.length} of {LIMITS.tags}.
      </span>
    </div>
  );
}
