import {
  cellKey,
  journeyList,
  lanesOf,
  stagesOf,
  touchpointsByCell,
} from '../../../../shared/model/doc';
import { cardFace } from '../../../../shared/cards/cardFace';
import {
  LANE_KIND_IDS,
  LANE_KIND_LABELS,
  singletonClash,
} from '../../../../shared/model/laneKinds';
import { JOURNEY_TEMPLATES } from '../../../../shared/model/templates';
import type { EditorCommandId } from '../../../../shared/commands/registry';
import { isReadOnly } from '../documentContext';
import type { DocumentState } from '../documentStore';
import { addLane } from '../inspector/edits';
import { createFutureState, createJourneyFromTemplate } from '../sidebar/journeyActions';
import type { Behaviour, CommandContext } from '../commands';

/** One thing a command of the palette's second step can act on. */
export interface Choice {
  id: string;
  label: string;
  /** Where it is or what it is, shown beside it: "Book · Touchpoints". */
  detail?: string;
}

type Condition = (ctx: CommandContext) => boolean;
const state = (ctx: CommandContext): DocumentState => ctx.store.getState();
const withPanels: Condition = ({ panels }) => panels !== undefined;
const editable: Condition = (ctx) => withPanels(ctx) && !isReadOnly(state(ctx));
const withJourney: Condition = (ctx) => withPanels(ctx) && state(ctx).journeyId !== '';

/**
 * A command that asks for one thing first: run opens the palette's second step with its
 * choices; it is enabled only while there is something to choose.
 */
function picking(
  id: EditorCommandId,
  when: Condition,
  choices: (ctx: CommandContext) => Choice[],
  choose: (ctx: CommandContext, choiceId: string) => void,
): Behaviour {
  return {
    enabled: (ctx) => when(ctx) && choices(ctx).length > 0,
    run: ({ panels }) => panels?.getState().showPick(id),
    choices,
    choose,
  };
}

function cardChoices(ctx: CommandContext): Choice[] {
  const { doc, journeyId } = state(ctx);
  const byCell = touchpointsByCell(doc, journeyId);
  const lanes = lanesOf(doc, journeyId);
  // Every lane's cards, in the map's reading order: stage by stage, lane by lane.
  return stagesOf(doc, journeyId).flatMap((stage) =>
    lanes.flatMap((lane) =>
      (byCell.get(cellKey(stage.id, lane.id)) ?? []).map((t) => ({
        id: t.id,
        label: cardFace(t, lane.kind).title.text,
        detail: `${stage.name} · ${lane.name}`,
      })),
    ),
  );
}

function linkedJourneys(ctx: CommandContext): Choice[] {
  const { doc, journeyId } = state(ctx);
  const shown = doc.journeys[journeyId];
  if (!shown) return [];
  return journeyList(doc)
    .filter((j) =>
      shown.state === 'future'
        ? j.id === shown.currentJourneyId
        : j.state === 'future' && j.currentJourneyId === journeyId,
    )
    .map((j) => ({
      id: j.id,
      label: j.name,
      detail: j.state === 'future' ? 'Future state' : 'Current state',
    }));
}

const showJourney = (ctx: CommandContext, id: string) => state(ctx).setJourney(id);

function setLaneHidden(ctx: CommandContext, id: string, hidden: boolean) {
  state(ctx).dispatch({ type: 'updateLane', id, patch: { hidden } });
}

const lanesWhere = (ctx: CommandContext, hidden: boolean): Choice[] => {
  const { doc, journeyId } = state(ctx);
  return lanesOf(doc, journeyId)
    .filter((l) => l.hidden === hidden)
    .map((l) => ({ id: l.id, label: l.name, detail: LANE_KIND_LABELS[l.kind] }));
};

/** The palette's commands over journeys, personas, lanes and cards. */
export const PICK_BEHAVIOURS = {
  'go-to-card': picking('go-to-card', withJourney, cardChoices, (ctx, id) =>
    // Selecting a card brings it into view (canvas/useRevealSelection.ts), culled or not.
    state(ctx).select({ kind: 'touchpoint', ids: [id] }),
  ),
  'switch-journey': picking(
    'switch-journey',
    withPanels,
    (ctx) =>
      journeyList(state(ctx).doc).map((j) => ({
        id: j.id,
        label: j.name,
        detail: j.state === 'future' ? 'Future state' : undefined,
      })),
    showJourney,
  ),
  'new-journey': picking(
    'new-journey',
    editable,
    () => JOURNEY_TEMPLATES.map((t) => ({ id: t.id, label: t.label, detail: t.summary })),
    (ctx, templateId) => {
      createJourneyFromTemplate(ctx.store, templateId);
    },
  ),
  'rename-journey': {
    enabled: (ctx) => editable(ctx) && withJourney(ctx),
    run: (ctx) => state(ctx).requestFocus({ id: state(ctx).journeyId, field: 'name' }),
  },
  'create-future-state': {
    enabled: (ctx) =>
      editable(ctx) && state(ctx).doc.journeys[state(ctx).journeyId]?.state === 'current',
    run: (ctx) => {
      createFutureState(ctx.store, state(ctx).journeyId);
    },
  },
  'switch-state': picking('switch-state', withJourney, linkedJourneys, showJourney),
  personas: { enabled: withPanels, run: ({ panels }) => panels?.getState().show('personas') },
  'add-lane': picking(
    'add-lane',
    (ctx) => editable(ctx) && withJourney(ctx),
    (ctx) => {
      const { doc, journeyId } = state(ctx);
      const kinds = lanesOf(doc, journeyId).map((l) => l.kind);
      return LANE_KIND_IDS.filter((k) => !singletonClash(k, kinds)).map((k) => ({
        id: k,
        label: LANE_KIND_LABELS[k],
      }));
    },
    (ctx, kind) => {
      const k = LANE_KIND_IDS.find((id) => id === kind);
      if (k) addLane(ctx.store, k, LANE_KIND_LABELS[k]);
    },
  ),
  'hide-lane': picking(
    'hide-lane',
    (ctx) => editable(ctx) && withJourney(ctx),
    (ctx) => lanesWhere(ctx, false),
    (ctx, id) => setLaneHidden(ctx, id, true),
  ),
  'show-lane': picking(
    'show-lane',
    (ctx) => editable(ctx) && withJourney(ctx),
    (ctx) => lanesWhere(ctx, true),
    (ctx, id) => setLaneHidden(ctx, id, false),
  ),
} satisfies Partial<Record<EditorCommandId, Behaviour>>;
