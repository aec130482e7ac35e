import { useId, type ReactNode, type Ref } from 'react';
import { useLengthLimit } from './LengthNote';

/** Labelled form fields of the inspector: every control has its label tied to it. */

export interface TextProps {
  label: string;
  value: string;
  /** The field's limit, when its schema has one. */
  maxLength?: number;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
}

function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <span id={id} className="field-hint">
      {text}
    </span>
  ) : null;
}

/**
 * A label, the control it names, an optional hint and an optional error, both of which the
 * control is described by.
 */
export function LabelledField({
  label,
  hint,
  error,
  note,
  control,
}: {
  label: string;
  hint?: string;
  error?: string;
  /** Shown under the control, e.g. a length counter. */
  note?: ReactNode;
  control: (props: { id: string; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {control({ id, 'aria-describedby': describedBy || undefined })}
      <Hint id={`${id}-hint`} text={hint} />
      {note}
      {error && (
        <span id={`${id}-error`} className="field-error" role="status">
          {error}
        </span>
      )}
    </div>
  );
}

export function TextField({
  label,
  hint,
  onChange,
  inputRef,
  ...input
}: TextProps & { inputRef?: Ref<HTMLInputElement> }) {
  const limit = useLengthLimit(input.value, input.maxLength);
  return (
    <LabelledField
      label={label}
      hint={hint}
      note={limit.note}
      control={(labelled) => (
        <input
          {...labelled}
          {...input}
          ref={inputRef}
          onChange={(e) => onChange(e.target.value)}
          onPaste={limit.onPaste}
          onKeyDown={limit.onKeyDown}
        />
      )}
    />
  );
}

/**
 * A multi-line field. With `singleLine`, Enter leaves the field (as for a card title, which
 * wraps but holds no line breaks) and Shift+Enter is ignored too.
 */
export function TextAreaField({
  label,
  hint,
  onChange,
  rows = 3,
  singleLine = false,
  inputRef,
  ...input
}: TextProps & { rows?: number; singleLine?: boolean; inputRef?: Ref<HTMLTextAreaElement> }) {
  const limit = useLengthLimit(input.value, input.maxLength);
  return (
    <LabelledField
      label={label}
      hint={hint}
      note={limit.note}
      control={(labelled) => (
        <textarea
          {...labelled}
          {...input}
          ref={inputRef}
          rows={rows}
          className={singleLine ? 'title-input' : undefined}
          onChange={(e) =>
            onChange(singleLine ? e.target.value.replace(/\n/g, ' ') : e.target.value)
          }
          onPaste={limit.onPaste}
          onKeyDown={(e) => {
            limit.onKeyDown(e);
            if (singleLine && e.key === 'Enter') {
              e.preventDefault();
              e.currentTarget.blur();
            }
          }}
        />
      )}
    />
  );
}

/** An on/off switch; `mixed` when several cards disagree. */
export function ToggleField({
  label,
  checked,
  onChange,
  hint,
  mixed = false,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  mixed?: boolean;
}) {
  const id = useId();
  return (
    <div className="toggle-field">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="toggle"
        checked={checked}
        aria-checked={mixed ? 'mixed' : checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <Hint id={`${id}-hint`} text={hint} />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export function SelectField({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A field whose control is a group of its own (emotion faces, effort scale, swatches); `aside`
 * sits beside the label (where a rating came from).
 */
export function GroupField({
  label,
  aside,
  children,
}: {
  label: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <span className="field-label-row">
        <span className="field-label" aria-hidden="true">
          {label}
        </span>
        {aside}
      </span>
      {children}
    </div>
  );
}

export function InspectorHeading({ kicker, title }: { kicker?: string; title: string }) {
  return (
    <header className="inspector-heading">
      {kicker && <span className="inspector-kicker">{kicker}</span>}
      <h2 className="inspector-title">{title}</h2>
    </header>
  );
}
