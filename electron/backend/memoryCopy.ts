import Database from 'better-sqlite3';

/** Bytes 18 and 19 of the SQLite header: the file format versions, 2 meaning WAL. */
const WRITE_VERSION_OFFSET = 18;
const READ_VERSION_OFFSET = 19;
const ROLLBACK_JOURNAL = 1;

/**
 * An in-memory database holding a copy of `image` (a database's bytes, as read from its file or
 * by sqlite3_serialize), which is left as it was. SQLite copies the bytes in, and the in-memory
 * VFS has no WAL and refuses an image whose header asks for one, so the copy is read as a
 * rollback-journal database: the same pages, the same rows.
 */
export function databaseFromImage(
  image: Buffer,
  options: { readonly: boolean },
): Database.Database {
  const write = image[WRITE_VERSION_OFFSET] as number;
  const read = image[READ_VERSION_OFFSET] as number;
  image[WRITE_VERSION_OFFSET] = ROLLBACK_JOURNAL;
  image[READ_VERSION_OFFSET] = ROLLBACK_JOURNAL;
  try {
    return new Database(image, { readonly: options.readonly });
  } finally {
    image[WRITE_VERSION_OFFSET] = write;
    image[READ_VERSION_OFFSET] = read;
  }
}
