import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { templateJourney } from '../../../../shared/export/svg/exampleDocs';
import { sameLayoutInputs } from '../../../../shared/layout/layoutInputs';
import { layoutJourney } from '../../../../shared/layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME as THEME } from '../../../../shared/layout/theme';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import type { ProjectDoc } from '../../../../shared/model/types';
import { applyOp } from '../../../../shared/ops/applyOp';
import type { Op } from '../../../../shared/ops/schema';
import { presentSteps } from '../../../../shared/present/steps';
import type { Selection } from '../documentStore';
import { buildNodes } from '../canvas/buildNodes';
import type { CanvasNode } from '../canvas/nodeTypes';
import { buildPresentNodes } from '../present/buildPresentNodes';
import { reuseUnchanged } from './reuseNodes';

const { doc, journeyId } = templateJourney('hotel-example');
const layout = layoutJourney(doc, journeyId, THEME);
const touchpoints = layout.cards.filter((c) => holdsTouchpoints(c.laneKind));

const canvas = (d: ProjectDoc, selection: Selection = null) =>
  buildNodes({
    doc: d,
    layout: layoutJourney(d, journeyId, THEME),
    theme: THEME,
    selection,
    drop: null,
  });

/** A canvas that has drawn `before`, then is handed `after`: the nodes React Flow receives. */
function redraw<N extends Node>(before: N[], after: N[]) {
  const first = reuseUnchanged(new Map(), before);
  const next = reuseUnchanged(new Map(first.map((n) => [n.id, n])), after);
  const kept = new Set(first);
  return { next, replaced: next.filter((n) => !kept.has(n)).map((n) => n.id) };
}

const edit = (op: Op) => applyOp(doc, op).doc;
const box = (n: Node) => ({ id: n.id, ...n.position, width: n.width, height: n.height });

describe('the map nodes every surface draws', () => {
  it('puts the persona, lanes, stages, curve and cards in the same places on the canvas and in the presentation', () => {
    const kinds = new Set(['persona', 'lane', 'stage', 'curve', 'touchpoint', 'card']);
    const shared = (nodes: Node[]) => nodes.filter((n) => kinds.has(n.type!)).map(box);
    const onCanvas = shared(canvas(doc));
    expect(onCanvas).toHaveLength(
      1 + layout.lanes.length + layout.stages.length + 1 + layout.cards.length,
    );
    expect(shared(buildPresentNodes(doc, layout, THEME, presentSteps(layout, false)[0]!))).toEqual(
      onCanvas,
    );
  });

  it('gives every node its box as what React Flow measured, and builds only the cards asked for, in layout order', () => {
    for (const n of canvas(doc)) {
      if (n.measured) expect(n.measured).toEqual({ width: n.width, height: n.height });
    }
    const cardNodes = canvas(doc).filter((n) => n.type === 'touchpoint');
    expect(cardNodes.every((n) => n.measured !== undefined)).toBe(true);
    const asked = new Set([touchpoints[3]!.id, touchpoints[0]!.id, 'no-such-card']);
    const some = buildNodes({
      doc,
      layout,
      theme: THEME,
      selection: null,
      drop: null,
      cards: asked,
    });
    expect(some.filter((n) => n.type === 'touchpoint').map((n) => n.id)).toEqual([
      touchpoints[0]!.id,
      touchpoints[3]!.id,
    ]);
  });

  it('gives both the same card face, kept with its touchpoint from one build to the next', () => {
    const faces = (nodes: Node[]) =>
      new Map(nodes.flatMap((n) => ('face' in n.data ? [[n.id, n.data.face]] : [])));
    const first = faces(canvas(doc));
    const again = faces(canvas(doc));
    const shown = faces(buildPresentNodes(doc, layout, THEME, presentSteps(layout, false)[1]!));
    expect(first.size).toBe(layout.cards.length);
    for (const [id, face] of first) {
      expect(again.get(id)).toBe(face);
      expect(shown.get(id)).toBe(face);
    }
  });
});

describe('node reuse on the canvas', () => {
  it('hands React Flow the very same objects when nothing changed', () => {
    const { replaced, next } = redraw(canvas(doc), canvas(doc));
    expect(next.length).toBeGreaterThan(40);
    expect(replaced).toEqual([]);
  });

  it('replaces only the edited card when one title changes', () => {
    const id = touchpoints[3]!.id;
    const after = edit({ type: 'updateTouchpoint', id, patch: { title: 'Renamed' } });
    expect(redraw(canvas(doc), canvas(after)).replaced).toEqual([id]);
  });

  it('replaces only the cards whose selection changed', () => {
    const [a, b] = touchpoints;
    const one: Selection = { kind: 'touchpoint', ids: [a!.id] };
    const other: Selection = { kind: 'touchpoint', ids: [b!.id] };
    expect(redraw(canvas(doc), canvas(doc, one)).replaced).toEqual([a!.id]);
    expect(redraw(canvas(doc, one), canvas(doc, other)).replaced.sort()).toEqual(
      [a!.id, b!.id].sort(),
    );
  });

  it('replaces only the rated card and the curve through it', () => {
    const id = touchpoints[0]!.id;
    const after = edit({ type: 'updateTouchpoint', id, patch: { emotion: 2 } });
    const { replaced } = redraw(canvas(doc), canvas(after));
    // The card itself, and the curve that passes through it.
    expect(replaced.sort()).toEqual([id, `curve:${layout.emotionCurve!.laneId}`].sort());
  });

  it('replaces a card whose face changed even though its box did not', () => {
    const before = canvas(doc).filter(
      (n): n is Extract<CanvasNode, { type: 'touchpoint' }> => n.type === 'touchpoint',
    );
    const changed = before.map((n, i) =>
      i === 0
        ? {
            ...n,
            data: { ...n.data, face: { ...n.data.face, title: { text: 'X', untitled: false } } },
          }
        : n,
    );
    expect(redraw(before, changed).replaced).toEqual([before[0]!.id]);
  });
});

describe('card nodes kept with a kept layout', () => {
  const onLayout = (d: ProjectDoc, selection: Selection = null) =>
    buildNodes({ doc: d, layout, theme: THEME, selection, drop: null });
  const cardNodes = (nodes: CanvasNode[]) => nodes.filter((n) => n.type === 'touchpoint');

  it('builds no node after a title edit that keeps the layout: the card reads its own row', () => {
    const id = touchpoints[2]!.id;
    const first = cardNodes(onLayout(doc));
    const after = edit({ type: 'updateTouchpoint', id, patch: { title: 'Kept layout' } });
    expect(sameLayoutInputs(doc, after, THEME, [id])).toBe(true);
    const second = cardNodes(onLayout(after));
    expect(second.filter((n, i) => n !== first[i])).toEqual([]);
  });

  it('builds anew the nodes whose selection changed, and no other', () => {
    const [a] = touchpoints;
    const first = cardNodes(onLayout(doc));
    const second = cardNodes(onLayout(doc, { kind: 'touchpoint', ids: [a!.id] }));
    expect(second.filter((n, i) => n !== first[i]).map((n) => n.id)).toEqual([a!.id]);
    expect(second.find((n) => n.id === a!.id)?.selected).toBe(true);
  });
});

describe('node reuse in the presentation', () => {
  it('replaces only the veils and stage columns whose dimming changed, from one step to the next', () => {
    const steps = presentSteps(layout, false);
    const { replaced } = redraw(
      buildPresentNodes(doc, layout, THEME, steps[0]!),
      buildPresentNodes(doc, layout, THEME, steps[1]!),
    );
    const others = layout.stages.slice(1).map((s) => s.id);
    expect(replaced.sort()).toEqual(
      [...others, ...others.map((id) => `dim:${id}`), 'dim:persona'].sort(),
    );
  });

  it('replaces the cards a reveal conceals or shows, and the curve that hides their points', () => {
    const reveal = presentSteps(layout, true);
    const [overview, firstCard, secondCard] = reveal;
    const cards = (step: typeof overview) =>
      buildPresentNodes(doc, layout, THEME, step!).filter((n) => n.type === 'card');
    const { replaced } = redraw(cards(firstCard), cards(secondCard));
    expect(replaced).toHaveLength(1);
    expect(redraw(cards(overview), cards(overview)).replaced).toEqual([]);
  });
});
