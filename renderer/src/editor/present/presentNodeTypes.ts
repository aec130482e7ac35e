import type { CardMedia } from '../../../../shared/media/cardMedia';
import type { Edge, Node } from '@xyflow/react';
import type { ConnectionPath, EmotionCurve } from '../../../../shared/layout/layoutJourney';
import type { CardFace } from '../../../../shared/cards/cardFace';
import type { Persona } from '../../../../shared/model/types';
import type { MapCell } from '../flow/buildMapNodes';

export type PresentStageData = {
  name: string;
  color: string;
  goal: string;
  index: number;
  headerHeight: number;
  cells: readonly Pick<MapCell, 'laneId' | 'laneKind' | 'top' | 'height' | 'metrics'>[];
  dimmed: boolean;
};
export type PresentCardData = {
  face: CardFace;
  /** Title lines the layout made room for (projector theme). */
  titleLines: number;
  concealed: boolean;
  /** How many quotes the card has (a badge when any). */
  quotes: number;
  /** Left out by a saved view's filter: veiled, like a stage not in focus. */
  faded?: boolean;
  /** Its files: the cover picture (or a count) across its top. */
  media?: CardMedia;
};
export type PresentLaneData = { name: string };
export type PresentPersonaData = { persona: Persona };
export type PresentCurveData = {
  curve: EmotionCurve;
  originX: number;
  originY: number;
  concealed: string[];
};
export type DimData = { dimmed: boolean };

export type PresentNode =
  | Node<PresentStageData, 'stage'>
  | Node<PresentCardData, 'card'>
  | Node<PresentLaneData, 'lane'>
  | Node<PresentPersonaData, 'persona'>
  | Node<PresentCurveData, 'curve'>
  | Node<DimData, 'dim'>;

export type PresentEdge = Edge<{ route: ConnectionPath }, 'connection'>;
