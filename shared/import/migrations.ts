import { JSON_FORMAT_VERSION } from '../export/jsonFormat';
import { laneKindSchema } from '../model/fields';
import { isNoteLane } from '../model/laneKinds';
import { err, ok, type Result } from '../result';
import { problem, type Problem } from './problems';

type FileObject = Record<string, unknown>;

/** Turns a file of one format version into the next version's shape. */
type Migration = (file: FileObject) => FileObject;

const isRecord = (v: unknown): v is FileObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 to 2: a card in a note lane has no emotion or effort (null), as in project files
 * from migration v3. Touchpoints keep theirs: they may have been rated on purpose. Anything
 * malformed is left as it is for the schema check to report.
 */
function notesLoseRatings(file: FileObject): FileObject {
  const { lanes, touchpoints } = file;
  if (!Array.isArray(lanes) || !Array.isArray(touchpoints)) return file;
  const noteLanes = new Set(
    lanes
      .filter(isRecord)
      .filter((l) => {
        const kind = laneKindSchema.safeParse(l.kind);
        return kind.success && isNoteLane(kind.data);
      })
      .map((l) => l.id),
  );
  return {
    ...file,
    touchpoints: touchpoints.map((t) =>
      isRecord(t) && noteLanes.has(t.laneId) ? { ...t, emotion: null, effort: null } : t,
    ),
  };
}

/** Version 2 to 3: cards may link to cards, and future states record what they implement. */
function linksBegin(file: FileObject): FileObject {
  return { cardLinks: [], implementations: [], ...file };
}

/**
 * Version 3 to 4: research sources, quotes and citations begin, cards may have files, and
 * survey imports bring their answers and the quotes made from comments.
 */
function evidenceBegins(file: FileObject): FileObject {
  const surveys = { surveyImports: [], surveyAnswers: [], surveyQuotes: [] };
  return { sources: [], quotes: [], citations: [], attachments: [], ...surveys, ...file };
}

/**
 * MIGRATIONS[v] migrates a version-v file to version v + 1; a file is walked up one step at a
 * time to JSON_FORMAT_VERSION. A change to the format adds one pure function here and bumps
 * JSON_FORMAT_VERSION.
 */
export const JSON_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: notesLoseRatings,
  2: linksBegin,
  3: evidenceBegins,
};

export type MigrationResult = Result<{ file: FileObject; fromVersion: number }, Problem>;

const refuse = (refused: Problem): MigrationResult => err({ ...refused, where: 'formatVersion' });

/** Checks the envelope and brings a file of any earlier version up to the current one. */
export function migrateToCurrent(
  file: FileObject,
  migrations: Readonly<Record<number, Migration>> = JSON_MIGRATIONS,
  current: number = JSON_FORMAT_VERSION,
): MigrationResult {
  if (!Object.hasOwn(file, 'formatVersion')) {
    return refuse(problem('no_version'));
  }
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(problem('bad_version', { version: JSON.stringify(version) }));
  }
  if (version > current) {
    return refuse(problem('newer_version', { version, current }));
  }
  let migrated = file;
  for (let v = version; v < current; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) return refuse(problem('unknown_version', { version }));
    migrated = { ...step(migrated), formatVersion: v + 1 };
  }
  return ok({ file: migrated, fromVersion: version });
}
