import { describe, expect, it } from 'vitest';
import { templateJourney } from '../../shared/export/svg/exampleDocs';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { PROJECTOR_LAYOUT_THEME as THEME } from '../../shared/present/projectorTheme';
import { presentSteps } from '../../shared/present/steps';
import {
  buildPresentEdges,
  buildPresentNodes,
} from '../../renderer/src/editor/present/buildPresentNodes';

const { doc, journeyId } = templateJourney('hotel-example');
const layout = layoutJourney(doc, journeyId, THEME);
const plain = presentSteps(layout, false);
const reveal = presentSteps(layout, true);

const veils = (step: (typeof plain)[number]) =>
  Object.fromEntries(
    buildPresentNodes(doc, layout, THEME, step).flatMap((n) =>
      n.type === 'dim' ? [[n.id, n.data.dimmed]] : [],
    ),
  );

describe('buildPresentNodes', () => {
  it('dims nothing on the overview', () => {
    expect(Object.values(veils(plain[0]!)).every((dimmed) => !dimmed)).toBe(true);
  });

  it('dims every other stage, the persona and, past the first stage, the lane names', () => {
    const [plan, search] = layout.stages;
    const onSearch = veils(plain[2]!);
    expect(onSearch[`dim:${search!.id}`]).toBe(false);
    expect(onSearch[`dim:${plan!.id}`]).toBe(true);
    expect(onSearch['dim:persona']).toBe(true);
    expect(onSearch['dim:lanes']).toBe(true);
    expect(veils(plain[1]!)['dim:lanes']).toBe(false);
  });

  it('nothing can be dragged, selected, connected or focused', () => {
    for (const node of buildPresentNodes(doc, layout, THEME, plain[1]!)) {
      expect(node).toMatchObject({
        draggable: false,
        selectable: false,
        connectable: false,
        focusable: false,
      });
    }
  });

  it('conceals the cards not yet revealed, and the arrows that touch them', () => {
    const firstOfPlan = reveal[1]!;
    const cards = buildPresentNodes(doc, layout, THEME, firstOfPlan).filter(
      (n) => n.type === 'card',
    );
    const concealed = cards.filter((n) => n.type === 'card' && n.data.concealed);
    expect(concealed).toHaveLength(5);
    const edges = buildPresentEdges(layout, firstOfPlan);
    const ids = new Set(concealed.map((n) => n.id));
    for (const edge of edges) {
      expect(edge.hidden).toBe(ids.has(edge.source) || ids.has(edge.target));
    }
    expect(edges.some((e) => e.hidden)).toBe(true);
    expect(buildPresentEdges(layout, plain[1]!).some((e) => e.hidden)).toBe(false);
  });
});
