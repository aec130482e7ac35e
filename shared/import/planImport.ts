import type { ProjectDoc } from '../model/types';
import { planCsvImport, type CsvRejection } from './csv';
import { DEFAULT_IMPORT_MAX_BYTES } from './guards';
import { planJsonImport } from './json';
import type { ImportPlanBase, PlanResult } from './plan';

export const MAX_IMPORT_BYTES = DEFAULT_IMPORT_MAX_BYTES;

/** What an import of either kind will add; JSON has no row-level rejections. */
export type ImportPlan = PlanResult<ImportPlanBase & { rejected: CsvRejection[] }>;

/**
 * Plans the import of a file the user chose, by its name: `.csv` is read as CSV, anything else
 * as Wayline JSON (whose own checks tell a database or a binary file apart). Bytes are better
 * than text: only bytes get the strict UTF-8 check.
 */
export function planImport(
  fileName: string,
  content: string | Uint8Array,
  target: ProjectDoc,
  options: { journeyId?: string; storedBlobs?: ReadonlySet<string> } = {},
): ImportPlan {
  if (/\.csv$/i.test(fileName)) {
    const journeyName = fileName
      .replace(/^.*[\\/]/, '')
      .replace(/\.csv$/i, '')
      .trim();
    return planCsvImport(content, target, {
      journeyId: options.journeyId,
      journeyName: journeyName || undefined,
      maxBytes: MAX_IMPORT_BYTES,
    });
  }
  const plan = planJsonImport(content, target, {
    maxBytes: MAX_IMPORT_BYTES,
    ...(options.storedBlobs && { storedBlobs: options.storedBlobs }),
  });
  return plan.ok ? { ok: true, value: { ...plan.value, rejected: [] } } : plan;
}
