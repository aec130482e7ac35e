/**
 * The shell's trust decisions as small pure functions, so they can be unit-tested without
 * Electron. No `electron` import here on purpose.
 */

/**
 * The renderer's Content-Security-Policy: sent as a response header by the shell and
 * injected as a <meta> tag by the build. No inline or eval'd script; inline styles are
 * allowed because React Flow positions nodes with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Anything longer is not a link a person meant to follow.
const MAX_EXTERNAL_URL_LENGTH = 4096;

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * The desktop app's renderer is served from this privileged, standard, secure scheme (see
 * shell/appProtocol.ts), not from file:, so it is an origin of its own: no other local file
 * shares it, and file: pages get no extra privileges (the fuse is off).
 */
export const APP_SCHEME = 'wayline';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
/** The renderer page: the only page trusted to call the API. */
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for our own renderer page: `appUrl` on our scheme, same host and path, no user,
 * password or port. Query and fragment are ignored (the renderer may route with them); any
 * other page on the scheme, any other scheme (file:, http(s), devtools, about:blank) is not.
 */
export function isTrustedSenderUrl(url: string, appUrl: string = APP_URL): boolean {
  const sender = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!sender || !app || app.protocol !== `${APP_SCHEME}:`) return false;
  return (
    sender.protocol === app.protocol &&
    sender.host === app.host &&
    sender.username === '' &&
    sender.password === '' &&
    sender.pathname === app.pathname
  );
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
