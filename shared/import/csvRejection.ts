import type { Problem } from './problems';

/** A CSV row left out of an import, with every problem it has (each carries the row too). */
export interface CsvRejection {
  /** 1-based spreadsheet row: the header is row 1, so the first data row is row 2. */
  row: number;
  problems: Problem[];
}

export function rejectRow(row: number, ...problems: Problem[]): CsvRejection {
  return { row, problems: problems.map((p) => ({ ...p, row })) };
}

/** A rejected row's problems as one sentence, in column order. */
export function rejectionText(rejection: CsvRejection): string {
  return rejection.problems.map((p) => p.message).join('; ');
}
