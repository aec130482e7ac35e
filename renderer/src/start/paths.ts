/** Joins a folder and a file name with the folder's own separator (Windows or POSIX). */
export function joinPath(folder: string, file: string): string {
  const trimmed = folder.trim().replace(/[\\/]+$/, '');
  const sep = trimmed.includes('\\') && !trimmed.includes('/') ? '\\' : '/';
  return trimmed ? `${trimmed}${sep}${file}` : file;
}

/** A project name made safe to use as a file name on every desktop OS. */
export function safeFileName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? '-' : ch)).join('');
  const cleaned = printable
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.slice(0, 120) || 'Untitled';
}
