import { effortPhrase, effortWord } from '../../../shared/model/scales';
import { RatingScale, type RatingPickerProps } from './RatingScale';

/** 1 = very low effort .. 7 = very high effort, with the word for the chosen value. */
export function EffortPicker(props: RatingPickerProps) {
  const rating = props.value;
  return (
    <RatingScale
      {...props}
      what="Effort"
      label="Effort, 1 very low to 7 very high"
      className="effort-picker"
      scaleClassName="scale-picker"
      choice={(v, chosen) => ({
        className: chosen ? 'choice effort chosen' : 'choice effort',
        label: `${v}: ${effortWord(v)} effort`,
        content: v,
      })}
    >
      <div className="effort-legend">
        <span>Very low</span>
        <strong>
          {rating === 'mixed' ? 'Mixed' : effortPhrase(typeof rating === 'number' ? rating : null)}
        </strong>
        <span>Very high</span>
      </div>
    </RatingScale>
  );
}
