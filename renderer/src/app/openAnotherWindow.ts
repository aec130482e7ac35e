/**
 * Opens the app once more on the same project: a new tab in browser mode (the session token is
 * shared by the origin's tabs), a new window in the desktop app (the shell's window-open guard
 * sees its own page's address and opens a guarded editor window instead of a browser one).
 * The address has no query or fragment, so no one-time code or state is ever copied.
 */
export function openAnotherWindow(): void {
  const address = `${window.location.origin}${window.location.pathname}`;
  window.open(address, '_blank', 'noopener');
}
