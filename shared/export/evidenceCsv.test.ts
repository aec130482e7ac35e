import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../model/doc';
import { evidenceDoc } from '../../test/unit/evidenceFixture';
import { planCsvImport } from '../import/csv';
import { exportCsv, unguardFormula } from './csv';

describe("CSV export of a card's research", () => {
  it('writes its quote count, the sources it cites or quotes and its evidence strength', () => {
    const { doc, card, note } = evidenceDoc();
    const rows = Papa.parse<Record<string, string>>(exportCsv(doc).slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const row = (title: string) => rows.find((r) => unguardFormula(r.Title!) === title)!;
    expect(row(card.title)).toMatchObject({
      Quotes: '2',
      Sources: 'Interviews, March; Booking survey',
      'Evidence strength': 'Backed by survey data',
    });
    expect(row(note.title)).toMatchObject({ Quotes: '1', Sources: 'Booking survey' });
    const bare = rows.filter((r) => r.Quotes === '0');
    expect(bare.length).toBeGreaterThan(5);
    for (const r of bare) expect(r['Evidence strength']).toBe('No evidence');
  });

  it('an import of that file reads the cards and passes over those columns without a warning', () => {
    const { doc } = evidenceDoc();
    const plan = planCsvImport(exportCsv(doc), emptyDoc('T', '2026-01-01'));
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(plan.value.warnings.filter((w) => w.includes('ignored'))).toEqual([]);
    expect(plan.value.rows.touchpoints).toHaveLength(Object.keys(doc.touchpoints).length);
  });
});
