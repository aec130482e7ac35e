import { CardCover } from '../media/CardCover';
import { cardMediaHeight } from '../../../../shared/media/cardMedia';
import {
  BaseEdge,
  EdgeLabelRenderer,
  Handle,
  Position,
  type EdgeProps,
  type NodeProps,
} from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import type { Node } from '@xyflow/react';
import { CardExtras } from '../../components/CardExtras';
import { EmotionFace } from '../../components/EmotionFace';
import { PROJECTOR_LAYOUT_THEME } from '../../../../shared/present/projectorTheme';
import { labelBoxStyle } from '../routing/labelBoxStyle';
import type {
  DimData,
  PresentCardData,
  PresentCurveData,
  PresentEdge,
  PresentLaneData,
  PresentPersonaData,
  PresentStageData,
} from './presentNodeTypes';
import { countOf } from '../../../../shared/text/plural';
import { pathWithout } from '../../../../shared/layout/curve';
import { StageMetrics } from '../survey/StageMetrics';

type P<D extends Record<string, unknown>, T extends string> = NodeProps<Node<D, T>>;

export const PresentStage = memo(function PresentStage({ data }: P<PresentStageData, 'stage'>) {
  return (
    <section
      className="present-stage"
      style={{ ['--stage-color' as string]: data.color }}
      data-testid="present-stage"
      data-stage-name={data.name}
      data-dimmed={data.dimmed ? 'true' : 'false'}
      aria-hidden={data.dimmed || undefined}
      aria-label={`Stage ${data.index + 1}: ${data.name}`}
    >
      <header className="present-stage-header" style={{ height: data.headerHeight }}>
        <h2>
          <span className="present-stage-index">{data.index + 1}</span>
          {data.name || 'Untitled stage'}
        </h2>
        {data.goal && <p>{data.goal}</p>}
      </header>
      {data.cells.map((cell) => (
        <div
          key={cell.laneId}
          className={`present-cell lane-${cell.laneKind}`}
          style={{ top: cell.top, height: cell.height }}
        >
          {cell.metrics && <StageMetrics rows={cell.metrics} stageName={data.name} />}
        </div>
      ))}
    </section>
  );
});

export const DimVeil = memo(function DimVeil({ data }: P<DimData, 'dim'>) {
  return <div className={data.dimmed ? 'present-veil on' : 'present-veil'} aria-hidden="true" />;
});

/** React Flow draws an edge only between handles; these are never shown or used. */
function Anchors() {
  return (
    <>
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={false}
        className="present-anchor"
      />
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={false}
        className="present-anchor"
      />
    </>
  );
}

/**
 * A card as the card face describes it, in projector type. Room is short at that size, so a
 * touchpoint leaves out its channel and a note its text; the extra fields are always shown.
 * Drawn on the map (PresentCard) and in the stage view (StageView.tsx).
 */
export function PresentCardFace({
  face,
  concealed,
  faded = false,
  titleLines,
  quotes,
  media,
  testId,
  children,
}: PresentCardData & { testId: string; children?: ReactNode }) {
  const clamp = { WebkitLineClamp: titleLines };
  const cover = media && !concealed && (
    <CardCover
      cardId={face.id}
      media={media}
      height={cardMediaHeight(media, PROJECTOR_LAYOUT_THEME)}
      className="present-cover"
    />
  );
  const common = {
    'data-testid': testId,
    'data-concealed': concealed ? 'true' : 'false',
    'data-faded': faded ? 'true' : undefined,
    'data-lane-kind': face.laneKind,
    'aria-hidden': concealed || undefined,
  };
  if (face.kind === 'note') {
    return (
      <article className={`present-card present-note lane-${face.laneKind}`} {...common}>
        {children}
        {cover}
        <h3 style={clamp}>{face.title.text}</h3>
        {quotes > 0 && <QuoteCount count={quotes} />}
      </article>
    );
  }
  return (
    <article
      className="present-card present-touchpoint"
      style={{ borderLeftColor: face.emotion.color }}
      {...common}
    >
      {children}
      {cover}
      <h3 style={clamp}>
        {face.momentOfTruth && (
          <span className="present-mot" role="img" aria-label="Moment of truth">
            ★{' '}
          </span>
        )}
        {face.title.text}
      </h3>
      <p className="present-meta">
        <span className="present-emotion">
          <EmotionFace emotion={face.emotion.value} size={36} />
          <span className="present-emotion-word">
            {face.emotion.word}
            {face.feeling && <span className="present-feeling">, {face.feeling}</span>}
          </span>
        </span>
        <span className="present-effort">{face.effort.score}</span>
        {quotes > 0 && <QuoteCount count={quotes} />}
      </p>
      {face.needsMet && (
        <p className="present-needs">
          <span className={`needs-mark needs-${face.needsMet.value}`} aria-hidden="true">
            {face.needsMet.mark}
          </span>{' '}
          {face.needsMet.phrase}
        </p>
      )}
      <CardExtras extras={face.extras} className="present-extras" />
    </article>
  );
}

export const PresentCard = memo(function PresentCard({ data }: P<PresentCardData, 'card'>) {
  return (
    <PresentCardFace {...data} testId="present-card">
      <Anchors />
    </PresentCardFace>
  );
});

function QuoteCount({ count }: { count: number }) {
  const words = countOf(count, 'quote');
  return (
    <span className="present-quotes" role="img" aria-label={words} title={words}>
      ❝ {count}
    </span>
  );
}

export const PresentLane = memo(function PresentLane({ data }: P<PresentLaneData, 'lane'>) {
  return <div className="present-lane">{data.name}</div>;
});

const listItems = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const PresentPersona = memo(function PresentPersona({
  data,
}: P<PresentPersonaData, 'persona'>) {
  const { persona } = data;
  const lists = [
    ['Goals', persona.goals],
    ['Needs', persona.needs],
    ['Frustrations', persona.frustrations],
  ] as const;
  return (
    <section
      className="present-persona"
      style={{ ['--persona-color' as string]: persona.color }}
      aria-label={`Persona: ${persona.name}`}
    >
      <div className="present-persona-id">
        <h2>{persona.name || 'Unnamed persona'}</h2>
        {persona.role && <p>{persona.role}</p>}
        {persona.quote && <blockquote>{persona.quote}</blockquote>}
      </div>
      {lists.map(([heading, text]) =>
        listItems(text).length > 0 ? (
          <div key={heading} className="present-persona-list">
            <h3>{heading}</h3>
            <ul>
              {listItems(text).map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </section>
  );
});

const FACE = 44;

/** The emotion curve with a face at each point; the cards above carry the words. */
export const PresentCurve = memo(function PresentCurve({
  data,
  width,
  height,
}: P<PresentCurveData, 'curve'>) {
  const { curve, originX, originY, concealed } = data;
  const hidden = new Set(concealed);
  const w = width ?? 0;
  const h = height ?? 0;
  return (
    <svg
      className="present-curve"
      width={w}
      height={h}
      viewBox={`${originX} ${originY} ${w} ${h}`}
      role="img"
      aria-label={`Emotion curve through ${countOf(curve.points.length, 'touchpoint')}`}
    >
      <line x1={originX} x2={originX + w} y1={curve.zeroY} y2={curve.zeroY} className="zero" />
      <path d={hidden.size > 0 ? pathWithout(curve.points, hidden) : curve.path} className="line" />
      {curve.points
        .filter((p) => !hidden.has(p.touchpointId))
        .map((p) => (
          <g key={p.touchpointId} data-testid="present-curve-point">
            {p.low && <circle cx={p.x} cy={p.y} r={FACE / 2 + 7} className="low-ring" />}
            <EmotionFace emotion={p.emotion} size={FACE} x={p.x - FACE / 2} y={p.y - FACE / 2} />
          </g>
        ))}
    </svg>
  );
});

const KIND_DASH = { path: undefined, alternative: '12 8', failure: '4 6' } as const;

export const PresentConnection = memo(function PresentConnection({
  data,
  markerEnd,
}: EdgeProps<PresentEdge>) {
  if (!data) return null;
  const { route } = data;
  return (
    <>
      <BaseEdge
        path={route.path}
        markerEnd={markerEnd}
        className={`present-edge edge-${route.kind}`}
        style={{ strokeDasharray: KIND_DASH[route.kind] }}
      />
      {route.labelBox && route.labelText && (
        <EdgeLabelRenderer>
          <div
            className="present-edge-label"
            style={labelBoxStyle(route.labelBox, PROJECTOR_LAYOUT_THEME.connectionLabel)}
          >
            {route.kind === 'failure' && <span aria-hidden="true">✕ </span>}
            {route.labelText}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
