import { useLayoutEffect, useMemo, useRef } from 'react';
import { cardFace } from '../../../../shared/cards/cardFace';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { getEntity } from '../../../../shared/model/doc';
import { cardEvidence } from '../../../../shared/model/evidenceStrength';
import { holdsCards } from '../../../../shared/model/laneKinds';
import type { ProjectDoc } from '../../../../shared/model/types';
import type { PresentStep } from '../../../../shared/present/steps';
import { concealedCards } from './buildPresentNodes';
import { PresentCardFace } from './PresentNodes';
import './stageView.css';

type StageStep = Extract<PresentStep, { kind: 'stage' }>;

/** The stage view's type scales to fill the screen: down to 24 px titles, up to 40 px. */
const MIN_FIT = 0.82;
const MAX_FIT = 1.35;

/**
 * The stage on its own, filling the screen: a row per lane with its label, the lane's cards
 * side by side across the width (a map column is tall and narrow, so framing it on a wide
 * screen leaves most of the screen empty and the type small). Reveal hides cards not yet
 * shown, as on the map.
 */
export function StageView({
  doc,
  layout,
  step,
  bottomInset,
  compact = false,
}: {
  doc: ProjectDoc;
  layout: JourneyLayout;
  step: StageStep;
  /** Screen px the presenter line covers at the bottom. */
  bottomInset: number;
  /** Drawn small, as a preview in the presenter window: no fitting, no landmarks. */
  compact?: boolean;
}) {
  const stage = layout.stages[step.stageIndex];
  const concealed = useMemo(() => concealedCards(layout, step), [layout, step]);
  const rows = useMemo(
    () =>
      layout.lanes
        .filter((lane) => holdsCards(lane.kind))
        .map((lane) => ({
          lane,
          cards: layout.cards
            .filter((c) => c.stageId === step.stageId && c.laneId === lane.id)
            .sort((a, b) => a.index - b.index)
            .flatMap((c) => {
              const t = getEntity(doc, 'touchpoints', c.id);
              return t
                ? [
                    {
                      id: c.id,
                      face: cardFace(t, lane.kind),
                      quotes: cardEvidence(doc, t).quotes,
                      ...(c.media && { media: c.media }),
                    },
                  ]
                : [];
            }),
        })),
    [doc, layout, step.stageId],
  );
  const root = useRef<HTMLElement>(null);
  useFitToScreen(root, compact, [rows, concealed, bottomInset]);
  if (!stage) return null;
  return (
    <section
      ref={root}
      className={compact ? 'stage-view compact' : 'stage-view'}
      style={{
        ['--stage-color' as string]: stage.color,
        ['--sv-bottom' as string]: `${bottomInset}px`,
      }}
      data-testid={compact ? 'stage-preview' : 'stage-view'}
      data-stage-name={stage.name}
      aria-label={compact ? undefined : `Stage ${step.stageIndex + 1}: ${stage.name}`}
    >
      <header className="stage-view-header">
        <h2>
          <span className="present-stage-index">{step.stageIndex + 1}</span>
          {stage.name || 'Untitled stage'}
        </h2>
        {stage.description && <p>{stage.description}</p>}
      </header>
      <div className="stage-view-lanes">
        {rows.map(({ lane, cards }) => (
          <div key={lane.id} className={`stage-view-lane lane-${lane.kind}`}>
            <h3 className="stage-view-lane-label" data-testid="stage-view-lane">
              {lane.name}
            </h3>
            <div className="stage-view-cards">
              {cards.map((c) => (
                <PresentCardFace
                  key={c.id}
                  face={c.face}
                  titleLines={3}
                  quotes={c.quotes}
                  {...(c.media && { media: c.media })}
                  concealed={concealed.has(c.id)}
                  testId="stage-view-card"
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

/**
 * Scales the type (the --sv-fit factor) so the stage fills the room above the presenter line:
 * larger for a stage of few cards, smaller for many, within MIN_FIT..MAX_FIT; what still does
 * not fit scrolls. Two passes, as paddings and wrapping do not scale exactly with the type.
 */
/** How tall the stage's content is, whether or not it overflows its box. */
function contentHeight(el: HTMLElement): number {
  const last = el.lastElementChild;
  if (!last) return el.scrollHeight;
  const padding = parseFloat(getComputedStyle(el).paddingBottom) || 0;
  return last.getBoundingClientRect().bottom - el.getBoundingClientRect().top + padding;
}

function useFitToScreen(
  ref: React.RefObject<HTMLElement | null>,
  off: boolean,
  deps: readonly unknown[],
) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || off) return;
    let fit = 1;
    for (let pass = 0; pass < 2; pass++) {
      el.style.setProperty('--sv-fit', String(fit));
      const used = contentHeight(el) / Math.max(1, el.clientHeight);
      if (pass === 1 && used <= 1) break;
      fit = Math.min(MAX_FIT, Math.max(MIN_FIT, (fit / used) * 0.97));
    }
    el.style.setProperty('--sv-fit', String(fit));
    el.dataset.fit = String(fit);
    // The dependencies are the caller's: what changes the stage's content or room.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, off, ...deps]);
}
