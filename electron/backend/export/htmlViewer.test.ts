import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { journeyList } from '../../../shared/model/doc';
import type { ProjectDoc } from '../../../shared/model/types';
import { hotelDoc } from '../../../test/unit/dataFixtures';
import { exportJourney } from './exportJourney';
import { SEVERITY_LEVELS } from '../../../shared/model/opportunityScales';

const SEVERITY_WORD = SEVERITY_LEVELS.find((l) => l.value === 4)!.word;

async function page(doc: ProjectDoc) {
  const journey = journeyList(doc)[0]!;
  const file = await exportJourney(doc, journey.id, 'html');
  return { html: Buffer.from(file.bytes).toString('utf8'), file };
}

const between = (html: string, open: string, close: string) => {
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf(close, start));
};

describe('the one-file HTML viewer', () => {
  it('needs nothing outside the file: its policy allows only its own script, by hash', async () => {
    const { html, file } = await page(hotelDoc());
    expect(file.fileName).toMatch(/\.html$/);
    expect(file.mimeType).toBe('text/html');
    const policy = between(html, 'http-equiv="Content-Security-Policy" content="', '"');
    expect(policy).toContain("default-src 'none'");
    const script = between(html, '<script>', '</script>');
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
    // Every address the page could load from is inside it.
    for (const [, url] of html.matchAll(/(?:src|href)\s*=\s*["']([^"']+)/g)) {
      expect(url).toMatch(/^(data:|#)/);
    }
    for (const [, url] of html.matchAll(/url\(\s*["']?([^"')]+)/g)) {
      expect(url).toMatch(/^data:/);
    }
    expect(html.length).toBeLessThan(3 * 1024 * 1024);
  });

  it('carries every card of the map with its details, and hostile text stays text', async () => {
    const doc = hotelDoc();
    const [first] = Object.values(doc.touchpoints);
    const hostile = '</script><script>alert(1)</script><!-- \u2028';
    doc.touchpoints[first!.id] = { ...first!, title: hostile, description: '<img src=x>' };
    const { html } = await page(doc);
    // Exactly the data block and the viewer's own script.
    expect(html.match(/<script/g)).toHaveLength(2);
    const data = JSON.parse(
      between(html, '<script type="application/json" id="wayline-data">', '</script>'),
    );
    const card = data.cards.find((c: { id: string }) => c.id === first!.id);
    expect(card.title).toBe(hostile);
    expect(card.details).toContainEqual({ label: expect.any(String), text: '<img src=x>' });
    const journeyId = journeyList(doc)[0]!.id;
    const inJourney = Object.values(doc.touchpoints).filter((t) => t.journeyId === journeyId);
    expect(data.cards).toHaveLength(inJourney.length);
    for (const t of inJourney) expect(html).toContain(`data-id="${t.id}"`);
  });

  it('gives a card its quotes with who said them and where, and choices as their words', async () => {
    const doc = hotelDoc();
    const journeyId = journeyList(doc)[0]!.id;
    const card = Object.values(doc.touchpoints).find(
      (t) => t.journeyId === journeyId && doc.lanes[t.laneId]!.kind === 'touchpoints',
    )!;
    doc.touchpoints[card.id] = { ...card, needsMet: 'partly' };
    const pain = Object.values(doc.touchpoints).find(
      (t) => t.journeyId === journeyId && doc.lanes[t.laneId]!.kind === 'painPoints',
    )!;
    doc.touchpoints[pain.id] = { ...pain, severity: 4, reach: 12000 };
    doc.sources.s1 = {
      id: 's1',
      name: 'Spring interviews',
      kind: 'interview',
      date: '2026-04-02',
      note: '',
      orderKey: 'a0',
    };
    const quote = { journeyId, cardId: card.id, who: '', sourceId: null, date: '' };
    doc.quotes.q2 = { ...quote, id: 'q2', text: 'Second', orderKey: 'a1' };
    doc.quotes.q1 = {
      ...quote,
      id: 'q1',
      text: 'I gave up',
      who: 'P7',
      sourceId: 's1',
      orderKey: 'a0',
    };
    const { html } = await page(doc);
    const data = JSON.parse(
      between(html, '<script type="application/json" id="wayline-data">', '</script>'),
    );
    const shown = data.cards.find((c: { id: string }) => c.id === card.id);
    expect(shown.quotes).toEqual([
      { text: 'I gave up', who: 'P7', source: 'Spring interviews', date: '' },
      { text: 'Second', who: '', source: '', date: '' },
    ]);
    expect(shown.search).toContain('i gave up');
    expect(shown.details).toContainEqual({ label: 'Need met', text: 'Partly met' });
    // Fields of one lane kind are shown on its cards, numbers and choices in words.
    const painShown = data.cards.find((c: { id: string }) => c.id === pain.id);
    expect(painShown.details).toContainEqual({ label: 'Severity', text: SEVERITY_WORD });
    expect(painShown.details).toContainEqual({ label: 'Customers affected', text: '12,000' });
  });

  it("lists a card's files, a picture with its thumbnail from the export's media", async () => {
    const doc = hotelDoc();
    const journeyId = journeyList(doc)[0]!.id;
    const card = Object.values(doc.touchpoints).find((t) => t.journeyId === journeyId)!;
    const file = { journeyId, cardId: card.id, size: 10, width: null, height: null };
    doc.attachments.f1 = {
      ...file,
      id: 'f1',
      orderKey: 'a0',
      blobHash: 'a'.repeat(64),
      fileName: 'counter.png',
      mediaType: 'image/png',
      width: 4,
      height: 4,
    };
    doc.attachments.f2 = {
      ...file,
      id: 'f2',
      orderKey: 'a1',
      blobHash: 'b'.repeat(64),
      fileName: 'call.mp3',
      mediaType: 'audio/mpeg',
    };
    const thumb = 'data:image/png;base64,iVBORw0KGgo=';
    const out = await exportJourney(doc, journeyId, 'html', undefined, {
      media: { covers: { ['a'.repeat(64)]: thumb } },
    });
    const html = Buffer.from(out.bytes).toString('utf8');
    const data = JSON.parse(
      between(html, '<script type="application/json" id="wayline-data">', '</script>'),
    );
    const shown = data.cards.find((c: { id: string }) => c.id === card.id);
    expect(shown.files).toEqual([
      { name: 'counter.png', kind: 'Picture', thumb },
      { name: 'call.mp3', kind: 'Recording' },
    ]);
    expect(shown.search).toContain('call.mp3');
  });
});
