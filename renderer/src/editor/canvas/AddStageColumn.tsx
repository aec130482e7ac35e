import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { addStage } from '../actions';
import { useDocumentStore } from '../documentContext';
import type { AddStageNode } from './nodeTypes';
import { useNavItem } from '../keyboard/canvasFocus';
import { navKey } from '../keyboard/navModel';

export const AddStageColumn = memo(function AddStageColumn(_props: NodeProps<AddStageNode>) {
  const store = useDocumentStore();
  return (
    <div className="add-stage-column">
      <button
        type="button"
        className="add-stage-button nodrag"
        {...useNavItem(navKey.addStage)}
        onClick={() => addStage(store)}
      >
        <span aria-hidden="true">+</span>
        Add stage
      </button>
    </div>
  );
});
