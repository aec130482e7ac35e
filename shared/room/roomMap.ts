/**
 * What the room reads of the map and writes to it: the current stage as phones see it, the
 * cards they may rate or vote for, and the op that puts an accepted note on the map.
 */
import { byOrderKey, cellTouchpoints, getEntity, lanesOf, stagesOf } from '../model/doc';
import { makeLane, makeTouchpoint } from '../model/factories';
import { newId } from '../model/ids';
import { holdsTouchpoints, LANE_KIND_LABELS, laneKind } from '../model/laneKinds';
import type { ProjectDoc } from '../model/types';
import type { Op, SingleOp } from '../ops/schema';
import { NOTE_KIND_SPECS, type ParticipantView, type RoomNote } from './roomProtocol';

export type RoomMapView = Pick<
  ParticipantView,
  'journeyName' | 'stage' | 'touchpoints' | 'opportunities'
>;

const isOpportunityLane = (kind: Parameters<typeof laneKind>[0]) =>
  laneKind(kind).insight === 'opportunities';

/** The stage a room shows: the one asked for if the journey still has it, else its first. */
export function roomStageId(doc: ProjectDoc, journeyId: string, wanted: string | null) {
  const stages = stagesOf(doc, journeyId);
  return stages.find((s) => s.id === wanted)?.id ?? stages[0]?.id ?? null;
}

/** The map as phones see it: the stage, its touchpoints in lane order, every opportunity. */
export function roomMapView(
  doc: ProjectDoc,
  journeyId: string,
  stageId: string | null,
): RoomMapView {
  const stages = stagesOf(doc, journeyId);
  const lanes = lanesOf(doc, journeyId).filter((l) => !l.hidden);
  const index = stages.findIndex((s) => s.id === stageId);
  const stage = stages[index];
  const stageNames = new Map(stages.map((s) => [s.id, s.name]));
  const stageRank = new Map(stages.map((s, i) => [s.id, i]));
  const touchpoints = stage
    ? lanes
        .filter((l) => holdsTouchpoints(l.kind))
        .flatMap((l) => cellTouchpoints(doc, stage.id, l.id))
        .map((t) => ({ id: t.id, title: t.title || 'Untitled touchpoint', channel: t.channel }))
    : [];
  const opportunityLanes = new Set(lanes.filter((l) => isOpportunityLane(l.kind)).map((l) => l.id));
  const opportunities = Object.values(doc.touchpoints)
    .filter((t) => opportunityLanes.has(t.laneId) && stageRank.has(t.stageId))
    .sort(
      (a, b) =>
        (stageRank.get(a.stageId) ?? 0) - (stageRank.get(b.stageId) ?? 0) || byOrderKey(a, b),
    )
    .map((t) => ({
      id: t.id,
      title: t.title || 'Untitled opportunity',
      stageName: stageNames.get(t.stageId) ?? '',
    }));
  return {
    journeyName: getEntity(doc, 'journeys', journeyId)?.name ?? '',
    stage: stage
      ? {
          id: stage.id,
          name: stage.name,
          goal: stage.description,
          index,
          count: stages.length,
        }
      : null,
    touchpoints,
    opportunities,
  };
}

/** Whether a card is a touchpoint of the journey (ratable) or an opportunity (votable). */
export function cardRole(
  doc: ProjectDoc,
  journeyId: string,
  cardId: string,
): 'touchpoint' | 'opportunity' | null {
  const card = getEntity(doc, 'touchpoints', cardId);
  const lane = card && getEntity(doc, 'lanes', card.laneId);
  if (!card || !lane || card.journeyId !== journeyId) return null;
  if (holdsTouchpoints(lane.kind)) return 'touchpoint';
  return isOpportunityLane(lane.kind) ? 'opportunity' : null;
}

/**
 * The op that puts an accepted note on the map: a card at the end of its stage's cell in the
 * first lane of the note's kind (that lane added at the bottom if the journey has none), as
 * one op, so one undo step takes it away again. A note whose stage is gone goes to `stageId`.
 */
export function acceptNoteOp(
  doc: ProjectDoc,
  journeyId: string,
  note: Pick<RoomNote, 'kind' | 'text' | 'stageId' | 'name'>,
  fallbackStageId: string | null,
): { op: Op; cardId: string } | null {
  const stage = getEntity(doc, 'stages', note.stageId);
  const stageId = stage?.journeyId === journeyId ? stage.id : fallbackStageId;
  if (!stageId || !getEntity(doc, 'stages', stageId)) return null;
  const kind = NOTE_KIND_SPECS[note.kind].laneKind;
  const lanes = lanesOf(doc, journeyId);
  const existing = lanes.find((l) => l.kind === kind);
  const ops: SingleOp[] = [];
  let laneId = existing?.id;
  if (!laneId) {
    laneId = newId();
    ops.push({
      type: 'addLane',
      lane: makeLane({ id: laneId, journeyId, kind, name: LANE_KIND_LABELS[kind] }),
      at: { index: lanes.length },
    });
  }
  const cardId = newId();
  ops.push({
    type: 'addTouchpoint',
    touchpoint: makeTouchpoint({
      id: cardId,
      journeyId,
      stageId,
      laneId,
      title: note.text,
      description: note.name ? `From the room: ${note.name}` : 'From the room',
      tags: ['room'],
    }),
    at: { index: existing ? cellTouchpoints(doc, stageId, laneId).length : 0 },
  });
  const op: Op = ops.length === 1 ? (ops[0] as SingleOp) : { type: 'batch', ops };
  return { op, cardId };
}
