import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { migrate } from './migrations';

/** Bytes 18 and 19 of the SQLite header: the file format versions, 2 meaning WAL. */
const WRITE_VERSION_OFFSET = 18;
const READ_VERSION_OFFSET = 19;
const ROLLBACK_JOURNAL = 1;

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
  const image = source.serialize();
  // The in-memory VFS has no WAL, and refuses to open an image whose header asks for one.
  image[WRITE_VERSION_OFFSET] = ROLLBACK_JOURNAL;
  image[READ_VERSION_OFFSET] = ROLLBACK_JOURNAL;
  const copy = new Database(image);
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
