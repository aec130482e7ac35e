import { describe, expect, it } from 'vitest';
import { withRows } from '../../test/unit/dataFixtures';
import { evidenceDoc } from '../../test/unit/evidenceFixture';
import { exportProjectJson, projectFile } from '../export/json';
import { emptyDoc, journeyList } from '../model/doc';
import { quotesOf, sourceList } from '../model/evidence';
import type { ProjectDoc } from '../model/types';
import { planJsonImport } from './json';

function imported(text: string, target: ProjectDoc): { doc: ProjectDoc; warnings: string[] } {
  const plan = planJsonImport(text, target);
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  return { doc: withRows(target, plan.value.rows), warnings: plan.value.warnings };
}

/** Quotes as people read them: card title, words, who, source name, date, in card order. */
function readQuotes(doc: ProjectDoc) {
  return Object.values(doc.touchpoints)
    .sort((a, b) => a.title.localeCompare(b.title))
    .flatMap((card) =>
      quotesOf(doc, card.id).map((q) => [
        card.title,
        q.text,
        q.who,
        q.sourceId ? doc.sources[q.sourceId]?.name : null,
        q.date,
      ]),
    );
}

const readCitations = (doc: ProjectDoc) =>
  Object.values(doc.citations)
    .map((c) => [doc.touchpoints[c.cardId]?.title, doc.sources[c.sourceId]?.name])
    .sort();

const readSources = (doc: ProjectDoc) =>
  sourceList(doc).map(({ name, kind, date, note }) => ({ name, kind, date, note }));

describe('research sources, quotes and citations in Wayline JSON', () => {
  it('a project file round trip keeps them all', () => {
    const { doc } = evidenceDoc();
    const text = exportProjectJson(doc, { scope: 'project' });
    const back = imported(text, emptyDoc('Target', '2026-01-01')).doc;
    expect(readSources(back)).toEqual(readSources(doc));
    expect(readQuotes(back)).toEqual(readQuotes(doc));
    expect(readQuotes(back)).toHaveLength(3);
    expect(readCitations(back)).toEqual(readCitations(doc));
  });

  it('a journey file carries only the sources its cards quote or cite', () => {
    const { doc, journeyId } = evidenceDoc();
    const file = projectFile(doc, { scope: 'journey', journeyId });
    expect(file.sources.map((s) => s.name)).toEqual(['Interviews, March', 'Booking survey']);
    expect(file.quotes).toHaveLength(3);
    expect(file.citations).toHaveLength(1);
  });

  it('a journey imported back into its own project names the sources it has, adding none', () => {
    const { doc, journeyId } = evidenceDoc();
    const text = exportProjectJson(doc, { scope: 'journey', journeyId });
    const { doc: back, warnings } = imported(text, doc);
    expect(warnings).toEqual([]);
    expect(readSources(back)).toEqual(readSources(doc));
    expect(journeyList(back)).toHaveLength(2);
    expect(Object.keys(back.quotes)).toHaveLength(6);
    const names = Object.values(back.citations).map((c) => back.sources[c.sourceId]?.name);
    expect(names).toEqual(['Booking survey', 'Booking survey']);
  });

  it('a quote naming a source left out of the file loses the link, with a warning', () => {
    const { doc, journeyId } = evidenceDoc();
    const file = projectFile(doc, { scope: 'journey', journeyId });
    const cut = { ...file, sources: file.sources.filter((s) => s.name !== 'Interviews, March') };
    const { doc: back, warnings } = imported(JSON.stringify(cut), emptyDoc('T', '2026-01-01'));
    expect(warnings).toEqual([
      'Quote "I could not find the price": its research source is not in the file, so the link is dropped.',
    ]);
    const lost = Object.values(back.quotes).find((q) => q.text === 'I could not find the price');
    expect(lost?.sourceId).toBeNull();
  });

  it('a citation of a source missing from the file refuses the import', () => {
    const { doc, journeyId } = evidenceDoc();
    const file = projectFile(doc, { scope: 'journey', journeyId });
    const cut = { ...file, sources: file.sources.filter((s) => s.name !== 'Booking survey') };
    const plan = planJsonImport(JSON.stringify(cut), emptyDoc('T', '2026-01-01'));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error.map((e) => e.where)).toContain('citations[0].sourceId');
  });
});
