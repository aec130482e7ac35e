/**
 * Checks every import runs before it parses anything: the size, binary data, a database file
 * picked by mistake, and (for JSON) nesting deep enough to overflow a recursive parser.
 */

import { err, ok, type Result } from '../result';
import { problem, type Problem } from './problems';

/** What a file may weigh by default: far above any real map, far below what freezes the app. */
export const DEFAULT_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** Wayline JSON nests 4 deep (file, table, row, tags); anything past this is not our format. */
export const MAX_JSON_DEPTH = 32;

/** "WAYL": `PRAGMA application_id` marks a SQLite file as a Wayline project. */
export const WAYLINE_APPLICATION_ID = 0x5741594c;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** A file's contents: bytes as read from disk (preferred: encoding is checked), or text. */
export type ImportInput = string | Uint8Array;

export type TextResult = Result<{ text: string; warning?: string }, Problem>;

/**
 * Spreadsheets save "CSV" in the system's legacy code page (Excel on Windows: Windows-1252) or
 * as UTF-16 unless told otherwise. Those are read too, and the import says which it assumed.
 */
function legacyText(bytes: Uint8Array): { text: string; warning: string } | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    try {
      const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
      return { text, warning: 'The file is UTF-16 text; it was read as such.' };
    } catch {
      return undefined;
    }
  }
  // Control bytes other than tab and line ends mean binary data, not a code page.
  if (bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return undefined;
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    warning:
      'The file is not UTF-8; it was read as Windows-1252 (Western European). If accented letters look wrong, save it as "CSV UTF-8" and import it again.',
  };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** UTF-8 length of a string, stopping as soon as it passes `limit`. */
function utf8LengthOver(text: string, limit: number): number {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string fails without a scan.
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else {
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    if (bytes > limit) return bytes;
  }
  return bytes;
}

function startsWithSqliteHeader(input: ImportInput): boolean {
  if (typeof input === 'string') return input.startsWith(SQLITE_HEADER);
  if (input.byteLength < SQLITE_HEADER.length) return false;
  for (let i = 0; i < SQLITE_HEADER.length; i++) {
    if (input[i] !== SQLITE_HEADER.charCodeAt(i)) return false;
  }
  return true;
}

function isWaylineDatabase(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 72) return false;
  const id = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(68);
  return id === WAYLINE_APPLICATION_ID;
}

/**
 * The text of an import file, or why it cannot be one: over `maxBytes` (checked first, before
 * anything is decoded or parsed), a SQLite database, not UTF-8, or holding NUL bytes.
 */
export function importText(
  input: ImportInput,
  maxBytes: number,
  kind: string,
  { legacyEncodings = false } = {},
): TextResult {
  const size = typeof input === 'string' ? utf8LengthOver(input, maxBytes) : input.byteLength;
  if (size > maxBytes) {
    return err(problem('too_large', { limit: formatBytes(maxBytes), kind }));
  }
  if (startsWithSqliteHeader(input)) {
    return err(
      typeof input !== 'string' && isWaylineDatabase(input)
        ? problem('wayline_project')
        : problem('database_file', { kind }),
    );
  }
  let text: string;
  let warning: string | undefined;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      const legacy = legacyEncodings ? legacyText(input) : undefined;
      if (!legacy) {
        return err(problem('not_utf8', { kind }));
      }
      ({ text, warning } = legacy);
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return err(problem('binary', { at: nul + 1, kind }));
  }
  return ok({ text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, warning });
}

/**
 * The deepest nesting of arrays and objects in JSON text, found by one linear scan of the
 * brackets outside strings, so a 100,000-deep file is refused before a recursive parser sees it.
 * Returns the 1-based character position where `max` is first exceeded, or undefined.
 */
export function jsonNestingOver(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i + 1;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return undefined;
}

/** Line and column of a character offset, for parse errors people can find in an editor. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
