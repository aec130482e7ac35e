import { useId, useRef, useState } from 'react';

const CUSTOM = '\u0000custom';
const MIXED = '\u0000mixed';

export interface WordListProps {
  label: string;
  /** The list's words; anything else is typed in the custom box. */
  words: readonly string[];
  /** What the list calls no value: "No channel". */
  none: string;
  /** The custom box's name and example. */
  customLabel: string;
  customPlaceholder: string;
  maxLength: number;
  hint?: string;
  /** null: the selected cards disagree. */
  value: string | null;
  /** `typing` is true for keystrokes in the custom box, so they fold into one undo step. */
  onChange: (value: string, typing: boolean) => void;
}

/** Words in a list, and "Custom…" for any other: a channel, a feeling in words. */
export function WordListField(props: WordListProps) {
  const { label, words, value, onChange } = props;
  const id = useId();
  const customRef = useRef<HTMLInputElement>(null);
  const isCustomValue = value !== null && value !== '' && !words.includes(value);
  const [customMode, setCustomMode] = useState(isCustomValue);
  const showCustom = customMode || isCustomValue;
  const selected = showCustom ? CUSTOM : value === null ? MIXED : value;

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={selected}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const next = e.target.value;
          if (next === CUSTOM) {
            setCustomMode(true);
            // Wait for the box to render before moving focus into it.
            requestAnimationFrame(() => customRef.current?.focus());
            return;
          }
          setCustomMode(false);
          onChange(next, false);
        }}
      >
        {value === null && (
          <option value={MIXED} disabled>
            Mixed
          </option>
        )}
        <option value="">{props.none}</option>
        {words.map((w) => (
          <option key={w} value={w}>
            {w}
          </option>
        ))}
        <option value={CUSTOM}>Custom…</option>
      </select>
      {showCustom && (
        <input
          ref={customRef}
          aria-label={props.customLabel}
          placeholder={props.customPlaceholder}
          maxLength={props.maxLength}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value, true)}
        />
      )}
      {props.hint && (
        <span id={`${id}-hint`} className="field-hint">
          {props.hint}
        </span>
      )}
    </div>
  );
}
