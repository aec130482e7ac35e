import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { emotionLevel } from '../../../../shared/model/scales';
import { EffortMeter } from '../../components/EffortMeter';
import { EmotionFace } from '../../components/EmotionFace';
import type { TouchpointNode } from './nodeTypes';
import { useFilterMatch } from '../search/useFilterMatch';

export const TouchpointCard = memo(function TouchpointCard({
  data,
  selected,
}: NodeProps<TouchpointNode>) {
  const { touchpoint } = data;
  const level = emotionLevel(touchpoint.emotion);
  const filterMatch = useFilterMatch(touchpoint);
  return (
    <div
      className={`touchpoint-card${selected ? ' selected' : ''}${filterMatch ? ` filter-${filterMatch}` : ''}`}
      style={{ borderLeftColor: level.color }}
      data-testid="touchpoint-card"
      data-touchpoint-id={touchpoint.id}
      data-stage={data.stageName}
    >
      <div className={touchpoint.title ? 'card-title' : 'card-title untitled'}>
        {touchpoint.title || 'Untitled touchpoint'}
      </div>
      <div className="card-meta">
        <span className="card-emotion" data-emotion={touchpoint.emotion}>
          <EmotionFace emotion={touchpoint.emotion} size={20} />
          <span>{level.word}</span>
        </span>
        <EffortMeter effort={touchpoint.effort} />
      </div>
    </div>
  );
});
