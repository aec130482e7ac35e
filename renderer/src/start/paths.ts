/** Joins a folder and a file name with the folder's own separator (Windows or POSIX). */
export function joinPath(folder: string, file: string): string {
  const trimmed = folder.trim().replace(/[\\/]+$/, '');
  const sep = trimmed.includes('\\') && !trimmed.includes('/') ? '\\' : '/';
  return trimmed ? `${trimmed}${sep}${file}` : file;
}
