import { JSON_FORMAT_VERSION } from '../export/jsonFormat';
import type { ImportIssue } from './guards';

type FileObject = Record<string, unknown>;

/** Turns a file of one format version into the next version's shape. */
type Migration = (file: FileObject) => FileObject;

/**
 * MIGRATIONS[v] migrates a version-v file to version v + 1; a file is walked up one step at a
 * time to JSON_FORMAT_VERSION. Version 1 is the first format, so the table is empty; a change
 * to the format adds one pure function here and bumps JSON_FORMAT_VERSION.
 */
export const JSON_MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  { ok: true; file: FileObject; fromVersion: number } | { ok: false; error: ImportIssue };

const refuse = (message: string): MigrationResult => ({
  ok: false,
  error: { where: 'formatVersion', message },
});

/** Checks the envelope and brings a file of any earlier version up to the current one. */
export function migrateToCurrent(
  file: FileObject,
  migrations: Readonly<Record<number, Migration>> = JSON_MIGRATIONS,
  current: number = JSON_FORMAT_VERSION,
): MigrationResult {
  if (!Object.hasOwn(file, 'formatVersion')) {
    return refuse('The file has no "formatVersion", so Wayline cannot tell how to read it.');
  }
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(
      `"formatVersion" is ${JSON.stringify(version)}; Wayline writes a whole number from 1 up.`,
    );
  }
  if (version > current) {
    return refuse(
      `This file was made by a newer Wayline (format version ${version}); this one reads up to version ${current}. Update Wayline to import it.`,
    );
  }
  let migrated = file;
  for (let v = version; v < current; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) return refuse(`Format version ${version} is not one Wayline ever wrote.`);
    migrated = { ...step(migrated), formatVersion: v + 1 };
  }
  return { ok: true, file: migrated, fromVersion: version };
}
