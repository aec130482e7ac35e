import { STANDARD_CHANNELS } from '../../../../shared/model/channels';
import { LIMITS } from '../../../../shared/model/schema';
import { WordListField } from './WordListField';

/**
 * The standard channels in a list, and "Custom…" for any other name. `value` null means the
 * selected cards disagree.
 */
export function ChannelField({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (channel: string, typing: boolean) => void;
}) {
  return (
    <WordListField
      label="Channel"
      words={STANDARD_CHANNELS}
      none="No channel"
      customLabel="Custom channel"
      customPlaceholder="e.g. Kiosk, Smart speaker"
      maxLength={LIMITS.name}
      value={value}
      onChange={onChange}
    />
  );
}
