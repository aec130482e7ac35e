import { useMemo } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { getEntity } from '../../../../shared/model/doc';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import type { ProjectDoc } from '../../../../shared/model/types';
import { stageInsight } from '../../../../shared/present/insight';
import { countOf } from '../../../../shared/text/plural';
import { EmotionFace } from '../../components/EmotionFace';

/**
 * The overview of a map too wide to read whole (its camera would draw text under 18 px): each
 * stage as a column of what matters from afar, its name, how many cards, a face per rated
 * touchpoint and its key moment, all in projector type.
 */
export function FarOverview({
  doc,
  journeyId,
  journeyName,
  layout,
  bottomInset,
}: {
  doc: ProjectDoc;
  journeyId: string;
  journeyName: string;
  layout: JourneyLayout;
  bottomInset: number;
}) {
  const stages = useMemo(
    () =>
      layout.stages.map((stage) => {
        const cards = layout.cards.filter((c) => c.stageId === stage.id);
        const emotions = cards
          .filter((c) => holdsTouchpoints(c.laneKind))
          .flatMap((c) => {
            const emotion = getEntity(doc, 'touchpoints', c.id)?.emotion ?? null;
            return emotion === null ? [] : [{ id: c.id, emotion }];
          });
        return {
          stage,
          cards: cards.length,
          emotions,
          insight: stageInsight(doc, journeyId, stage.id),
        };
      }),
    [doc, journeyId, layout],
  );
  return (
    <section
      className="far-overview"
      style={{ ['--sv-bottom' as string]: `${bottomInset}px` }}
      data-testid="far-overview"
      aria-label={`Overview of ${journeyName || 'the journey'}`}
    >
      <ol style={{ gridTemplateColumns: `repeat(${Math.max(1, stages.length)}, 1fr)` }}>
        {stages.map(({ stage, cards, emotions, insight }) => (
          <li key={stage.id} style={{ ['--stage-color' as string]: stage.color }}>
            <h2>
              <span className="present-stage-index">{stage.index + 1}</span>
              <span className="far-stage-name">{stage.name || 'Untitled stage'}</span>
            </h2>
            <p>{countOf(cards, 'card')}</p>
            <div className="far-faces" role="img" aria-label={facesLabel(emotions.length)}>
              {emotions.map((e) => (
                <EmotionFace key={e.id} emotion={e.emotion} size={34} />
              ))}
            </div>
            {insight.keyMoment && <p className="far-moment">{insight.keyMoment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

const facesLabel = (n: number) =>
  n === 0 ? 'No rated touchpoints' : `Emotion of ${countOf(n, 'rated touchpoint')}`;
