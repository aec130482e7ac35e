import {
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  MarkerType,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { getEntity } from '../../../../shared/model/doc';
import { layoutJourney } from '../../../../shared/layout/layoutJourney';
import { cameraFor, overviewFrame, stageFrame } from '../../../../shared/present/camera';
import { docShowingView, filterOfView, rectOfFrame } from '../../../../shared/model/savedViews';
import { matchesFilter } from '../../../../shared/model/filter';
import { stageInsight } from '../../../../shared/present/insight';
import { quoteCallout } from '../../../../shared/present/quoteCallout';
import {
  minReadableZoom,
  PROJECTOR_LAYOUT_THEME as THEME,
  PROJECTOR_PALETTE,
  projectorCssVariables,
} from '../../../../shared/present/projectorTheme';
import { presentKeyAction, stepKey, type PresentStep } from '../../../../shared/present/steps';
import type { ProjectDoc } from '../../../../shared/model/types';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { useDocument } from '../documentContext';
import { useCommandContext } from '../palette/commandContext';
import { useReusedNodes } from '../flow/reuseNodes';
import { buildPresentEdges, buildPresentNodes } from './buildPresentNodes';
import { useConnectionRouter } from '../routing/useConnectionRouter';
import { PresenterLine, PresentHelp } from './PresenterLine';
import {
  DimVeil,
  PresentCard,
  PresentConnection,
  PresentCurve,
  PresentLane,
  PresentPersona,
  PresentStage,
} from './PresentNodes';
import type { PresentEdge, PresentNode } from './presentNodeTypes';
import { Spotlight } from './Spotlight';
import { QuoteCalloutBox } from './QuoteCalloutBox';
import { useFullscreen } from './useFullscreen';
import { usePresentSteps, type OnMoved } from './usePresentSteps';
import { useAudienceSync } from './usePresentSync';
import { useJourneyViews } from './useJourneyViews';
import { StageView } from './StageView';
import { FarOverview } from './FarOverview';
import { openPresenterWindow } from './presenterChannel';
import './present.css';

const NODE_TYPES: NodeTypes = {
  stage: PresentStage,
  card: PresentCard,
  lane: PresentLane,
  persona: PresentPersona,
  curve: PresentCurve,
  dim: DimVeil,
};
const EDGE_TYPES: EdgeTypes = { connection: PresentConnection };
const CAMERA_MS = 700;
/** Screen px the presenter line takes, kept clear of the framed stage. */
const LINE_HEIGHT = 96;
const CSS_VARS: CSSProperties = {
  ...projectorCssVariables(),
  ['--present-line-height' as string]: `${LINE_HEIGHT}px`,
};

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function useScreenSize(ref: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() =>
      setSize({ width: el.clientWidth, height: el.clientHeight }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

function Presentation({ onLeave }: { onLeave: () => void }) {
  const doc = useDocument((s) => s.doc);
  const journeyId = useDocument((s) => s.journeyId);
  const router = useConnectionRouter();
  const layout = useMemo(
    () => layoutJourney(doc, journeyId, THEME, router),
    [doc, journeyId, router],
  );
  const { views, viewIds } = useJourneyViews(doc, journeyId);
  const moved = useRef<OnMoved | null>(null);
  const onMoved = useCallback<OnMoved>((key, on) => moved.current?.(key, on), []);
  const { step, reveal, move, toggleReveal, goTo } = usePresentSteps(layout, viewIds, onMoved);
  usePublishStage(step);
  const sync = useAudienceSync({ journeyId, key: stepKey(step), reveal }, goTo);
  useEffect(() => {
    moved.current = sync.onMoved;
  }, [sync.onMoved]);
  const view = step.kind === 'view' ? views.find((v) => v.id === step.viewId) : undefined;
  // A saved view shows its lanes and dims what its filter leaves out; the file is not edited.
  const shown = useShownView(doc, journeyId, layout, view, router);
  const [stageView, setStageView] = useState(true);
  const [lineWanted, setLineShown] = useState(true);
  // With a presenter window open, the line is on the presenter's screen: here, only the map.
  const lineShown = lineWanted && !sync.presenterOpen;
  const [help, setHelp] = useState(false);
  const [spotlight, setSpotlight] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const screen = useScreenSize(root);
  const flow = useReactFlow<PresentNode, PresentEdge>();
  useFullscreen(onLeave);

  // Stepping through the stages changes veils and concealed cards; the other nodes stay the same.
  const nodes = useReusedNodes(
    useMemo(
      () => buildPresentNodes(shown.doc, shown.layout, THEME, step, shown.faded),
      [shown, step],
    ),
  );
  const edges = useMemo(
    () =>
      buildPresentEdges(shown.layout, step).map((e) => ({
        ...e,
        markerEnd: {
          type: MarkerType.ArrowClosed,
          width: 16,
          height: 16,
          color: PROJECTOR_PALETTE.ink,
        },
      })),
    [shown, step],
  );

  const camera = useMemo(() => {
    const frame =
      step.kind === 'overview'
        ? overviewFrame(layout)
        : step.kind === 'view'
          ? rectOfFrame(view?.frame ?? { left: 0, top: 0, right: 1, bottom: 1 }, shown.layout)
          : stageFrame(layout, step.stageIndex, THEME.stageGap);
    return cameraFor(frame, { ...screen, bottomInset: lineShown ? LINE_HEIGHT : 0 });
  }, [layout, shown.layout, view, step, screen, lineShown]);
  const bottomInset = lineShown ? LINE_HEIGHT : 0;
  // What covers the map: the stage view, or the far-out overview of a map too wide to read.
  const board =
    step.kind === 'stage' && stageView
      ? 'stage'
      : step.kind === 'overview' && camera.zoom < minReadableZoom()
        ? 'far'
        : null;

  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!ready) return;
    void flow.setViewport(camera, { duration: reducedMotion() ? 0 : CAMERA_MS });
  }, [flow, camera, ready]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // F5 again must not reload the page under the presentation.
      if (e.key === 'F5') return e.preventDefault();
      // Enter and Space on a focused button (Exit, Keys) press the button.
      const onButton = e.target instanceof HTMLButtonElement;
      if (onButton && (e.key === 'Enter' || e.key === ' ')) return;
      const action = presentKeyAction(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      if (action.type === 'leave') return help ? setHelp(false) : onLeave();
      if (action.type !== 'toggle') return move(action);
      if (action.what === 'reveal') toggleReveal();
      if (action.what === 'spotlight') setSpotlight((on) => !on);
      if (action.what === 'presenterLine') setLineShown((on) => !on);
      if (action.what === 'stageView') setStageView((on) => !on);
      if (action.what === 'help') setHelp((on) => !on);
    },
    [help, onLeave, move, toggleReveal],
  );
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onKeyDown]);

  const callout = useMemo(() => quoteCallout(doc, layout, step), [doc, layout, step]);
  const stage = step.kind === 'stage' ? layout.stages[step.stageIndex] : undefined;
  const journey = getEntity(doc, 'journeys', journeyId);
  const persona = journey?.personaId ? getEntity(doc, 'personas', journey.personaId) : undefined;
  return (
    <div
      ref={root}
      className="presentation"
      style={CSS_VARS}
      data-testid="presentation"
      data-step={stepLabel(step)}
      data-reveal={reveal ? 'on' : 'off'}
      data-zoom={camera.zoom}
      data-board={board ?? 'map'}
      data-presenter={sync.presenterOpen ? 'open' : 'closed'}
      role="region"
      aria-label={`Presentation of ${journey?.name ?? 'the journey'}`}
    >
      <ReactFlow<PresentNode, PresentEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onInit={(instance) => {
          void instance.setViewport(camera);
          setReady(true);
        }}
        minZoom={0.1}
        maxZoom={3}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        zoomOnDoubleClick={false}
        panActivationKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        deleteKeyCode={null}
        zoomActivationKeyCode={null}
        disableKeyboardA11y
        proOptions={{ hideAttribution: true }}
      />
      <QuoteCalloutBox callout={callout} />
      {board === 'stage' && step.kind === 'stage' && (
        <StageView doc={doc} layout={layout} step={step} bottomInset={bottomInset} />
      )}
      {board === 'far' && (
        <FarOverview
          doc={doc}
          journeyId={journeyId}
          journeyName={journey?.name ?? ''}
          layout={layout}
          bottomInset={bottomInset}
        />
      )}
      <Spotlight enabled={spotlight} />
      {lineShown && (
        <PresenterLine
          step={step}
          stageName={(view ? view.name : stage?.name) ?? ''}
          viewCount={viewIds.length}
          stageCount={layout.stages.length}
          journeyName={journey?.name ?? ''}
          personaName={persona ? [persona.name, persona.role].filter(Boolean).join(', ') : ''}
          insight={stage ? stageInsight(doc, journeyId, stage.id) : null}
          onHelp={() => setHelp((on) => !on)}
          onPresenter={openPresenterWindow}
          onLeave={onLeave}
        />
      )}
      {help && <PresentHelp onClose={() => setHelp(false)} />}
    </div>
  );
}

/** Tells the editor which stage is on screen, so an open room follows it. */
function usePublishStage(step: PresentStep) {
  const { panels } = useCommandContext();
  const stageId = step.kind === 'stage' ? step.stageId : null;
  useEffect(() => {
    panels?.getState().setPresentStage(stageId);
  }, [panels, stageId]);
}

/** The document and layout a step draws: a saved view's lanes, and the cards its filter dims. */
function useShownView(
  doc: ProjectDoc,
  journeyId: string,
  layout: JourneyLayout,
  view: ReturnType<typeof useJourneyViews>['views'][number] | undefined,
  router: ReturnType<typeof useConnectionRouter>,
) {
  return useMemo(() => {
    if (!view) return { doc, layout, faded: undefined };
    const viewDoc = docShowingView(doc, view);
    const viewLayout = viewDoc === doc ? layout : layoutJourney(viewDoc, journeyId, THEME, router);
    const filter = filterOfView(view);
    const faded = filter
      ? new Set(
          viewLayout.cards
            .filter((c) => {
              const t = getEntity(doc, 'touchpoints', c.id);
              return !t || !matchesFilter(t, filter);
            })
            .map((c) => c.id),
        )
      : undefined;
    return { doc: viewDoc, layout: viewLayout, faded };
  }, [doc, journeyId, layout, view, router]);
}

/** "overview", or "stage-2" / "stage-2-card-3" for tests and styling. */
function stepLabel(step: PresentStep): string {
  if (step.kind === 'overview') return 'overview';
  if (step.kind === 'view') return `view-${step.viewIndex + 1}`;
  const base = `stage-${step.stageIndex + 1}`;
  return step.revealed < step.cardCount ? `${base}-card-${step.revealed}` : base;
}

/** The journey on a projector: its own React Flow, so the editor's viewport is left alone. */
export function PresentationView({ onLeave }: { onLeave: () => void }) {
  return (
    <ReactFlowProvider>
      <Presentation onLeave={onLeave} />
    </ReactFlowProvider>
  );
}
