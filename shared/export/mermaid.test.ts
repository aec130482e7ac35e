import { describe, expect, it } from 'vitest';
import { withRows } from '../../test/unit/dataFixtures';
import { emptyDoc } from '../model/doc';
import { makeJourney, makeLane, makePersona, makeStage, makeTouchpoint } from '../model/factories';
import { exportMermaid, mermaidScore, mermaidText } from './mermaid';

function fixture(withPersona: boolean) {
  const card = (
    id: string,
    stageId: string,
    laneId: string,
    title: string,
    emotion: number | null,
  ) => ({
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
      card('t4', 's2', 'lp', 'A pain point, not a task', null),
      card('t5', 's2', 'lt', 'Get receipt', null),
    ],
  });
}

describe('Mermaid journey export', () => {
  it('writes sections per stage and touchpoint tasks scored from emotion (unrated: 3, said), by the persona', () => {
    expect(exportMermaid(fixture(true), 'j')).toBe(
      [
        'journey',
        '  title Trip no. 2 - Lisbon, late',
        '  section Plan',
        '    Read policy PDF: 2: Maya the traveller',
        '    Ask manager: 5: Maya the traveller',
        '  section Book - pay',
        '    Pay - card, 100% sure: 1: Maya the traveller',
        // Mermaid needs a score: not rated is the middle one, and the name says so.
        '    Get receipt (not rated): 3: Maya the traveller',
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

/**
 * Mermaid's journey lexer (user-journey/parser/journey.jison): its rules in order, case
 * insensitive, the first that matches wins. Comments and skipped space yield no token.
 */
const LEXER: [RegExp, string | null][] = [
  [/^%(?!\{)[^\n]*/, null],
  [/^[^}]%%[^\n]*/, null],
  [/^\n+/, 'NEWLINE'],
  [/^\s+/, null],
  [/^#[^\n]*/, null],
  [/^journey/i, 'journey'],
  [/^title\s[^#\n;]+/i, 'title'],
  [/^accTitle\s*:\s*/i, 'acc_title'],
  [/^accDescr\s*:\s*/i, 'acc_descr'],
  [/^accDescr\s*\{\s*/i, 'acc_descr_multiline'],
  [/^section\s[^#:\n;]+/i, 'section'],
  [/^[^#:\n;]+/, 'taskName'],
  [/^:[^#\n;]+/, 'taskData'],
  [/^:/, ':'],
  [/^./, 'INVALID'],
];

function mermaidTokens(source: string): { type: string; text: string }[] {
  const tokens: { type: string; text: string }[] = [];
  let rest = source;
  while (rest.length > 0) {
    const [match, type] = LEXER.map(([re, t]) => [re.exec(rest), t] as const).find(([m]) => m)!;
    if (type) tokens.push({ type, text: match![0] });
    rest = rest.slice(match![0].length);
  }
  return tokens;
}

describe('Mermaid journey export of hostile text', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '%%{init: {"securityLevel": "loose"}}%%',
    '<a href="javascript:alert(1)">click</a>',
    'section Evil',
    'Journey planner',
    'title Injected',
    'accDescr { swallowed }',
    'accTitle: x',
    '&lt;b&gt; #9829; &#60;',
    'Line one\nsection Two: 5: Eve',
    'x%%y',
    '% off',
  ];
  const doc = (() => {
    const base = fixture(true);
    const cards = Object.values(base.touchpoints);
    const touchpoints = Object.fromEntries(
      hostile.map((title, i) => {
        const t = cards[0]!;
        const id = `h${i}`;
        return [id, { ...t, id, title, orderKey: `b${i}` }];
      }),
    );
    return {
      ...base,
      touchpoints,
      journeys: { j: { ...base.journeys.j!, name: hostile[1]! } },
      personas: { p: { ...base.personas.p!, name: hostile[2]! } },
    };
  })();
  const out = exportMermaid(doc, 'j');

  it('lexes as one title, the sections and one task per card, nothing else', () => {
    const types = mermaidTokens(out)
      .map((t) => t.type)
      .filter((t) => t !== 'NEWLINE');
    expect(types).toEqual([
      'journey',
      'title',
      'section',
      ...hostile.flatMap(() => ['taskName', 'taskData']),
      'section',
      'section',
    ]);
  });

  it('keeps no HTML, entity or directive: no <, >, &, "#" or "%%" anywhere', () => {
    expect(out).not.toMatch(/[<>&#]|%%/);
    const names = mermaidTokens(out)
      .filter((t) => t.type === 'taskName')
      .map((t) => t.text.trim());
    expect(names).toContain('\u200bsection Evil');
    expect(names).toContain('\u200bJourney planner');
    expect(names).toContain('Line one section Two - 5 - Eve');
    expect(names).toContain('\u200b% off');
  });

  it('guards a name that only becomes a statement once "(not rated)" follows it', () => {
    const base = fixture(true);
    const unrated = { ...base.touchpoints.t5!, title: 'Section' };
    const out = exportMermaid({ ...base, touchpoints: { t5: unrated } }, 'j');
    expect(out).toContain('    \u200bSection (not rated): 3: Maya the traveller\n');
    expect(mermaidTokens(out).filter((t) => t.type === 'section')).toHaveLength(3);
  });
});
