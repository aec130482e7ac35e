import { describe, expect, it } from 'vitest';
import { withRows } from '../../test/unit/dataFixtures';
import { emptyDoc } from '../model/doc';
import { makeJourney, makeLane, makePersona, makeStage, makeTouchpoint } from '../model/factories';
import { exportMermaid, mermaidScore, mermaidText } from './mermaid';

function fixture(withPersona: boolean) {
  const card = (id: string, stageId: string, laneId: string, title: string, emotion: number) => ({
    ...makeTouchpoint({ id, journeyId: 'j', stageId, laneId, title, emotion }),
    orderKey: `a${id.slice(1)}`,
  });
  return withRows(emptyDoc('p', 'now'), {
    personas: withPersona
      ? [makePersona({ id: 'p', name: 'Maya, the traveller', color: '#1c7ed6', orderKey: 'a0' })]
      : [],
    journeys: [
      makeJourney({
        id: 'j',
        name: 'Trip #2: Lisbon; late',
        orderKey: 'a0',
        personaId: withPersona ? 'p' : null,
      }),
    ],
    stages: [
      {
        ...makeStage({ id: 's1', journeyId: 'j', name: 'Plan', color: '#4c6ef5' }),
        orderKey: 'a0',
      },
      {
        ...makeStage({ id: 's2', journeyId: 'j', name: 'Book: pay', color: '#4c6ef5' }),
        orderKey: 'a1',
      },
      {
        ...makeStage({ id: 's3', journeyId: 'j', name: 'Empty', color: '#4c6ef5' }),
        orderKey: 'a2',
      },
    ],
    lanes: [
      {
        ...makeLane({ id: 'lt', journeyId: 'j', kind: 'touchpoints', name: 'Touchpoints' }),
        orderKey: 'a0',
      },
      {
        ...makeLane({ id: 'lp', journeyId: 'j', kind: 'painPoints', name: 'Pain points' }),
        orderKey: 'a1',
      },
    ],
    touchpoints: [
      card('t1', 's1', 'lt', 'Read policy\nPDF', -1),
      card('t2', 's1', 'lt', 'Ask manager', 2),
      card('t3', 's2', 'lt', 'Pay: card; 100%% sure', -2),
      card('t4', 's2', 'lp', 'A pain point, not a task', 0),
    ],
  });
}

describe('Mermaid journey export', () => {
  it('writes sections per stage and touchpoint tasks scored from emotion, by the persona', () => {
    expect(exportMermaid(fixture(true), 'j')).toBe(
      [
        'journey',
        '  title Trip no. 2 - Lisbon, late',
        '  section Plan',
        '    Read policy PDF: 2: Maya the traveller',
        '    Ask manager: 5: Maya the traveller',
        '  section Book - pay',
        '    Pay - card, 100% sure: 1: Maya the traveller',
        '  section Empty',
        '',
      ].join('\n'),
    );
  });

  it('names the actor "Customer" when the journey has no persona', () => {
    expect(exportMermaid(fixture(false), 'j')).toContain('    Ask manager: 5: Customer\n');
  });

  it('maps emotion -2..+2 onto scores 1..5 and strips what breaks the grammar', () => {
    expect([-2, -1, 0, 1, 2].map(mermaidScore)).toEqual([1, 2, 3, 4, 5]);
    expect(mermaidText('a:b;c#d\ne')).not.toMatch(/[:;#\n]/);
    expect(mermaidText('A, B', { actor: true })).toBe('A B');
  });
});
