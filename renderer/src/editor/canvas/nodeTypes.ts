import type { Node } from '@xyflow/react';
import type { Touchpoint } from '../../../../shared/model/types';

export interface StageCell {
  laneId: string;
  /** Relative to the stage node's top. */
  top: number;
  height: number;
  count: number;
}

export type StageNodeData = {
  stageId: string;
  name: string;
  color: string;
  index: number;
  cardCount: number;
  headerHeight: number;
  cells: StageCell[];
  /** The lane a dragged card would land in, while a drag is over this stage. */
  dropLaneId: string | null;
};

export type TouchpointNodeData = {
  touchpoint: Touchpoint;
  stageName: string;
};

export type LaneNodeData = { name: string; count: number };
export type AddStageNodeData = Record<string, never>;

export type StageNode = Node<StageNodeData, 'stage'>;
export type TouchpointNode = Node<TouchpointNodeData, 'touchpoint'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type AddStageNode = Node<AddStageNodeData, 'addStage'>;
export type CanvasNode = StageNode | TouchpointNode | LaneNode | AddStageNode;
