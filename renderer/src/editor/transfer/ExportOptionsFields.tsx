import {
  PAPER_SIZES,
  type ExportFormat,
  type ExportOptions,
} from '../../../../shared/export/formats';

interface Props {
  format: ExportFormat;
  options: ExportOptions;
  onChange: (patch: Partial<ExportOptions>) => void;
}

const PAPER_LABELS: Record<(typeof PAPER_SIZES)[number], string> = {
  a4: 'A4',
  a3: 'A3',
  letter: 'US Letter',
  tabloid: 'Tabloid (11 × 17 in)',
};

function Choice<T extends string | number>(props: {
  label: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="export-choice">
      <legend>{props.label}</legend>
      {props.choices.map((c) => (
        <label key={String(c.value)}>
          <input
            type="radio"
            name={props.label}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The options a format has; formats without any say so. */
export function ExportOptionsFields({ format, options, onChange }: Props) {
  const background = (
    <Choice
      label="Background"
      value={options.background}
      choices={[
        { value: 'white', label: 'White' },
        { value: 'transparent', label: 'Transparent' },
      ]}
      onChange={(background) => onChange({ background })}
    />
  );
  switch (format) {
    case 'png':
      return (
        <>
          <Choice
            label="Size"
            value={options.scale}
            choices={[
              { value: 1, label: '1×' },
              { value: 2, label: '2× (sharp on most screens)' },
              { value: 3, label: '3× (print)' },
            ]}
            onChange={(scale) => onChange({ scale })}
          />
          {background}
        </>
      );
    case 'svg':
      return background;
    case 'pdf':
      return (
        <>
          <label className="field">
            <span className="field-label">Paper</span>
            <select
              value={options.paper}
              onChange={(e) => onChange({ paper: e.target.value as ExportOptions['paper'] })}
            >
              {PAPER_SIZES.map((p) => (
                <option key={p} value={p}>
                  {PAPER_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
          <Choice
            label="Orientation"
            value={options.orientation}
            choices={[
              { value: 'landscape', label: 'Landscape' },
              { value: 'portrait', label: 'Portrait' },
            ]}
            onChange={(orientation) => onChange({ orientation })}
          />
          <Choice
            label="Pages"
            value={options.tile ? 'tile' : 'fit'}
            choices={[
              { value: 'fit', label: 'Whole map on one page' },
              { value: 'tile', label: 'Tiled across pages for printing' },
            ]}
            onChange={(v) => onChange({ tile: v === 'tile' })}
          />
          <fieldset className="export-choice">
            <legend>Insights</legend>
            <label>
              <input
                type="checkbox"
                checked={options.insights}
                onChange={(e) => onChange({ insights: e.target.checked })}
              />
              Last page: health score, stage figures and charts
            </label>
          </fieldset>
        </>
      );
    case 'json':
      return (
        <Choice
          label="Contents"
          value={options.scope}
          choices={[
            { value: 'project', label: 'The whole project' },
            { value: 'journey', label: 'This journey only' },
          ]}
          onChange={(scope) => onChange({ scope })}
        />
      );
    default:
      return <p className="inspector-note">No options for this format.</p>;
  }
}
