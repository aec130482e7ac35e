/**
 * The one test of a link Wayline may hand to the operating system's browser or mail program:
 * the desktop shell's window-open guard and every link drawn on a card use it. Pure (the URL
 * parser only), so it runs in the renderer, the backend and the shell alike.
 */

// Anything longer is not a link a person meant to follow.
const MAX_EXTERNAL_URL_LENGTH = 4096;

export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True for a link we may hand to the operating system: https with a host, or mailto with an
 * address. Everything else (javascript:, file:, data:, http:, custom schemes, malformed
 * input) could run code or reach local resources, so it is refused. Raw whitespace or control
 * characters are refused rather than silently stripped by the URL parser, and so are
 * credentials in https links (a common way to disguise the real host).
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we reject
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'https:') {
    // The parser would read "https:///x" or "https:\\x" as host "x"; insist on the plain form.
    if (!/^https:\/\/[^/\\]/i.test(url)) return false;
    return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
  }
  if (parsed.protocol === 'mailto:') {
    // mailto:someone@example.com[?subject=...]; at least one address with a local part and domain.
    const addresses = parsed.pathname.split(',').filter((a) => a.length > 0);
    return addresses.length > 0 && addresses.every((a) => /^[^@/]+@[^@/]+$/.test(a));
  }
  return false;
}
