import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateJourney } from '../../../shared/export/svg/exampleDocs';
import { futureStateOf } from '../../../shared/model/duplicateJourney';
import { applyOp } from '../../../shared/ops/applyOp';
import { exportJourney } from './exportJourney';

// The PDFs are read back by poppler. WAYLINE_KEEP_PDF=1 keeps them for looking at.
const dir = mkdtempSync(join(tmpdir(), 'wayline-insights-pdf-'));
afterAll(() => {
  if (!process.env.WAYLINE_KEEP_PDF) rmSync(dir, { recursive: true, force: true });
  else console.log(`insights PDFs kept in ${dir}`);
});

const pdftotext = (file: string, page: number) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

async function exportPdf(name: string, ...args: Parameters<typeof exportJourney>) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, (await exportJourney(...args)).bytes);
  return file;
}

describe('the PDF insights page', () => {
  const { doc, journeyId } = templateJourney('hotel-example');

  it('is one more page, the last, with the score, its formula and every stage', async () => {
    const withPage = await exportPdf('with', doc, journeyId, 'pdf', {});
    const without = await exportPdf('without', doc, journeyId, 'pdf', { insights: false });
    expect(pageCount(without)).toBe(1);
    expect(pageCount(withPage)).toBe(2);
    const last = pdftotext(withPage, 2);
    // The worked example's score, as journeyInsights.test.ts works it out by hand.
    for (const expected of [
      'Insights',
      '45 / 100',
      '0.4 × 48 + 0.4 × 56 + 0.2 × 15 = 44.6, rounded 45',
      '1 of 5 resolved (a linked opportunity shipped), 2 planned, 2 open',
      'Plan',
      'Search',
      'Book',
      'Stay',
      'Expense',
      'Lowest emotion',
      'Surprise resort fee at checkout',
      'Website: 4',
      'Average emotion per stage',
    ]) {
      expect(last).toContain(expected);
    }
    expect(pdftotext(without, 1)).not.toContain('45 / 100');
  });

  it('compares a future state with its current state', async () => {
    const rows = futureStateOf(doc, journeyId, { orderKey: 'a1' });
    const future = rows.journeys![0]!.id;
    let withFuture = applyOp(doc, { type: 'insertRows', rows }).doc;
    const fee = Object.values(withFuture.touchpoints).find(
      (t) => t.journeyId === future && t.title === 'Surprise resort fee at checkout',
    )!;
    withFuture = applyOp(withFuture, {
      type: 'updateTouchpoint',
      id: fee.id,
      patch: { emotion: 1 },
    }).doc;
    const file = await exportPdf('future', withFuture, future, 'pdf', {});
    const last = pdftotext(file, 2);
    expect(last).toContain('Current vs future state');
    // Book: 0 before, (1 + 1 + 1) / 3 = +1 after; health 45 -> 47 (emotion part 48 -> 55).
    expect(last).toContain('0.0 to +1.0 (+1.0)');
    expect(last).toContain('health 45 to 47');
    expect(execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', file, join(dir, 'future')]));
  });
});

describe('the PDF’s three layers of CX', () => {
  it('shows the CX index with its formula, and the need line on the map’s cards', async () => {
    const { doc, journeyId } = templateJourney('hotel-example');
    // Every touchpoint meets the need: needs met 100. Ease and emotion map effort and emotion
    // as the health score does (56 and 48 above), so 0.4 × 100 + 0.3 × 56 + 0.3 × 48 = 71.2.
    const touchpointLanes = new Set(
      Object.values(doc.lanes)
        .filter((l) => l.journeyId === journeyId && l.kind === 'touchpoints')
        .map((l) => l.id),
    );
    let rated = doc;
    for (const t of Object.values(doc.touchpoints)) {
      if (!touchpointLanes.has(t.laneId)) continue;
      const patch = { needsMet: 'met' as const, feeling: 'reassured' };
      rated = applyOp(rated, { type: 'updateTouchpoint', id: t.id, patch }).doc;
    }
    const file = await exportPdf('cx', rated, journeyId, 'pdf', {});
    const last = pdftotext(file, 2);
    for (const expected of [
      'Three layers of CX: needs met, ease, emotion',
      '71 / 100',
      'CX index = 40% needs met + 30% ease + 30% emotion, each layer 0–100',
      '0.4 × 100 + 0.3 × 56 + 0.3 × 48 = 71.2, rounded 71',
      'The CX index stands beside the health score',
    ]) {
      expect(last).toContain(expected);
    }
    const map = pdftotext(file, 1);
    expect(map).toContain('Need met');
    expect(map).toContain('reassured');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', file, join(dir, 'cx')]);
  });
});
