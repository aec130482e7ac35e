import { describe, expect, it } from 'vitest';
import { hotelDoc, withRows } from '../../test/unit/dataFixtures';
import { rejectedRows } from '../../test/unit/rejections';
import { exportCsv } from '../export/csv';
import { exportProjectJson } from '../export/json';
import { planCsvImport } from '../import/csv';
import { planJsonImport } from '../import/json';
import { applyOp } from '../ops/applyOp';
import { opSchema } from '../ops/schema';
import { emptyDoc, journeyList } from './doc';
import { TOUCHPOINT } from './entities';
import { makeTouchpoint } from './factories';
import type { ProjectDoc } from './types';

const empty = () => emptyDoc('Target', '2025-01-01T00:00:00Z');
const LINK = 'https://bank.example/apply?step=2#form';

/** The worked example with a link on its first touchpoint. */
function linkedDoc(): { doc: ProjectDoc; id: string; title: string } {
  const doc = hotelDoc();
  const card = Object.values(doc.touchpoints).find((t) => t.emotion !== null)!;
  const { doc: linked } = applyOp(doc, {
    type: 'updateTouchpoint',
    id: card.id,
    patch: { link: LINK },
  });
  return { doc: linked, id: card.id, title: card.title };
}

const cardTitled = (doc: ProjectDoc, title: string) =>
  Object.values(doc.touchpoints).find((t) => t.title === title);

describe('a touchpoint links to the real page or screen it is', () => {
  it('starts with no link, and takes only an address Wayline may open', () => {
    const base = { id: 't', journeyId: 'j', stageId: 's', laneId: 'l', orderKey: 'a0' };
    expect(makeTouchpoint({ ...base, title: 'Card' }).link).toBe('');
    const accepts = (link: string) =>
      TOUCHPOINT.schema.safeParse({ ...makeTouchpoint({ ...base, title: 'Card' }), link }).success;
    expect(accepts(LINK)).toBe(true);
    expect(accepts('mailto:care@bank.example')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'http://bank.example',
      'https://bank.example@evil.example/',
      ' https://bank.example',
      'bank.example',
      `https://bank.example/${'a'.repeat(5000)}`,
    ]) {
      expect(accepts(bad), bad).toBe(false);
    }
  });

  it('an edit to an unsafe link is refused where every edit comes in', () => {
    const { id } = linkedDoc();
    const edit = (link: string) => ({ type: 'updateTouchpoint', id, patch: { link } });
    expect(opSchema.safeParse(edit(LINK)).success).toBe(true);
    expect(opSchema.safeParse(edit('')).success).toBe(true);
    expect(opSchema.safeParse(edit('javascript:alert(1)')).success).toBe(false);
  });

  it('goes out to CSV in a Link column and comes back', () => {
    const { doc, title } = linkedDoc();
    const csv = exportCsv(doc);
    expect(csv.split('\r\n')[0]).toMatch(/(^|,)Link(,|$)/);
    const plan = planCsvImport(csv, empty());
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(cardTitled(withRows(empty(), plan.value.rows), title)?.link).toBe(LINK);
  });

  it('a CSV row with an unsafe link is refused with its row number; the others are kept', () => {
    const csv = [
      'Stage,Title,URL',
      `Search,Safe,${LINK}`,
      'Search,Unsafe,javascript:alert(1)',
      'Search,No link,',
    ].join('\r\n');
    const plan = planCsvImport(csv, empty());
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(rejectedRows(plan.value.rejected)).toEqual([
      { row: 3, codes: ['bad_text'], reason: expect.stringMatching(/^the link is refused/) },
    ]);
    const imported = withRows(empty(), plan.value.rows);
    expect(cardTitled(imported, 'Safe')?.link).toBe(LINK);
    expect(cardTitled(imported, 'No link')?.link).toBe('');
  });

  it('goes out to JSON and comes back; a file written before links existed still imports', () => {
    const { doc, title } = linkedDoc();
    const json = exportProjectJson(doc, { scope: 'project' });
    const plan = planJsonImport(json, empty());
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(cardTitled(withRows(empty(), plan.value.rows), title)?.link).toBe(LINK);

    const older = JSON.parse(json) as { touchpoints: Record<string, unknown>[] };
    for (const t of older.touchpoints) delete t.link;
    const olderPlan = planJsonImport(JSON.stringify(older), empty());
    if (!olderPlan.ok) throw new Error(JSON.stringify(olderPlan.error));
    const back = withRows(empty(), olderPlan.value.rows);
    expect(Object.values(back.touchpoints).every((t) => t.link === '')).toBe(true);
    expect(journeyList(back)).toHaveLength(1);
  });

  it('an unsafe link in a JSON file refuses the file with a message naming the field', () => {
    const { doc } = linkedDoc();
    const file = JSON.parse(exportProjectJson(doc, { scope: 'project' })) as {
      touchpoints: Record<string, unknown>[];
    };
    file.touchpoints[0]!.link = 'javascript:alert(1)';
    const plan = planJsonImport(JSON.stringify(file), empty());
    expect(plan.ok).toBe(false);
    expect(JSON.stringify(plan)).toMatch(/link/);
  });
});
