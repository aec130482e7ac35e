import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { journeyList } from '../../../shared/model/doc';
import type { ProjectDoc } from '../../../shared/model/types';
import { hotelDoc } from '../../../test/unit/dataFixtures';
import { exportJourney } from './exportJourney';

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
});
