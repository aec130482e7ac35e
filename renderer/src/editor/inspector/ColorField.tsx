import { useId } from 'react';
import { STAGE_COLORS } from '../../../../shared/model/templates';

// Names for the palette, in STAGE_COLORS order, so a swatch is never told apart by colour alone.
const COLOR_NAMES = ['Blue', 'Violet', 'Grape', 'Pink', 'Orange', 'Amber', 'Green', 'Teal'];

/** The stage palette as swatches (one radio group), and the system picker for any other colour. */
export function ColorField({
  value,
  onPick,
  onCustom,
}: {
  value: string;
  /** A swatch: one edit. */
  onPick: (color: string) => void;
  /** The system picker sends a stream of colours while the user drags in it. */
  onCustom: (color: string) => void;
}) {
  const id = useId();
  const current = value.toLowerCase();
  const inPalette = STAGE_COLORS.includes(current);
  return (
    <div className="field">
      <span className="field-label" id={`${id}-label`}>
        Colour
      </span>
      <div className="swatches" role="radiogroup" aria-labelledby={`${id}-label`}>
        {STAGE_COLORS.map((color, i) => {
          const chosen = color === current;
          return (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={chosen}
              aria-label={COLOR_NAMES[i] ?? color}
              title={COLOR_NAMES[i] ?? color}
              className={chosen ? 'swatch chosen' : 'swatch'}
              style={{ background: color }}
              // Roving focus as in a native radio group; the first swatch when none is chosen.
              tabIndex={chosen || (!inPalette && i === 0) ? 0 : -1}
              onClick={() => onPick(color)}
              onKeyDown={(e) => {
                const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
                if (!step) return;
                e.preventDefault();
                const n = STAGE_COLORS.length;
                const next = STAGE_COLORS[(i + step + n) % n] as string;
                onPick(next);
                const group = e.currentTarget.parentElement;
                group?.querySelectorAll<HTMLElement>('.swatch')[(i + step + n) % n]?.focus();
              }}
            />
          );
        })}
        <label
          className={inPalette ? 'swatch custom' : 'swatch custom chosen'}
          title="Other colour"
        >
          <input
            type="color"
            aria-label="Other colour"
            value={current}
            onChange={(e) => onCustom(e.target.value)}
          />
        </label>
      </div>
    </div>
  );
}
