import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { templateJourney } from '../../../../shared/export/svg/exampleDocs';
import { connectionsOf, lanesOf, stagesOf } from '../../../../shared/model/doc';
import type { Selection } from '../documentStore';
import { nextSelection, nodeKindIn } from './selection';

const { doc, journeyId } = templateJourney('hotel-example');
const kindOf = nodeKindIn(doc);
const [stage] = stagesOf(doc, journeyId);
const [lane, otherLane] = lanesOf(doc, journeyId);
const [connection] = connectionsOf(doc, journeyId);
const [card, otherCard] = Object.keys(doc.touchpoints);

const select = (id: string, selected = true): NodeChange => ({ type: 'select', id, selected });

describe('what a canvas node id names', () => {
  it('tells cards, connections, stages and lane labels apart, and nothing else', () => {
    expect(kindOf(card!)).toBe('touchpoint');
    expect(kindOf(connection!.id)).toBe('connection');
    expect(kindOf(stage!.id)).toBe('stage');
    expect(kindOf(`lane:${lane!.id}`)).toBe('lane');
    expect(kindOf('add-stage')).toBeUndefined();
    expect(kindOf(`curve:${lane!.id}`)).toBeUndefined();
  });
});

describe('folding React Flow selection changes into the selection', () => {
  it('selects, adds to and removes from a selection of cards', () => {
    const one = nextSelection(null, [select(card!)], kindOf);
    expect(one).toEqual({ kind: 'touchpoint', ids: [card] });
    const two = nextSelection(one, [select(otherCard!)], kindOf);
    expect(two).toEqual({ kind: 'touchpoint', ids: [card, otherCard] });
    expect(nextSelection(two, [select(card!, false)], kindOf)).toEqual({
      kind: 'touchpoint',
      ids: [otherCard],
    });
    expect(nextSelection(one, [select(card!, false)], kindOf)).toBeNull();
  });

  it('keeps one kind at a time: cards over connections, connections over stages and lanes', () => {
    const stageSelected: Selection = { kind: 'stage', ids: [stage!.id] };
    expect(nextSelection(stageSelected, [select(connection!.id)], kindOf)).toEqual({
      kind: 'connection',
      ids: [connection!.id],
    });
    expect(
      nextSelection(stageSelected, [select(`lane:${lane!.id}`), select(card!)], kindOf),
    ).toEqual({ kind: 'touchpoint', ids: [card] });
    expect(nextSelection(stageSelected, [select(`lane:${lane!.id}`)], kindOf)).toEqual({
      kind: 'stage',
      ids: [stage!.id],
    });
  });

  it('holds lanes by their own id, while React Flow names their label nodes', () => {
    const lanes: Selection = { kind: 'lane', ids: [lane!.id] };
    expect(nextSelection(lanes, [select(`lane:${otherLane!.id}`)], kindOf)).toEqual({
      kind: 'lane',
      ids: [lane!.id, otherLane!.id],
    });
    expect(nextSelection(lanes, [select(`lane:${lane!.id}`, false)], kindOf)).toBeNull();
  });

  it('ignores changes that are not selections, and ids that name nothing selectable', () => {
    const one: Selection = { kind: 'touchpoint', ids: [card!] };
    const moved: NodeChange = { type: 'position', id: card!, position: { x: 1, y: 2 } };
    expect(nextSelection(one, [moved], kindOf)).toEqual(one);
    expect(nextSelection(null, [select('add-stage')], kindOf)).toBeNull();
  });
});
