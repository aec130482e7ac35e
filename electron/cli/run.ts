import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/api/errors';
import { problemLine } from '../../shared/import/problems';
import {
  EXPORT_FORMATS,
  exportFileName,
  FORMATS,
  wholeProjectStem,
  type ExportFormat,
} from '../../shared/export/formats';
import { MAX_IMPORT_BYTES, planImport } from '../../shared/import/planImport';
import { emptyDoc, journeyList } from '../../shared/model/doc';
import type { Journey, ProjectDoc } from '../../shared/model/types';
import type { ExportProgress } from '../../shared/api/schema';
import { exportLimitsFromEnv } from '../backend/export/exportLimits';
import { startExportWorker } from '../backend/export/runExportWorker';
import { exportMediaFor } from '../backend/media/exportMedia';
import { isSameFile, SQLITE_SIDE_SUFFIXES } from '../backend/fileIdentity';
import { projectPath } from '../backend/handlers';
import { readProjectHeader, WAYLINE_APPLICATION_ID } from '../backend/projectHeader';
import { createProjectStore, openProjectStore, type ProjectStore } from '../backend/projectStore';
import { PROJECT_EXTENSION } from '../../shared/model/fileNames';
import { exportChoiceFromFlags, optionFlagConfig, optionFlags } from './exportFlags';
import { newProject } from './newProject';
import { runSurveyImport } from './surveyImport';
import { USAGE } from './usage';
import { UsageError } from './usageError';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  /** The export worker script; the one bundled beside the CLI when not given (tests run from source). */
  exportWorkerPath?: string;
}

/** An export still running after this prints its stages to stderr as it goes. */
const QUIET_MS = 1000;

/** Progress lines for a long export: each stage once, and progress within one at most every second. */
function progressPrinter(io: CliIo): { onProgress(p: ExportProgress): void; stop(): void } {
  const begun = Date.now();
  let latest: ExportProgress = { done: 0, total: 1, stage: 'Starting' };
  let printedStage = '';
  let printedAt = 0;
  const print = () => {
    const now = Date.now();
    if (latest.stage === printedStage && now - printedAt < 1000) return;
    printedStage = latest.stage;
    printedAt = now;
    const seconds = Math.round((now - begun) / 1000);
    io.err(`${latest.stage}… (${latest.done}/${latest.total}, ${seconds} s)`);
  };
  // A stage that began in the quiet second is printed when the second is up.
  const timer = setTimeout(print, QUIET_MS);
  return {
    onProgress(progress) {
      latest = progress;
      if (Date.now() - begun >= QUIET_MS) print();
    },
    stop: () => clearTimeout(timer),
  };
}

/** The flags of the commands themselves; each export option adds its own (exportFlags.ts). */
export const COMMAND_FLAGS = {
  journey: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  survey: { type: 'string' },
  'skip-bad-rows': { type: 'boolean' },
  template: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OPTION_FLAGS = optionFlags();
const OPTIONS = { ...optionFlagConfig(OPTION_FLAGS), ...COMMAND_FLAGS };
/** The flags each command takes; any other is refused rather than ignored. */
const FLAGS_OF = new Map<string, readonly string[]>([
  ['new', ['template', 'name']],
  ['export', ['journey', 'format', 'out', ...Object.keys(optionFlagConfig(OPTION_FLAGS))]],
  ['import', ['journey', 'from', 'survey', 'skip-bad-rows']],
]);

function findJourney(doc: ProjectDoc, wanted: string | undefined): Journey {
  const journeys = journeyList(doc);
  const names = journeys.map((j) => `"${j.name}"`).join(', ') || 'none';
  if (wanted === undefined) {
    if (journeys.length === 1) return journeys[0]!;
    throw new UsageError(`say which journey with --journey NAME (this project has: ${names})`);
  }
  const fold = (s: string) => s.trim().toLocaleLowerCase();
  const byId = journeys.find((j) => j.id === wanted);
  if (byId) return byId;
  const named = journeys.filter((j) => fold(j.name) === fold(wanted));
  if (named.length > 1) {
    const ids = named.map((j) => `"${j.name}" (${j.id})`).join(', ');
    throw new UsageError(`several journeys are called "${wanted}"; give one by id: ${ids}`);
  }
  if (!named[0]) throw new Error(`no journey "${wanted}" in this project (it has: ${names})`);
  return named[0];
}

/** Whether the existing file at `path` is a Wayline project (this one, held, counts too). */
function isWaylineProject(path: string): boolean {
  try {
    return readProjectHeader(path).applicationId === WAYLINE_APPLICATION_ID;
  } catch (err) {
    return (err as { code?: string }).code === 'in_use';
  }
}

/**
 * Why `out` may not be written, if it may not: an export never replaces a project file (this
 * one by any name: a hard link, a link; any other; or SQLite's side files of this one), and
 * never writes into something that is not a plain file (a pipe would wait for ever).
 */
function outRefusal(out: string, store: ProjectStore): string | null {
  const taken = `--out ${out} is a project file; export to another name`;
  if (extname(out).toLowerCase() === PROJECT_EXTENSION) return taken;
  const stat = statSync(out, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) return `--out ${out} is not a plain file; export to another name`;
  if (stat && (isSameFile(out, store.identity) || isWaylineProject(out))) return taken;
  const folder = statSync(dirname(out), { throwIfNoEntry: false });
  const real = folder?.isDirectory() ? join(realpathSync.native(dirname(out)), basename(out)) : out;
  const sideFiles = SQLITE_SIDE_SUFFIXES.map((s) => store.identity.realPath + s);
  return sideFiles.includes(real)
    ? `--out ${out} is where SQLite keeps the project's changes; export to another name`
    : null;
}

async function runExport(file: string, values: Record<string, unknown>, io: CliIo) {
  const format = values.format as string | undefined;
  if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const choice = exportChoiceFromFlags(format as ExportFormat, values, OPTION_FLAGS);
  const store = openProjectStore(file);
  try {
    // A whole-project format (the opportunity backlog) needs no journey named.
    const wholeProject = FORMATS[format as ExportFormat].wholeProject === true;
    const journey = wholeProject
      ? journeyList(store.doc)[0]
      : findJourney(store.doc, values.journey as string | undefined);
    if (!journey) throw new Error('this project has no journeys, so nothing to export');
    const stem = wholeProject ? wholeProjectStem(store.doc.info.name) : journey.name;
    const out = resolve(
      io.cwd,
      (values.out as string | undefined) ?? exportFileName(stem, format as ExportFormat),
    );
    const refusal = outRefusal(out, store);
    if (refusal) throw new UsageError(refusal);
    // The same worker, limits and messages as the app's exports (backend/export/exportJobs.ts).
    const progress = progressPrinter(io);
    const result = await startExportWorker(
      {
        doc: store.doc,
        journeyId: journey.id,
        ...choice,
        media: exportMediaFor(store.media, store.doc, journey.id, choice.format, choice.options),
      },
      {
        limits: exportLimitsFromEnv(process.env),
        workerPath: io.exportWorkerPath,
        onProgress: progress.onProgress,
      },
    ).result.finally(progress.stop);
    writeFileSync(out, result.bytes);
    for (const note of result.notes) io.out(note);
    io.out(`Wrote ${out}`);
  } finally {
    store.close();
  }
}

function runImport(file: string, values: Record<string, unknown>, io: CliIo) {
  const from = values.from as string | undefined;
  if (!from) throw new UsageError('say which file to import with --from DATA.csv|DATA.json');
  const source = resolve(io.cwd, from);
  if (!existsSync(source)) throw new Error(`${source} does not exist`);
  // A pipe would be read for ever, a folder not at all.
  if (!statSync(source).isFile()) throw new Error(`${source} is not a plain file`);
  const size = statSync(source).size;
  if (size > MAX_IMPORT_BYTES) {
    throw new Error(`${source} is ${size} bytes; imports are limited to ${MAX_IMPORT_BYTES}`);
  }
  const bytes = readFileSync(source);
  const isNew = !existsSync(file);
  const store = isNew ? null : openProjectStore(file);
  try {
    const target = store?.doc ?? emptyDoc(basename(file, extname(file)), new Date().toISOString());
    const journeyId =
      values.journey === undefined ? undefined : findJourney(target, values.journey as string).id;
    const plan = planImport(source, bytes, target, { journeyId });
    if (!plan.ok) {
      for (const p of plan.error) io.err(problemLine(p));
      throw new Error(`nothing was imported; ${file} is unchanged`);
    }
    const { rejected, summary, warnings, rows } = plan.value;
    for (const p of rejected.flatMap((r) => r.problems)) io.err(problemLine(p));
    if (rejected.length > 0 && !values['skip-bad-rows']) {
      throw new Error(
        `${rejected.length} row(s) cannot be imported, so nothing was; fix them, or import the rest with --skip-bad-rows`,
      );
    }
    if (Object.values(summary).every((n) => n === 0)) {
      throw new Error(`${source} holds nothing to import; ${file} is unchanged`);
    }
    for (const w of warnings) io.out(w);
    const counts = Object.entries(summary)
      .filter(([table, n]) => n > 0 && table !== 'cesConverted')
      .map(([table, n]) => {
        const plural = table === 'touchpoints' ? 'cards' : table;
        // Every table name is a plain plural: one journey, two journeys.
        return `${n} ${n === 1 ? plural.slice(0, -1) : plural}`;
      });
    if (store) store.apply([{ type: 'insertRows', rows }]);
    // A new file starts with only what was imported, not the starter journey.
    else createProjectStore(file, target.info.name, new Date(), { rows }).close();
    io.out(`Imported ${counts.join(', ') || 'nothing'} into ${file}`);
  } finally {
    store?.close();
  }
}

/** The command line, callable in process so tests run exactly what users run. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const [command, project, ...extra] = positionals;
    if (values.help || command === 'help') {
      io.out(USAGE);
      return 0;
    }
    const flags = command ? FLAGS_OF.get(command) : undefined;
    if (!command || !flags) {
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
    if (!project) throw new UsageError(`say which project: wayline ${command} FILE.wayline`);
    if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
    const stray = Object.keys(values).find((flag) => !flags.includes(flag));
    if (stray) throw new UsageError(`--${stray} is not an option of "wayline ${command}"`);
    const file = projectPath(resolve(io.cwd, project));
    if (command === 'new') io.out(newProject(file, values as { template?: string; name?: string }));
    else if (command === 'export') await runExport(file, values, io);
    else if (values.survey === undefined) runImport(file, values, io);
    else if (values.from !== undefined) throw new UsageError('give --from or --survey, not both');
    else await runSurveyImport(file, values, io, (doc, name) => findJourney(doc, name as string));
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err)) {
      io.err(`wayline: ${err.message}`);
      io.err('Run "wayline --help" for usage.');
      return 2;
    }
    io.err(`wayline: ${errorMessage(err)}`);
    return 1;
  }
}
