import { cellTouchpoints, journeyList, lanesOf, stagesOf } from '../../shared/model/doc';
import { holdsTouchpoints, isNoteLane } from '../../shared/model/laneKinds';
import type { ProjectDoc, Quote, Source, Touchpoint } from '../../shared/model/types';
import { hotelDoc, withRows } from './dataFixtures';

/** The worked example with research: two sources, quotes on a touchpoint and a note, a citation. */
export interface EvidenceDoc {
  doc: ProjectDoc;
  journeyId: string;
  card: Touchpoint;
  note: Touchpoint;
}

export function source(id: string, orderKey: string, extra: Partial<Source> = {}): Source {
  return { id, name: `Source ${id}`, kind: 'interview', date: '', note: '', orderKey, ...extra };
}

export function quote(id: string, card: Touchpoint, orderKey: string, extra: Partial<Quote> = {}) {
  const row: Quote = {
    id,
    journeyId: card.journeyId,
    cardId: card.id,
    text: `Words ${id}`,
    who: 'P1',
    sourceId: null,
    date: '',
    orderKey,
  };
  return { ...row, ...extra };
}

export function evidenceDoc(): EvidenceDoc {
  let doc = hotelDoc();
  const journeyId = journeyList(doc)[0]!.id;
  const stage = stagesOf(doc, journeyId)[1]!;
  const lanes = lanesOf(doc, journeyId);
  const cardLane = lanes.find((l) => holdsTouchpoints(l.kind))!;
  const noteLane = lanes.find(
    (l) => isNoteLane(l.kind) && cellTouchpoints(doc, stage.id, l.id)[0],
  )!;
  const card = cellTouchpoints(doc, stage.id, cardLane.id)[0]!;
  const note = cellTouchpoints(doc, stage.id, noteLane.id)[0]!;
  doc = withRows(doc, {
    sources: [
      source('s1', 'a0', { name: 'Interviews, March', date: '2026-03-02', note: 'Eight guests' }),
      source('s2', 'a1', { name: 'Booking survey', kind: 'survey' }),
      source('s3', 'a2', { name: 'Unused analytics', kind: 'analytics' }),
    ],
    quotes: [
      quote('q1', card, 'a0', { text: 'I could not find the price', who: 'P7', sourceId: 's1' }),
      quote('q2', card, 'a1', { text: 'Too many steps', who: 'Frequent travellers' }),
      quote('q3', note, 'a0', {
        text: 'The form lost my dates',
        sourceId: 's2',
        date: '2026-04-01',
      }),
    ],
    citations: [{ id: 'c1', journeyId, cardId: card.id, sourceId: 's2' }],
  });
  return { doc, journeyId, card, note };
}
