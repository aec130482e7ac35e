import type { NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { emotionLevel } from '../../../../shared/model/scales';
import { EmotionFace } from '../../components/EmotionFace';
import { useDocumentStore } from '../documentContext';
import type { CurveNode } from './nodeTypes';
import { FAR, useCullWindow } from './useCullWindow';
import { countOf } from '../../../../shared/text/plural';
import { pointsNear } from '../../../../shared/layout/cull';

const FACE = 22;
/** Room around a point for its face, ring and "Low point" label. */
const POINT_REACH = FACE + 30;

/**
 * The emotion lane: the zero line, a smooth curve through the touchpoints' emotions in journey
 * order, a face at each point near the view and the low points ringed. Clicking a point selects
 * its card.
 */
export const EmotionCurveNode = memo(function EmotionCurveNode({
  data,
  width,
  height,
}: NodeProps<CurveNode>) {
  const store = useDocumentStore();
  const { curve, originX, originY } = data;
  const w = width ?? 0;
  const h = height ?? 0;
  const lows = curve.points.filter((p) => p.low).length;
  const cullWindow = useCullWindow();
  // Only the faces near the view, as for cards: each is a handful of SVG elements, and a
  // map's curve passes every touchpoint; drawn all at once, the switch from the far zoom to
  // full cards built thousands of them, nearly all off screen.
  const shown = useMemo(
    () =>
      cullWindow === null || cullWindow === FAR
        ? curve.points
        : pointsNear(curve.points, cullWindow, POINT_REACH),
    [curve.points, cullWindow],
  );
  return (
    <svg
      className="emotion-curve"
      width={w}
      height={h}
      viewBox={`${originX} ${originY} ${w} ${h}`}
      role="img"
      aria-label={`Emotion curve through ${countOf(curve.points.length, 'touchpoint')}, ${countOf(lows, 'low point')}${curve.unrated > 0 ? `, ${curve.unrated} not rated` : ''}`}
      data-testid="emotion-curve"
    >
      <line
        className="curve-zero"
        x1={originX}
        x2={originX + w}
        y1={curve.zeroY}
        y2={curve.zeroY}
      />
      <text className="curve-scale" x={originX + 6} y={curve.topY - 8}>
        Very positive
      </text>
      <text className="curve-scale" x={originX + 6} y={curve.zeroY - 6}>
        Neutral
      </text>
      <text className="curve-scale" x={originX + 6} y={curve.bottomY + 18}>
        Very negative
      </text>
      <path className="curve-line" d={curve.path} />
      {shown.map((p) => (
        <g
          key={p.touchpointId}
          className={p.low ? 'curve-point low' : 'curve-point'}
          data-testid="curve-point"
          data-emotion={p.emotion}
          data-low={p.low ? 'true' : undefined}
          onClick={() => store.getState().select({ kind: 'touchpoint', ids: [p.touchpointId] })}
        >
          <title>{`${emotionLevel(p.emotion).word}${p.low ? ' (low point)' : ''}`}</title>
          {p.low && <circle className="curve-low-ring" cx={p.x} cy={p.y} r={FACE / 2 + 5} />}
          <EmotionFace emotion={p.emotion} size={FACE} x={p.x - FACE / 2} y={p.y - FACE / 2} />
          {p.low && (
            <text className="curve-low-label" x={p.x} y={p.y + FACE / 2 + 18}>
              Low point
            </text>
          )}
        </g>
      ))}
    </svg>
  );
});
