import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef } from 'react';
import { cardAccessibleName } from '../../../../shared/cards/cardFace';
import { getEntity } from '../../../../shared/model/doc';
import { CardExtras } from '../../components/CardExtras';
import { CardEvidenceBadges } from '../../components/CardEvidenceBadges';
import { CardRatings } from './card/CardRatings';
import { CardTitle, clampClass, clampTo, MoreButton } from './card/CardTitle';
import { useFilterMatch } from '../search/useFilterMatch';
import type { TouchpointNode, TouchpointNodeData } from './nodeTypes';
import { useDocument } from '../documentContext';
import { faceOf } from '../flow/buildMapNodes';
import { CardCover } from '../media/CardCover';
import { useFileDrop } from '../media/useFileDrop';
import { cardMediaHeight } from '../../../../shared/media/cardMedia';
import { DEFAULT_LAYOUT_THEME } from '../../../../shared/layout/theme';
import { SurveyBadges, SurveyOrigin } from '../survey/SurveyBadges';

function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Left} className="card-handle" />
      <Handle type="source" position={Position.Right} className="card-handle" />
    </>
  );
}

/**
 * The card's row and face as the document holds them now. Its node keeps what it was built
 * from while the card's box and selection stay (buildNodes), so typing in a title hands React
 * Flow nothing new and only this card draws again; the face built with the node is used while
 * its row is still the current one.
 */
function useCurrentCard(id: string, data: TouchpointNodeData) {
  const current = useDocument((s) => getEntity(s.doc, 'touchpoints', id));
  if (!current || current === data.touchpoint)
    return { touchpoint: data.touchpoint, face: data.face };
  return { touchpoint: current, face: faceOf(current, data.face.laneKind) };
}

/**
 * The node's accessible name, kept up with the card: React Flow sets it from the node, which
 * keeps the name it was built with while the row changes under it. A node built afresh
 * (selected, moved) carries the same name, so React and this never disagree.
 */
function useNodeName(name: string) {
  const inside = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    inside.current?.closest('.react-flow__node')?.setAttribute('aria-label', name);
  }, [name]);
  return inside;
}

export const TouchpointCard = memo(function TouchpointCard({
  id,
  data,
  selected,
}: NodeProps<TouchpointNode>) {
  const { text } = data;
  const { touchpoint, face } = useCurrentCard(id, data);
  const nameRef = useNodeName(cardAccessibleName(face, data.stageName));
  const title = (
    <CardTitle
      touchpoint={touchpoint}
      face={face}
      selected={selected}
      lines={text.titleLines}
      cut={text.more}
    />
  );
  const filterMatch = useFilterMatch(touchpoint);
  const filterClass = filterMatch ? ` filter-${filterMatch}` : '';
  const drop = useFileDrop(face.id);
  const dropClass = drop.over ? ' file-drop-target' : '';
  const cover = data.media && (
    <CardCover
      cardId={face.id}
      media={data.media}
      height={cardMediaHeight(data.media, DEFAULT_LAYOUT_THEME)}
    />
  );
  if (face.kind === 'note') {
    // The search looks through notes as well: a match stands out, the rest step back.
    return (
      <div
        ref={nameRef}
        className={`note-card lane-${face.laneKind}${selected ? ' selected' : ''}${filterClass}${dropClass}`}
        {...drop.handlers}
        data-testid="note-card"
        data-touchpoint-id={face.id}
        data-stage={data.stageName}
        data-lane-kind={face.laneKind}
      >
        <Handles />
        {cover}
        {title}
        {face.text && text.bodyLines > 0 && (
          <div
            className={clampClass('note-text', text.more)}
            style={clampTo(text.bodyLines, text.more)}
          >
            {face.text}
          </div>
        )}
        {text.more && <MoreButton id={face.id} />}
        <CardEvidenceBadges cardId={face.id} className="note-evidence" hideNone />
      </div>
    );
  }
  return (
    <div
      ref={nameRef}
      className={`touchpoint-card${selected ? ' selected' : ''}${face.momentOfTruth ? ' moment-of-truth' : ''}${filterClass}${dropClass}`}
      {...drop.handlers}
      style={{ borderLeftColor: face.emotion.color }}
      data-testid="touchpoint-card"
      data-touchpoint-id={face.id}
      data-stage={data.stageName}
    >
      <Handles />
      {cover}
      <div className="card-head">
        {title}
        {text.more && <MoreButton id={face.id} />}
      </div>
      <div className="card-ratings-row">
        <CardRatings face={face} selected={selected} />
        <SurveyOrigin card={touchpoint} />
      </div>
      <CardExtras extras={face.extras} className="card-extras" />
      {/* The evidence badges always show, so the row is always there. */}
      <div className="card-badges">
        {face.momentOfTruth && (
          <span className="badge badge-mot" title="Moment of truth">
            <span aria-hidden="true">★</span> Moment of truth
          </span>
        )}
        {face.channel && (
          <span className="badge badge-channel" title={`Channel: ${face.channel}`}>
            {face.channel}
          </span>
        )}
        <CardEvidenceBadges cardId={face.id} className="card-evidence-badges" />
        <SurveyBadges card={touchpoint} />
      </div>
    </div>
  );
});
