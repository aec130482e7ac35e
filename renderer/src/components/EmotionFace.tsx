import { memo } from 'react';
import { emotionLevel } from '../../../shared/model/scales';

interface Props {
  /** Null: not rated, drawn as a grey face with a question mark instead of a mouth. */
  emotion: number | null;
  size?: number;
  /** Where to draw it when nested inside another SVG. */
  x?: number;
  y?: number;
}

/** A face whose mouth and colour both say the emotion; its word goes beside it, never colour alone. */
export const EmotionFace = memo(function EmotionFace({ emotion, size = 22, x, y }: Props) {
  const level = emotionLevel(emotion);
  // Mouth: a quadratic curve whose control point bends up for a smile, down for a frown.
  const bend = 5 * level.mouth;
  return (
    <svg
      x={x}
      y={y}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="emotion-face"
    >
      <circle cx="12" cy="12" r="11" fill={level.color} stroke="rgba(0,0,0,0.35)" strokeWidth="1" />
      {level.value === null ? (
        <text x="12" y="16.5" textAnchor="middle" fontSize="13" fontWeight="700" fill="#1f2430">
          ?
        </text>
      ) : (
        <>
          <circle cx="8.2" cy="9.5" r="1.5" fill="#1f2430" />
          <circle cx="15.8" cy="9.5" r="1.5" fill="#1f2430" />
          <path
            d={`M7 ${15.5 - bend / 2} Q12 ${15.5 + bend} 17 ${15.5 - bend / 2}`}
            fill="none"
            stroke="#1f2430"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </>
      )}
    </svg>
  );
});
