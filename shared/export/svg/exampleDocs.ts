/** Journeys for export tests and benchmarks: a template, or a synthetic map of any size. */
import { generateNKeysBetween } from 'fractional-indexing';
import { emptyDoc, emptyRows } from '../../model/doc';
import {
  LANE_KIND_LABELS,
  makeConnection,
  makeJourney,
  makeLane,
  makePersona,
  makeStage,
  makeTouchpoint,
} from '../../model/factories';
import { JOURNEY_LANES } from '../../model/templateSpec';
import { journeyFromTemplate, stageColor } from '../../model/templates';
import type { Emotion } from '../../model/scales';
import type { ProjectDoc, RowSet, Touchpoint } from '../../model/types';
import { applyOp } from '../../ops/applyOp';
import { holdsCards, holdsTouchpoints } from '../../model/laneKinds';

export interface ExampleJourney {
  doc: ProjectDoc;
  journeyId: string;
}

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function withRows(rows: RowSet): ExampleJourney {
  const doc = applyOp(emptyDoc('Export test', '2024-01-01T00:00:00Z'), {
    type: 'insertRows',
    rows,
  }).doc;
  return { doc, journeyId: rows.journeys?.[0]?.id ?? '' };
}

/** A journey built from one of the templates, e.g. the worked example 'hotel-example'. */
export function templateJourney(templateId: string): ExampleJourney {
  return withRows(journeyFromTemplate(templateId, { orderKey: 'a0', makeId: counter('t') }));
}

export interface SyntheticOptions {
  stages: number;
  /** Touchpoint cards in each stage; every other lane gets one note per stage. */
  touchpointsPerStage: number;
  /** Used for every title, name and label instead of the generated ones. */
  text?: string;
  persona?: boolean;
}

/** A journey of every standard lane, with cards, connections along the path and a persona. */
export function syntheticJourney(o: SyntheticOptions): ExampleJourney {
  const id = counter('s');
  const journeyId = id();
  const named = (fallback: string) => o.text ?? fallback;
  const rows = emptyRows();
  let personaId: string | null = null;
  if (o.persona !== false) {
    personaId = id();
    rows.personas.push(
      makePersona({
        id: personaId,
        name: named('Sam Rivera'),
        role: named('Frequent traveller'),
        quote: named('I want it to just work.'),
        goals: named('Save time\nStay in budget'),
        needs: named('Clear prices'),
        frustrations: named('Hidden fees'),
        color: '#1c7ed6',
        orderKey: 'a0',
      }),
    );
  }
  rows.journeys.push(
    makeJourney({ id: journeyId, name: named('Synthetic journey'), personaId, orderKey: 'a0' }),
  );
  const stageKeys = generateNKeysBetween(null, null, o.stages);
  const stageIds = stageKeys.map((orderKey, i) => {
    const stageId = id();
    rows.stages.push({
      ...makeStage({
        id: stageId,
        journeyId,
        name: named(`Stage ${i + 1}`),
        color: stageColor(i),
        description: named(`Goal of stage ${i + 1}`),
      }),
      orderKey,
    });
    return stageId;
  });
  const laneKinds = [...JOURNEY_LANES];
  const laneKeys = generateNKeysBetween(null, null, laneKinds.length);
  const laneIds = laneKinds.map((kind, i) => {
    const laneId = id();
    rows.lanes.push({
      ...makeLane({ id: laneId, journeyId, kind, name: named(LANE_KIND_LABELS[kind]) }),
      orderKey: laneKeys[i] as string,
    });
    return laneId;
  });
  const cardKeys = generateNKeysBetween(null, null, Math.max(1, o.touchpointsPerStage));
  let previous: string | undefined;
  stageIds.forEach((stageId, si) => {
    laneKinds.forEach((kind, li) => {
      if (!holdsCards(kind)) return;
      const count = holdsTouchpoints(kind) ? o.touchpointsPerStage : 1;
      for (let c = 0; c < count; c++) {
        const cardId = id();
        const card: Touchpoint = {
          ...makeTouchpoint({
            id: cardId,
            journeyId,
            stageId,
            laneId: laneIds[li] as string,
            title: named(`Card ${si + 1}.${c + 1}`),
            description: named('Some words about it.'),
          }),
          orderKey: cardKeys[c] as string,
        };
        if (holdsTouchpoints(kind)) {
          card.emotion = (((((si + c) % 5) + 5) % 5) - 2) as Emotion;
          card.effort = ((si + c) % 7) + 1;
          card.channel = named('Website');
          card.momentOfTruth = (si + c) % 4 === 0;
          if (previous) {
            rows.connections.push(
              makeConnection({
                id: id(),
                journeyId,
                fromId: previous,
                toId: cardId,
                kind: (['path', 'alternative', 'failure'] as const)[si % 3],
                label: o.text ?? '',
              }),
            );
          }
          previous = cardId;
        }
        rows.touchpoints.push(card);
      }
    });
  });
  return withRows(rows);
}
