import { nearestEmotion, formatAverage } from '../../../../shared/insights/format';
import { emotionLevel } from '../../../../shared/model/scales';
import { EmotionFace } from '../../components/EmotionFace';

/** An (average) emotion as face, word and number; a dash when there is none. */
export function EmotionValue({ value }: { value: number | null }) {
  if (value === null) return <span className="insights-none">–</span>;
  const level = emotionLevel(nearestEmotion(value));
  return (
    <span className="insights-emotion">
      <EmotionFace emotion={level.value} size={18} />
      <span>{level.word}</span>
      <span className="insights-number">{formatAverage(value, true)}</span>
    </span>
  );
}
