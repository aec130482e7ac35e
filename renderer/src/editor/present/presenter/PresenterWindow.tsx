import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { layoutJourney } from '../../../../../shared/layout/layoutJourney';
import { getEntity } from '../../../../../shared/model/doc';
import { stageInsight } from '../../../../../shared/present/insight';
import { clockText, sectionLabel } from '../../../../../shared/present/presenterCue';
import {
  PROJECTOR_LAYOUT_THEME as THEME,
  projectorCssVariables,
} from '../../../../../shared/present/projectorTheme';
import {
  nextSection,
  presentKeyAction,
  type PresentStep,
} from '../../../../../shared/present/steps';
import { useDocument, useDocumentStore } from '../../documentContext';
import { useJourneyViews } from '../useJourneyViews';
import { usePresentSteps, type OnMoved } from '../usePresentSteps';
import { PresenterRoom } from './PresenterRoom';
import { StepPreview } from './StepPreview';
import { useNow, usePresenterSync } from './usePresenterSync';
import '../present.css';
import './presenter.css';

const CSS_VARS = projectorCssVariables();

/** What a step is about, for the per-section clock: its stage or view, or the overview. */
const sectionOf = (step: PresentStep) =>
  step.kind === 'stage' ? step.stageId : step.kind === 'view' ? step.viewId : 'overview';

/**
 * The presenter's screen (a second window or tab, `#presenter`): the current and the next
 * stage, the speaker notes, the clocks and the room's tallies. Steps here move the audience
 * window, and steps there move this one (usePresenterSync.ts).
 */
export function PresenterWindow() {
  const store = useDocumentStore();
  const doc = useDocument((s) => s.doc);
  const journeyId = useDocument((s) => s.journeyId);
  const layout = useMemo(() => layoutJourney(doc, journeyId, THEME), [doc, journeyId]);
  const { views, viewIds } = useJourneyViews(doc, journeyId);
  const moved = useRef<OnMoved | null>(null);
  const onMoved = useCallback<OnMoved>((key, on) => moved.current?.(key, on), []);
  const { steps, at, step, reveal, move, toggleReveal, goTo } = usePresentSteps(
    layout,
    viewIds,
    onMoved,
  );
  // A cue for another journey waits until that journey is shown, then is taken (React's
  // "adjust state while rendering": no effect, no extra paint of the wrong step).
  const [pending, setPending] = useState<{ journeyId: string; key: string; reveal: boolean }>();
  if (pending && pending.journeyId === journeyId) {
    setPending(undefined);
    goTo(pending.key, pending.reveal);
  }
  const follow = useCallback(
    (journey: string, key: string, on: boolean) => {
      if (journey === store.getState().journeyId) return goTo(key, on);
      store.getState().setJourney(journey);
      setPending({ journeyId: journey, key, reveal: on });
    },
    [store, goTo],
  );
  const sync = usePresenterSync(journeyId, follow);
  useEffect(() => {
    moved.current = sync.onMoved;
  }, [sync.onMoved]);

  const now = useNow();
  const section = sectionOf(step);
  const [clock, setClock] = useState({ section, since: now });
  if (clock.section !== section) setClock({ section, since: now });
  const sectionSince = clock.section === section ? clock.since : now;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
      const action = presentKeyAction(e.key, e.shiftKey);
      if (!action || action.type === 'leave') return;
      e.preventDefault();
      if (action.type !== 'toggle') move(action);
      else if (action.what === 'reveal') toggleReveal();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [move, toggleReveal]);

  const journey = getEntity(doc, 'journeys', journeyId);
  const stage = step.kind === 'stage' ? getEntity(doc, 'stages', step.stageId) : undefined;
  const view = step.kind === 'view' ? views.find((v) => v.id === step.viewId) : undefined;
  const next = nextSection(steps, at);
  const counts = { stages: layout.stages.length, views: viewIds.length };
  const insight = stage ? stageInsight(doc, journeyId, stage.id) : null;
  return (
    <main
      className="presenter-window"
      style={CSS_VARS}
      data-testid="presenter-window"
      data-step={section}
      data-audience={sync.audience}
    >
      <header className="presenter-top">
        <h1>{journey?.name ?? 'Presenter view'}</h1>
        <p data-testid="presenter-section">
          {sectionLabel(step, counts)}
          {step.kind === 'stage' && step.revealed < step.cardCount
            ? ` · ${step.revealed} of ${step.cardCount} cards shown`
            : ''}
          {reveal ? ' · reveal on' : ''}
        </p>
        <dl className="presenter-clocks">
          <div>
            <dt>Elapsed</dt>
            <dd data-testid="presenter-elapsed">{clockText(now - sync.startedAt)}</dd>
          </div>
          <div>
            <dt>{step.kind === 'stage' ? 'This stage' : 'This step'}</dt>
            <dd data-testid="presenter-stage-time">{clockText(now - sectionSince)}</dd>
          </div>
        </dl>
        {sync.audience !== 'presenting' && (
          <p className="presenter-waiting" role="status">
            {sync.audience === 'ended'
              ? 'The presentation has ended in the other window.'
              : 'Start Present (F5) in the other window: this one follows it.'}
          </p>
        )}
      </header>
      <section className="presenter-now" aria-label="Now">
        <h2>Now: {stage?.name ?? view?.name ?? 'Overview'}</h2>
        <StepPreview doc={doc} layout={layout} step={step} views={views} size="large" />
      </section>
      <section className="presenter-next" aria-label="Next">
        <h2>Next: {next ? previewTitle(next, layout, views) : 'the end'}</h2>
        {next && <StepPreview doc={doc} layout={layout} step={next} views={views} size="small" />}
      </section>
      <section className="presenter-notes" aria-label="Speaker notes" data-testid="presenter-notes">
        <h2>Speaker notes</h2>
        {stage?.notes.trim() ? (
          <p className="presenter-notes-text">{stage.notes}</p>
        ) : (
          <p className="presenter-muted">
            {stage ? 'No notes for this stage (Stage inspector: Speaker notes).' : 'No notes here.'}
          </p>
        )}
        {insight?.goal && <p>Goal: {insight.goal}</p>}
        {insight?.keyMoment && <p>{insight.keyMoment}</p>}
      </section>
      <PresenterRoom journeyId={journeyId} />
      <nav className="presenter-controls" aria-label="Step">
        <button type="button" onClick={() => move({ type: 'previous' })}>
          ← Previous
        </button>
        <button type="button" onClick={() => move({ type: 'next' })}>
          Next →
        </button>
        <button type="button" onClick={() => move({ type: 'overview' })}>
          Overview
        </button>
        <button type="button" onClick={sync.restart}>
          Restart clock
        </button>
      </nav>
    </main>
  );
}

function previewTitle(
  step: PresentStep,
  layout: ReturnType<typeof layoutJourney>,
  views: readonly { id: string; name: string }[],
): string {
  if (step.kind === 'stage') return layout.stages[step.stageIndex]?.name ?? '';
  if (step.kind === 'view') return views.find((v) => v.id === step.viewId)?.name ?? '';
  return 'Overview';
}
