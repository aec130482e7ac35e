import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { databaseFromImage } from './memoryCopy';
import { migrate } from './migrations';

/**
 * Runs `use` on an in-memory copy of `source` brought up to the current schema, so an older
 * file's rows can be judged as this version will read them without writing a byte to the file.
 * The copy is taken with sqlite3_serialize, which reads through the pager and so includes
 * what the file's WAL holds; a failing migration is reported as a refusal.
 */
export function withMigratedCopy<T>(
  source: Database.Database,
  use: (copy: Database.Database) => T,
): T {
  const copy = databaseFromImage(source.serialize(), { readonly: false });
  try {
    try {
      migrate(copy);
    } catch (err) {
      throw new ApiError(
        'corrupt',
        `This project file cannot be upgraded to this version of Wayline (${(err as Error).message}). It was not changed.`,
      );
    }
    return use(copy);
  } finally {
    copy.close();
  }
}
