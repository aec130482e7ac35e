import type { CardMedia } from '../../../../shared/media/cardMedia';
import type { Edge, Node } from '@xyflow/react';
import type {
  BlueprintLine,
  ConnectionPath,
  EmotionCurve,
} from '../../../../shared/layout/layoutJourney';
import type { CardFace } from '../../../../shared/cards/cardFace';
import type { CardTextFit } from '../../../../shared/layout/cardText';
import type { MapCell } from '../flow/buildMapNodes';
import type { LaneKind, Persona, Touchpoint } from '../../../../shared/model/types';

/** A lane's cell in a stage column: the same for every surface that draws the map. */
export type StageCell = MapCell;

export type StageNodeData = {
  stageId: string;
  name: string;
  color: string;
  description: string;
  index: number;
  cardCount: number;
  headerHeight: number;
  cells: StageCell[];
  /** The lane a dragged card would land in, while a drag is over this stage. */
  dropLaneId: string | null;
};

export type TouchpointNodeData = {
  /** For editing the title in place and for the search filter; the card draws `face`. */
  touchpoint: Touchpoint;
  face: CardFace;
  stageName: string;
  /** How many lines of its text the card shows (the layout's count), and whether it is cut. */
  text: CardTextFit;
  /** Its attached files: a cover picture or a count at its top. */
  media?: CardMedia;
};

export type LaneNodeData = { laneId: string; name: string; kind: LaneKind; count: number };
export type AddStageNodeData = Record<string, never>;
export type PersonaNodeData = { persona: Persona };
export type CurveNodeData = { curve: EmotionCurve; originX: number; originY: number };
export type LineNodeData = { line: BlueprintLine };

export type StageNode = Node<StageNodeData, 'stage'>;
export type TouchpointNode = Node<TouchpointNodeData, 'touchpoint'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type AddStageNode = Node<AddStageNodeData, 'addStage'>;
export type PersonaNode = Node<PersonaNodeData, 'persona'>;
export type CurveNode = Node<CurveNodeData, 'curve'>;
export type LineNode = Node<LineNodeData, 'line'>;
export type CanvasNode =
  StageNode | TouchpointNode | LaneNode | AddStageNode | PersonaNode | CurveNode | LineNode;

export type ConnectionEdgeData = {
  route: ConnectionPath;
  fromTitle: string;
  toTitle: string;
};
export type ConnectionEdge = Edge<ConnectionEdgeData, 'connection'>;
