export const PROJECT_EXTENSION = '.wayline';

/** A project name made safe as a file name on every desktop OS (no extension added). */
export function safeFileName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? '-' : ch)).join('');
  const cleaned = printable
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    // Windows drops trailing dots and spaces; leading dots hide files elsewhere.
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  return cleaned || 'Untitled';
}

/** The file name for a project: safe, with exactly one .wayline extension. */
export function projectFileName(name: string | undefined): string {
  const base = (name ?? '').replace(/\.wayline$/i, '');
  return `${safeFileName(base)}${PROJECT_EXTENSION}`;
}
