import { emptyDoc } from '../../shared/model/doc';
import type { ProjectDoc, RowSet } from '../../shared/model/types';
import { applyOp } from '../../shared/ops/applyOp';
import { journey, lane, stage, touchpoint } from './fixtures';

/**
 * Two journeys with opportunities, for the backlog's table and files. "Booking": stages Search,
 * Pay; a touchpoint "Checkout" (Pay) hurt by the pain point "Hidden fees" (Pay). Opportunities:
 * "Show total price" (Search; planned, Ana, value 5, effort 2, confidence 80, due 2027-03-31,
 * WEB-42) addresses Hidden fees and changes both touchpoints; "=cmd|' /C calc'!A0" (Pay; an idea, nothing
 * scored: a title a spreadsheet would run as a formula). "Stay": one opportunity "Mobile key"
 * (shipped, value 4, effort 4, confidence 100, https link).
 */
export function backlogRowsFixture(): RowSet {
  const link = (id: string, fromId: string, toId: string) => ({
    id,
    journeyId: 'j1',
    fromId,
    toId,
  });
  return {
    journeys: [journey('j1', 'a0', { name: 'Booking' }), journey('j2', 'a1', { name: 'Stay' })],
    stages: [
      stage('s1', 'j1', 'a0', { name: 'Search' }),
      stage('s2', 'j1', 'a1', { name: 'Pay' }),
      stage('s3', 'j2', 'a0', { name: 'Arrive' }),
    ],
    lanes: [
      lane('lt', 'j1', 'a0'),
      lane('lp', 'j1', 'a1', { kind: 'painPoints' }),
      lane('lo', 'j1', 'a2', { kind: 'opportunities' }),
      lane('lo2', 'j2', 'a0', { kind: 'opportunities' }),
    ],
    touchpoints: [
      touchpoint('t1', 's2', 'lt', 'a0', 'j1', { title: 'Checkout' }),
      touchpoint('t2', 's2', 'lt', 'a1', 'j1', { title: 'Confirmation email' }),
      touchpoint('p1', 's2', 'lp', 'a0', 'j1', { title: 'Hidden fees', severity: 4 }),
      touchpoint('o1', 's1', 'lo', 'a0', 'j1', {
        title: 'Show total price',
        owner: 'Ana',
        status: 'planned',
        value: 5,
        buildEffort: 2,
        confidence: 80,
        due: '2027-03-31',
        backlogLink: 'WEB-42',
      }),
      touchpoint('o2', 's2', 'lo', 'a0', 'j1', { title: "=cmd|' /C calc'!A0" }),
      touchpoint('o3', 's3', 'lo2', 'a0', 'j2', {
        title: 'Mobile key',
        status: 'shipped',
        value: 4,
        buildEffort: 4,
        confidence: 100,
        backlogLink: 'https://tracker.example.com/STAY-7',
      }),
    ],
    cardLinks: [
      link('k1', 'p1', 't1'),
      link('k2', 'o1', 'p1'),
      link('k3', 'o1', 't1'),
      link('k4', 'o1', 't2'),
    ],
  };
}

export function backlogDoc(): ProjectDoc {
  return applyOp(emptyDoc('Hotel', '2026-01-01'), {
    type: 'insertRows',
    rows: backlogRowsFixture(),
  }).doc;
}
