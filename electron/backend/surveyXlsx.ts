import ExcelJS from 'exceljs';
import { formatBytes } from '../../shared/import/guards';
import { problem, type Problem } from '../../shared/import/problems';
import { sheetOf, type Sheet, type SheetRow } from '../../shared/import/survey/sheet';
import { err, ok, type Result } from '../../shared/result';

/** What one cell holds, as text a survey row is read from (a date as its day, YYYY-MM-DD). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The first worksheet of an XLSX file, read with exceljs, as the rows of cells the survey
 * import checks: row numbers are the spreadsheet's own. Anything but an XLSX is refused.
 */
export async function readSurveyXlsx(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<Result<Sheet, Problem>> {
  if (bytes.byteLength > maxBytes) {
    return err(problem('too_large', { limit: formatBytes(maxBytes), kind: 'spreadsheet' }));
  }
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) return err(problem('survey_not_xlsx'));
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as the older ArrayBuffer-only Buffer; Node's is the same object.
    type Data = Parameters<typeof workbook.xlsx.load>[0];
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Data);
  } catch {
    return err(problem('survey_not_xlsx'));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return err(problem('survey_nothing'));
  const records: SheetRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    records.push({ row: number, cells });
  });
  return ok(sheetOf(records));
}
