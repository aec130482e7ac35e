import type {
  BooleanField,
  ChoiceField,
  NumberField,
  OptionField,
  OptionFields,
} from '../../../../shared/export/formatOptions';

/** An option's value as the dialog holds it. */
export type OptionValue = string | number | boolean;

interface Props {
  /** The chosen format's fields (shared/export/formats.ts), drawn in their order. */
  fields: OptionFields;
  values: Readonly<Record<string, OptionValue>>;
  onChange: (key: string, value: OptionValue) => void;
}

interface FieldProps<F extends OptionField> {
  name: string;
  field: F;
  value: OptionValue | undefined;
  onChange: (value: OptionValue) => void;
}

/** Many choices are a list; a few are radio buttons, all in view. */
const MAX_RADIOS = 3;

function Choice({ name, field, value, onChange }: FieldProps<ChoiceField>) {
  if (field.choices.length > MAX_RADIOS) {
    return (
      <label className="field">
        <span className="field-label">{field.label}</span>
        <select
          value={String(value)}
          title={field.help}
          onChange={(e) => {
            const picked = field.choices.find((c) => String(c.value) === e.target.value);
            if (picked) onChange(picked.value);
          }}
        >
          {field.choices.map((c) => (
            <option key={String(c.value)} value={String(c.value)}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <fieldset className="export-choice" title={field.help}>
      <legend>{field.label}</legend>
      {field.choices.map((c) => (
        <Checkable
          key={String(c.value)}
          type="radio"
          name={`export-${name}`}
          checked={value === c.value}
          onCheck={() => onChange(c.value)}
          text={c.label}
        />
      ))}
    </fieldset>
  );
}

function Toggle({ field, value, onChange }: FieldProps<BooleanField>) {
  return (
    <fieldset className="export-choice">
      <legend>{field.label}</legend>
      <Checkable type="checkbox" checked={value === true} onCheck={onChange} text={field.help} />
    </fieldset>
  );
}

/** A radio button or a checkbox inside its label; `onCheck` gets whether it is now checked. */
function Checkable(props: {
  type: 'radio' | 'checkbox';
  name?: string;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  text: string;
}) {
  return (
    <label>
      <input
        type={props.type}
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onCheck(e.target.checked)}
      />
      {props.text}
    </label>
  );
}

function NumberInput({ field, value, onChange }: FieldProps<NumberField>) {
  return (
    <label className="field">
      <span className="field-label">{field.label}</span>
      <input
        type="number"
        min={field.min}
        max={field.max}
        step={field.integer ? 1 : 'any'}
        title={field.help}
        value={typeof value === 'number' ? value : field.default}
        onChange={(e) => {
          // A half-typed number stays in the box; the value changes once it is a number.
          if (e.target.value !== '' && Number.isFinite(e.target.valueAsNumber)) {
            onChange(e.target.valueAsNumber);
          }
        }}
      />
    </label>
  );
}

/** The chosen format's options, drawn from its declaration; a format without any says so. */
export function ExportOptionsFields({ fields, values, onChange }: Props) {
  const entries = Object.entries(fields);
  if (entries.length === 0) return <p className="inspector-note">No options for this format.</p>;
  return (
    <>
      {entries.map(([key, field]) => {
        const props = {
          name: key,
          value: values[key],
          onChange: (v: OptionValue) => onChange(key, v),
        };
        if (field.kind === 'choice') return <Choice key={key} field={field} {...props} />;
        if (field.kind === 'boolean') return <Toggle key={key} field={field} {...props} />;
        return <NumberInput key={key} field={field} {...props} />;
      })}
    </>
  );
}
