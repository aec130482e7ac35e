import { type CsvRejection, rejectionText } from '../../shared/import/csvRejection';

/** Each rejected CSV row as its number, its problem codes and the sentence the user reads. */
export const rejectedRows = (rejected: readonly CsvRejection[]) =>
  rejected.map((r) => ({
    row: r.row,
    codes: r.problems.map((p) => p.code),
    reason: rejectionText(r),
  }));
