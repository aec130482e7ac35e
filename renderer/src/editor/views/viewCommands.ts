import { newId } from '../../../../shared/model/ids';
import {
  filterOfView,
  laneChangesForView,
  newSavedView,
  savedViewsOf,
} from '../../../../shared/model/savedViews';
import type { SingleOp } from '../../../../shared/ops/schema';
import { isReadOnly } from '../documentContext';
import type { Behaviour, CommandContext } from '../commands';
import { openPresenterWindow } from '../present/presenterChannel';

type Condition = (ctx: CommandContext) => boolean;
const withJourney: Condition = ({ store, panels }) =>
  panels !== undefined && store.getState().journeyId !== '';
const editable: Condition = (ctx) => withJourney(ctx) && !isReadOnly(ctx.store.getState());

const viewChoices = ({ store }: CommandContext) => {
  const { doc, journeyId } = store.getState();
  return savedViewsOf(doc, journeyId).map((v) => ({ id: v.id, label: v.name }));
};

/** A command that acts on one of the journey's saved views, picked in the palette. */
function onView(
  id: 'apply-view' | 'delete-view',
  when: Condition,
  act: (ctx: CommandContext, viewId: string) => void,
): Behaviour {
  return {
    enabled: (ctx) => when(ctx) && viewChoices(ctx).length > 0,
    run: ({ panels }) => panels?.getState().showPick(id),
    choices: viewChoices,
    choose: act,
  };
}

/** Saves what the editor shows now as a named view of the journey (one undo step). */
export function saveCurrentView(ctx: CommandContext, name: string): string | null {
  const { doc, journeyId, filter, dispatch } = ctx.store.getState();
  const frame = ctx.view?.frame?.();
  if (!frame) return null;
  const view = newSavedView(doc, { id: newId(), journeyId, name, filter, frame });
  dispatch({ type: 'insertRows', rows: { savedViews: [view] } });
  return view.name;
}

/**
 * Shows a saved view in the editor: its filter in the search bar, its lanes (showing and
 * hiding lanes is an edit, as "Hide lane…" is: one undo step) and then its part of the map.
 */
export function applySavedView(ctx: CommandContext, viewId: string): void {
  const state = ctx.store.getState();
  const view = state.doc.savedViews[viewId];
  if (!view) return;
  state.setFilter(filterOfView(view));
  const ops: SingleOp[] = laneChangesForView(state.doc, view).map(({ id, hidden }) => ({
    type: 'updateLane',
    id,
    patch: { hidden },
  }));
  if (ops.length > 0 && !isReadOnly(state)) state.dispatch({ type: 'batch', ops });
  // Framed once the lanes' new layout is on the canvas.
  requestAnimationFrame(() => ctx.view?.showFrame?.(view.frame));
}

export const VIEW_BEHAVIOURS = {
  'presenter-view': {
    enabled: withJourney,
    run: ({ panels }) => {
      panels?.getState().show('present');
      openPresenterWindow();
    },
  },
  'save-view': {
    enabled: (ctx) => editable(ctx) && ctx.view?.frame !== undefined,
    run: ({ panels }) => panels?.getState().show('save-view'),
  },
  'apply-view': onView('apply-view', withJourney, applySavedView),
  'delete-view': onView('delete-view', editable, ({ store }, id) =>
    store.getState().dispatch({ type: 'deleteRows', ids: { savedViews: [id] } }),
  ),
} satisfies Record<string, Behaviour>;
