import { JSON_FORMAT_VERSION } from '../export/jsonFormat';
import { err, ok, type Result } from '../result';
import { problem, type Problem } from './problems';

type FileObject = Record<string, unknown>;

/** Turns a file of one format version into the next version's shape. */
type Migration = (file: FileObject) => FileObject;

/**
 * MIGRATIONS[v] migrates a version-v file to version v + 1; a file is walked up one step at a
 * time to JSON_FORMAT_VERSION. Version 1 is the first format, so the table is empty; a change
 * to the format adds one pure function here and bumps JSON_FORMAT_VERSION.
 */
export const JSON_MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
