import ExcelJS from 'exceljs';
import { backlogRows } from '../../../shared/model/backlog';
import type { ProjectDoc } from '../../../shared/model/types';
import { OPPORTUNITY_COLUMNS } from '../../../shared/export/opportunities';

/** Column widths in characters: wide enough for the usual content, the rest wraps. */
const WIDTH: Record<string, number> = { title: 40, pain_points: 40, touchpoints: 40, link: 30 };

/**
 * The opportunity backlog as an Excel workbook: the CSV's columns and rows, numbers stored as
 * numbers, a bold frozen header row with filters. Text is written as text, never as a formula.
 */
export async function opportunitiesXlsx(doc: ProjectDoc): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Wayline';
  const sheet = workbook.addWorksheet('Opportunities', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = OPPORTUNITY_COLUMNS.map((c) => ({
    header: c.header,
    key: c.header,
    width: WIDTH[c.header] ?? (c.kind === 'number' ? 10 : 18),
  }));
  for (const row of backlogRows(doc)) {
    sheet.addRow(OPPORTUNITY_COLUMNS.map((c) => c.cell(row)));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: OPPORTUNITY_COLUMNS.length },
  };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
