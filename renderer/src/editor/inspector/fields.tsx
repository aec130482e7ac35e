import { useId, type ReactNode, type Ref } from 'react';

/** Labelled form fields of the inspector: every control has its label tied to it. */

interface TextProps {
  label: string;
  value: string;
  maxLength: number;
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

export function TextField({
  label,
  value,
  maxLength,
  onChange,
  placeholder,
  hint,
  inputRef,
}: TextProps & { inputRef?: Ref<HTMLInputElement> }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <Hint id={`${id}-hint`} text={hint} />
    </div>
  );
}

/**
 * A multi-line field. With `singleLine`, Enter leaves the field (as for a card title, which
 * wraps but holds no line breaks) and Shift+Enter is ignored too.
 */
export function TextAreaField({
  label,
  value,
  maxLength,
  onChange,
  placeholder,
  hint,
  rows = 3,
  singleLine = false,
  inputRef,
}: TextProps & { rows?: number; singleLine?: boolean; inputRef?: Ref<HTMLTextAreaElement> }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={inputRef}
        rows={rows}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        className={singleLine ? 'title-input' : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(singleLine ? e.target.value.replace(/\n/g, ' ') : e.target.value)}
        onKeyDown={(e) => {
          if (singleLine && e.key === 'Enter') {
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
      />
      <Hint id={`${id}-hint`} text={hint} />
    </div>
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

/** A field whose control is a group of its own (emotion faces, effort scale, swatches). */
export function GroupField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <span className="field-label" aria-hidden="true">
        {label}
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
