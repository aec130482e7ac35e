/**
 * The PowerPoint deck read back as the zip of XML parts it is (ECMA-376): which slides it has,
 * their text, the native chart parts, the speaker notes, and the fonts text runs are set in.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { syntheticJourney, templateJourney } from '../../../../shared/export/svg/exampleDocs';
import { stagesOf } from '../../../../shared/model/doc';
import { applyOp } from '../../../../shared/ops/applyOp';
import type { ProjectDoc } from '../../../../shared/model/types';
import { exportJourney } from '../exportJourney';
import { pictureFitsSlide } from './pptxMapSlides';
import { multilingualJourney } from '../testing/multilingualJourney';

interface Deck {
  zip: JSZip;
  /** Each slide's XML, in slide order. */
  slides: string[];
  /** Each slide's speaker notes XML, by slide number; none when the slide has none. */
  notes: Map<number, string>;
  charts: string[];
  bytes: number;
}

const numbered = (names: string[], pattern: RegExp) =>
  names
    .map((n) => ({ n, i: Number(pattern.exec(n)?.[1]) }))
    .filter((x) => Number.isInteger(x.i))
    .sort((a, b) => a.i - b.i);

async function readDeck(bytes: Uint8Array): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async('string');
  const slides = await Promise.all(
    numbered(names, /^ppt\/slides\/slide(\d+)\.xml$/).map((x) => read(x.n)),
  );
  const notes = new Map<number, string>();
  for (const x of numbered(names, /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/)) {
    notes.set(x.i, await read(x.n));
  }
  const charts = await Promise.all(
    numbered(names, /^ppt\/charts\/chart(\d+)\.xml$/).map((x) => read(x.n)),
  );
  return { zip, slides, notes, charts, bytes: bytes.length };
}

/** The text of a slide's runs, joined, with XML's five escapes undone. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function deckOf(doc: ProjectDoc, journeyId: string, options = {}) {
  const file = await exportJourney(doc, journeyId, 'pptx', options);
  return { file, deck: await readDeck(file.bytes) };
}

describe('the PowerPoint deck of the worked example', () => {
  const hotel = templateJourney('hotel-example');
  const stages = stagesOf(hotel.doc, hotel.journeyId);
  // Made once: the overview picture takes a few seconds to draw.
  let shared: ReturnType<typeof deckOf> | undefined;
  const hotelDeck = () => (shared ??= deckOf(hotel.doc, hotel.journeyId));

  it('has a title, persona, overview, stage and insights slide, in that order', async () => {
    const { file, deck } = await hotelDeck();
    expect(file.fileName).toBe('Booking a hotel for a business trip.pptx');
    expect(file.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(deck.slides).toHaveLength(3 + stages.length + 1);
    const [title, persona, overview] = deck.slides.map(textOf);
    expect(title).toContain('Booking a hotel for a business trip');
    expect(title).toContain('For Maya Okafor, Account manager');
    expect(persona).toContain('Maya Okafor');
    expect(persona).toContain('Goals');
    expect(persona).toContain('Frustrations');
    expect(overview).toContain('The whole map');
    expect(deck.slides[2]).toContain('<p:pic>');
    expect(Object.keys(deck.zip.files).some((n) => /^ppt\/media\/.*\.png$/.test(n))).toBe(true);
    stages.forEach((stage, i) => {
      const text = textOf(deck.slides[3 + i]!);
      expect(text).toContain(stage.name);
      expect(text).toContain(`Stage ${i + 1} of ${stages.length}`);
      expect(text).toContain('Pain points');
      expect(text).toContain('Opportunities');
    });
    expect(textOf(deck.slides.at(-1)!)).toContain('Emotion and effort by stage');
  });

  it('draws cards as native text and shapes: face and word, effort, channel, moment of truth', async () => {
    const { deck } = await hotelDeck();
    const book = deck.slides[3 + stages.findIndex((s) => s.name === 'Book')]!;
    const text = textOf(book);
    expect(text).toContain('Surprise resort fee at checkout');
    expect(text).toContain('Very negative');
    expect(text).toMatch(/High effort \(6\/7\)/);
    expect(text).toContain('Channel: Website');
    expect(text).toContain('Moment of truth');
    expect(text).toContain('Fees added after the price was shown');
    // The face: an ellipse with the level's colour and a drawn mouth; the star of the badge.
    expect(book).toContain('prst="ellipse"');
    expect(book).toContain('<a:srgbClr val="D64545"/>');
    expect(book).toContain('<a:quadBezTo>');
    expect(book).toContain('prst="star5"');
    // Editable text boxes, not pictures: no image on a stage slide.
    expect(book).not.toContain('<p:pic>');
  });

  it('puts each stage goal into its speaker notes', async () => {
    const { deck } = await hotelDeck();
    stages.forEach((stage, i) => {
      const notes = textOf(deck.notes.get(4 + i) ?? '');
      expect(notes).toContain(`Goal: ${stage.description}`);
    });
  });

  it('charts emotion, effort and pain points as native charts with the stage data', async () => {
    const { deck } = await hotelDeck();
    expect(deck.charts).toHaveLength(3);
    const [emotion, effort, counts] = deck.charts;
    expect(emotion).toContain('<c:lineChart>');
    expect(effort).toContain('<c:barChart>');
    expect(counts).toContain('<c:barChart>');
    for (const stage of stages) expect(emotion).toContain(`<c:v>${stage.name}</c:v>`);
    // Plan's touchpoint is negative (-1); an editable workbook holds the data behind each chart.
    expect(emotion).toMatch(/<c:v>-1<\/c:v>/);
    expect(Object.keys(deck.zip.files).filter((n) => n.endsWith('.xlsx'))).toHaveLength(3);
  });

  it('is a package PowerPoint reads: one paragraph property set each, every content type present', async () => {
    const { deck } = await hotelDeck();
    for (const xml of [...deck.slides, ...deck.notes.values()]) {
      expect(xml).not.toMatch(/<\/a:r><a:pPr/);
    }
    const types = await deck.zip.file('[Content_Types].xml')!.async('string');
    const parts = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(parts.length).toBeGreaterThan(deck.slides.length);
    for (const part of parts) expect(deck.zip.file(part), part).not.toBeNull();
    // Compressed: the worked example's XML is several times its packed size.
    expect(deck.bytes).toBeLessThan(1_500_000);
  });

  it('leaves the overview and the charts out when asked', async () => {
    const { deck } = await deckOf(hotel.doc, hotel.journeyId, { overview: false, charts: false });
    expect(deck.slides).toHaveLength(2 + stages.length);
    expect(deck.charts).toHaveLength(0);
    expect(deck.slides.some((s) => s.includes('<p:pic>'))).toBe(false);
  });
});

describe('the PowerPoint deck of hard content', () => {
  it('escapes markup, and cuts huge text to its box', async () => {
    const { doc: base, journeyId } = syntheticJourney({ stages: 1, touchpointsPerStage: 1 });
    const card = Object.values(base.touchpoints).find((t) => t.emotion !== null)!;
    const stage = stagesOf(base, journeyId)[0]!;
    const markup = `<b>"Tom & Jerry's"</b> ]]> \u0007`;
    let doc = applyOp(base, {
      type: 'updateTouchpoint',
      id: card.id,
      patch: { title: `Long ${markup} ${'word '.repeat(95)}`, description: 'x'.repeat(20_000) },
    }).doc;
    doc = applyOp(doc, {
      type: 'updateStage',
      id: stage.id,
      patch: { name: markup, description: 'goal '.repeat(4000) },
    }).doc;
    const { deck } = await deckOf(doc, journeyId);
    const stageSlide = deck.slides[3]!;
    expect(stageSlide).toContain('&lt;b&gt;&quot;Tom &amp; Jerry&apos;s&quot;&lt;/b&gt;');
    expect(stageSlide).not.toContain('<b>');
    expect(stageSlide).not.toContain('\u0007');
    // The title is cut to three lines of its card, not 500 characters.
    const title = textOf(stageSlide).match(/Long <b>[^…]*…/)?.[0] ?? '';
    expect(title.length).toBeGreaterThan(20);
    expect(title.length).toBeLessThan(120);
    // Speaker notes keep more of the text, but not all 20,000 characters of it.
    const notes = textOf(deck.notes.get(4) ?? '');
    expect(notes).toContain('Goal: goal goal');
    expect(notes.length).toBeLessThan(13_000);
  });

  it("makes each stage's notes (the presenter view's) its slides' speaker notes", async () => {
    const { doc: base, journeyId } = syntheticJourney({ stages: 2, touchpointsPerStage: 8 });
    const [first, second] = stagesOf(base, journeyId);
    const notes = 'Ask who booked a trip this month & wait for hands';
    const doc = applyOp(base, { type: 'updateStage', id: first!.id, patch: { notes } }).doc;
    const { deck } = await deckOf(doc, journeyId, { overview: false, charts: false });
    const texts = deck.slides.map(textOf);
    const slideNumbers = (stage: string) =>
      texts.flatMap((t, i) => (t.includes(stage) && t.includes('Stage ') ? [i + 1] : []));
    // Both slides of the first stage (8 cards, 6 a slide) carry its notes; the second's none.
    expect(slideNumbers(first!.name)).toHaveLength(2);
    for (const n of slideNumbers(first!.name)) {
      expect(textOf(deck.notes.get(n) ?? '')).toContain(`Notes: ${notes}`);
    }
    for (const n of slideNumbers(second!.name)) {
      expect(textOf(deck.notes.get(n) ?? '')).not.toContain('Notes:');
    }
  });

  it('splits a stage of many cards over slides that say so', async () => {
    const { doc, journeyId } = syntheticJourney({ stages: 2, touchpointsPerStage: 20 });
    const { deck } = await deckOf(doc, journeyId, { overview: false });
    const texts = deck.slides.map(textOf);
    expect(texts.filter((t) => t.includes('Stage 1 of 2'))).toHaveLength(4);
    expect(texts.some((t) => t.includes('Stage 1 of 2 · slide 4 of 4'))).toBe(true);
    // No text on any slide below 10 pt (sz is in hundredths of a point).
    const sizes = deck.slides.flatMap((s) => [...s.matchAll(/ sz="(\d+)"/g)].map((m) => +m[1]!));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1000);
  });

  it('shows a map too tall to picture on a slide at a glance, in native shapes', async () => {
    expect(pictureFitsSlide(1516, 1782)).toBe(true);
    expect(pictureFitsSlide(10_616, 2014)).toBe(true);
    expect(pictureFitsSlide(2296, 36_856)).toBe(false);
    const { doc, journeyId } = syntheticJourney({ stages: 2, touchpointsPerStage: 150 });
    const { deck } = await deckOf(doc, journeyId, { charts: false });
    const glance = deck.slides[2]!;
    expect(glance).not.toContain('<p:pic>');
    const text = textOf(glance);
    expect(text).toContain('The map at a glance');
    expect(text).toContain('2 stages · 308 cards');
    for (const lane of ['Customer actions', 'Touchpoints', 'Pain points', 'Opportunities']) {
      expect(text).toContain(lane);
    }
    expect(text).toContain('150');
    // 152 cards a stage in the grid, six a slide; pain points and opportunities beside them.
    expect(deck.slides).toHaveLength(3 + 2 * Math.ceil(152 / 6));
  });

  it('sets each run in the export font family of its script, right to left where it reads so', async () => {
    const journey = multilingualJourney();
    const { file, deck } = await deckOf(journey.doc, journey.journeyId, { overview: false });
    const all = deck.slides.join('');
    for (const family of ['Inter', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans SC']) {
      expect(all).toContain(`<a:latin typeface="${family}"`);
    }
    expect(all).toMatch(/<a:pPr[^>]*rtl="1"/);
    expect(textOf(deck.slides[0]!)).toContain('رحلة العمل');
    expect(file.notes).toEqual([]);
  });
});
