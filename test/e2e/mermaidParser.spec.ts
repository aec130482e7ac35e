import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { exportMermaid } from '../../shared/export/mermaid';
import {
  syntheticJourney,
  templateJourney,
  type ExampleJourney,
} from '../../shared/export/svg/exampleDocs';
import { touchpointsInJourneyOrder } from '../../shared/layout/layoutJourney';
import { stagesOf } from '../../shared/model/doc';

/**
 * The Mermaid export read by Mermaid itself: its own bundle (the `mermaid` package, served from
 * node_modules, no network) in a real Chromium page. `mermaid.parse` must accept the text, and
 * the diagram it builds must hold exactly one section per stage and one task per touchpoint,
 * each with the persona as its actor: a name read as a statement or a comment would parse and
 * still lose a card.
 */

const MERMAID_BUNDLE = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

interface ParsedJourney {
  error?: string;
  title?: string;
  sections?: string[];
  tasks?: { section: string; task: string; score: number; people: string[] }[];
}

async function openMermaid(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: MERMAID_BUNDLE });
}

/** Every text parsed by Mermaid in the page, in one round trip. */
function parseAll(page: Page, texts: string[]): Promise<ParsedJourney[]> {
  return page.evaluate(async (all) => {
    // The bundle's global; its types are not loaded into the page.
    const mermaid = (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid;
    const results: ParsedJourney[] = [];
    for (const text of all) {
      try {
        await mermaid.parse(text);
        const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
        results.push({
          title: db.getDiagramTitle(),
          sections: [...db.getSections()],
          tasks: db.getTasks().map((t) => ({ ...t, people: [...t.people] })),
        });
      } catch (error) {
        results.push({ error: String((error as Error).message ?? error) });
      }
    }
    return results;
  }, texts);
}

interface MermaidGlobal {
  parse(text: string): Promise<unknown>;
  mermaidAPI: {
    getDiagramFromText(text: string): Promise<{
      db: {
        getDiagramTitle(): string;
        getSections(): string[];
        getTasks(): { section: string; task: string; score: number; people: string[] }[];
      };
    }>;
  };
}

/** A small journey whose journey name, persona, stage names and card titles are `texts`, in turn. */
function journeyWithTexts(texts: string[]): ExampleJourney {
  const example = syntheticJourney({ stages: 3, touchpointsPerStage: 2 });
  const { doc, journeyId } = example;
  let i = 0;
  const next = () => texts[i++ % texts.length] ?? '';
  const journey = doc.journeys[journeyId]!;
  const renamed = structuredClone(doc);
  renamed.journeys[journeyId] = { ...journey, name: next() };
  renamed.personas[journey.personaId!] = { ...doc.personas[journey.personaId!]!, name: next() };
  for (const stage of stagesOf(doc, journeyId)) {
    renamed.stages[stage.id] = { ...stage, name: next() };
  }
  // Every third card not rated, so its name gets " (not rated)" after the title.
  Object.values(doc.touchpoints).forEach((card, n) => {
    const emotion = n % 3 === 2 ? null : card.emotion;
    renamed.touchpoints[card.id] = { ...card, title: next(), emotion };
  });
  return { doc: renamed, journeyId };
}

/** Letters and digits of a text: what a rewrite may add to but must never drop. */
const words = (s: string) => s.match(/[\p{L}\p{N}]/gu) ?? [];

function isSubsequence(needle: string[], haystack: string[]): boolean {
  let at = 0;
  for (const c of haystack) if (c === needle[at]) at++;
  return at === needle.length;
}

/** What Mermaid must have read from the export of `example`: every stage and card, none lost. */
function expectFaithful(parsed: ParsedJourney, example: ExampleJourney) {
  const { doc, journeyId } = example;
  expect(parsed.error, 'Mermaid parse error').toBeUndefined();
  const stages = stagesOf(doc, journeyId);
  const cards = touchpointsInJourneyOrder(doc, journeyId);
  expect(parsed.sections).toHaveLength(stages.length);
  expect(parsed.tasks).toHaveLength(cards.flat().length);
  const persona = doc.personas[doc.journeys[journeyId]!.personaId ?? ''];
  const actor = parsed.tasks![0]?.people;
  // Tasks come back in map order, each with the section it was read under (names may repeat).
  const expected = cards.flatMap((stageCards, si) => stageCards.map((card) => ({ card, si })));
  expected.forEach(({ card, si }, i) => {
    const task = parsed.tasks![i]!;
    expect(task.section).toBe(parsed.sections![si]);
    expect(task.score).toBe(Math.round(card.emotion ?? 0) + 3);
    expect(task.people).toEqual(actor);
    expect(isSubsequence(words(card.title), words(task.task)), task.task).toBe(true);
  });
  stages.forEach((stage, si) =>
    expect(isSubsequence(words(stage.name), words(parsed.sections![si]!))).toBe(true),
  );
  expect(actor).toHaveLength(1);
  if (persona) expect(isSubsequence(words(persona.name), words(actor![0]!))).toBe(true);
  expect(isSubsequence(words(doc.journeys[journeyId]!.name), words(parsed.title!))).toBe(true);
}

/** Every word Mermaid's journey lexer treats specially at the start of a line or a name. */
const KEYWORDS = ['journey', 'title', 'section', 'accTitle', 'accDescr', 'accDescr {'];

const AWKWARD = [
  ...KEYWORDS.flatMap((k) => [`${k} Fake`, k, `${k.toUpperCase()}: x`, `${k}\tTab`]),
  'section Fake',
  'Pay: card: now',
  'a; b; c',
  '#1 choice #hashtag #quot; #9829;',
  '% off',
  '%%',
  '%%{init: {"theme": "dark"}}%%',
  '}%% x',
  'Line one\nLine two\r\nthree\u2028four',
  '😀 Happy 👩‍👩‍👧 family 🇵🇹',
  'שלום עולם: הזמנה',
  'مرحبا بالعالم؛ حجز',
  '中文: 预订',
  'x'.repeat(2_000),
  'Long words '.repeat(300),
  '',
  '   ',
  '\n',
  ':',
  ';',
  '#',
  '<br/> <b>bold</b> & &amp;',
  'a, b, c',
  '--- front matter ---',
  '\u0000\u0007 control \u007f',
];

test.describe('Mermaid journey export, read by Mermaid 12 in Chromium', () => {
  // One page for all: loading the 5 MB bundle is most of the time.
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await openMermaid(page);
  });
  test.afterAll(() => page.close());

  test('the worked example, and it with a card titled "section Fake"', async () => {
    const example = templateJourney('hotel-example');
    const withFake = structuredClone(example);
    const first = touchpointsInJourneyOrder(withFake.doc, withFake.journeyId)[0]![0]!;
    withFake.doc.touchpoints[first.id] = { ...first, title: 'section Fake' };
    const [plain, fake] = await parseAll(page, [
      exportMermaid(example.doc, example.journeyId),
      exportMermaid(withFake.doc, withFake.journeyId),
    ]);
    expectFaithful(plain!, example);
    expectFaithful(fake!, withFake);
    expect(fake!.tasks!.map((t) => t.task.replace(/\u200b/g, ''))).toContain('section Fake');
  });

  test('every keyword, separator, script and size as every kind of name', async () => {
    // Each text in turn as the journey, persona, stage and card names of its own journey.
    const examples = AWKWARD.map((text, i) =>
      journeyWithTexts([text, AWKWARD[(i + 1) % AWKWARD.length]!]),
    );
    const parsed = await parseAll(
      page,
      examples.map((e) => exportMermaid(e.doc, e.journeyId)),
    );
    parsed.forEach((p, i) => expectFaithful(p, examples[i]!));
  });

  test('a few hundred random texts, hostile ones mixed in', async () => {
    const piece = fc.oneof(
      fc.constantFrom(...KEYWORDS, '%', '%%', '{', '}', ':', ';', '#', ',', '\n', '\r', '\t', ' '),
      fc.constantFrom('<br>', '&', '\u200b', '\u00a0', '\u2028', '😀', 'ש', 'ع', '中', '\u0085'),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    const samples = fc.sample(fc.array(text, { minLength: 10, maxLength: 10 }), {
      numRuns: 40,
      seed: 20261201,
    });
    const examples = samples.map((texts) => journeyWithTexts(texts));
    const parsed = await parseAll(
      page,
      examples.map((e) => exportMermaid(e.doc, e.journeyId)),
    );
    parsed.forEach((p, i) => expectFaithful(p, examples[i]!));
  });
});
