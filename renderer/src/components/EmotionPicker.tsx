import { emotionLevel } from '../../../shared/model/scales';
import { EmotionFace } from './EmotionFace';
import { RatingScale, type RatingPickerProps } from './RatingScale';

/** Five faces with their words, as one radio group (arrow keys move between them), then "Not rated". */
export function EmotionPicker(props: RatingPickerProps) {
  return (
    <RatingScale
      {...props}
      what="Emotion"
      className="rating-picker"
      scaleClassName="scale-picker emotion-picker"
      choice={(v, chosen) => ({
        className: chosen ? 'choice chosen' : 'choice',
        title: emotionLevel(v).word,
        content: (
          <>
            <EmotionFace emotion={v} size={26} />
            <span className="choice-word">{emotionLevel(v).word}</span>
          </>
        ),
      })}
    />
  );
}
