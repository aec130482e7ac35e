import { useId, useRef, useState } from 'react';
import { STANDARD_CHANNELS } from '../../../../shared/model/channels';
import { LIMITS } from '../../../../shared/model/schema';

const CUSTOM = '\u0000custom';
const MIXED = '\u0000mixed';

/**
 * The standard channels in a list, and "Custom…" for any other name. `value` null means the
 * selected cards disagree. `typing` is true for keystrokes in the custom box, so the caller can
 * fold them into one undo step.
 */
export function ChannelField({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (channel: string, typing: boolean) => void;
}) {
  const id = useId();
  const customRef = useRef<HTMLInputElement>(null);
  const isCustomValue = value !== null && value !== '' && !STANDARD_CHANNELS.includes(value);
  const [customMode, setCustomMode] = useState(isCustomValue);
  const showCustom = customMode || isCustomValue;
  const selected = showCustom ? CUSTOM : value === null ? MIXED : value;

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Channel
      </label>
      <select
        id={id}
        value={selected}
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
        <option value="">No channel</option>
        {STANDARD_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        <option value={CUSTOM}>Custom…</option>
      </select>
      {showCustom && (
        <input
          ref={customRef}
          aria-label="Custom channel"
          placeholder="e.g. Kiosk, Smart speaker"
          maxLength={LIMITS.name}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value, true)}
        />
      )}
    </div>
  );
}
