import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/import/planImport';
import { problem, problemLine, type Problem } from '../../shared/import/problems';
import { guessMapping } from '../../shared/import/survey/mapping';
import { planSurveyImport } from '../../shared/import/survey/plan';
import { readSurveyCsv, type Sheet } from '../../shared/import/survey/sheet';
import type { Journey } from '../../shared/model/types';
import type { Result } from '../../shared/result';
import { readSurveyXlsx } from '../backend/surveyXlsx';
import { openProjectStore } from '../backend/projectStore';
import type { CliIo } from './run';
import { UsageError } from './usageError';

async function readSheet(path: string): Promise<Result<Sheet, Problem>> {
  const bytes = new Uint8Array(readFileSync(path));
  return /\.xlsx$/i.test(path)
    ? readSurveyXlsx(bytes, MAX_IMPORT_BYTES)
    : readSurveyCsv(bytes, MAX_IMPORT_BYTES);
}

/**
 * `wayline import FILE --survey ANSWERS.csv|.xlsx --journey NAME [--skip-bad-rows]`: survey
 * answers in long format (or wide, when every answer column is headed "<touchpoint> <metric>")
 * become metrics of the journey's touchpoints. Any bad row refuses the import, the project file
 * untouched, unless --skip-bad-rows.
 */
export async function runSurveyImport(
  file: string,
  values: Record<string, unknown>,
  io: CliIo,
  findJourney: (doc: ReturnType<typeof openProjectStore>['doc'], name: unknown) => Journey,
): Promise<void> {
  const source = resolve(io.cwd, values.survey as string);
  if (!existsSync(source)) throw new Error(`${source} does not exist`);
  if (!statSync(source).isFile()) throw new Error(`${source} is not a plain file`);
  if (!existsSync(file))
    throw new Error(`${file} does not exist; survey answers go into a project`);
  if (values.journey === undefined) {
    throw new UsageError('say which journey the answers are about with --journey NAME');
  }
  const read = await readSheet(source);
  const refuse = (problems: Problem[]) => {
    for (const p of problems) io.err(problemLine(p));
    return new Error(`nothing was imported; ${file} is unchanged`);
  };
  if (!read.ok) throw refuse([read.error]);
  const store = openProjectStore(file);
  try {
    const journey = findJourney(store.doc, values.journey);
    const cards = Object.values(store.doc.touchpoints).filter((t) => t.journeyId === journey.id);
    const mapping = guessMapping(read.value.headers, cards);
    if (mapping.format === 'wide' && !mapping.columns.some((c) => c.role === 'answer')) {
      throw refuse([problem('survey_columns', { missing: 'Touchpoint, Metric or Score' })]);
    }
    const plan = planSurveyImport(store.doc, journey.id, read.value, mapping, {
      fileName: source,
      skipBadRows: values['skip-bad-rows'] === true,
    });
    if (!plan.ok) {
      for (const p of plan.error) io.err(problemLine(p));
      const bad = plan.rejected?.length ?? 0;
      throw new Error(
        bad > 0
          ? `${bad} row(s) cannot be imported, so nothing was; ${file} is unchanged. Fix them, or import the rest with --skip-bad-rows`
          : `nothing was imported; ${file} is unchanged`,
      );
    }
    const { rows, rejected, answerCount, commentCount, cardCount } = plan.value;
    for (const p of rejected.flatMap((r) => r.problems)) io.err(`skipped: ${problemLine(p)}`);
    store.apply([{ type: 'insertRows', rows }]);
    io.out(
      `Imported ${answerCount} answers to ${cardCount} touchpoints and ${commentCount} comments as quotes into "${journey.name}"${rejected.length ? `, skipping ${rejected.length} row(s)` : ''}`,
    );
  } finally {
    store.close();
  }
}
