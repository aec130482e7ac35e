import { parseUrl } from '../shared/text/externalUrl';

/**
 * The shell's trust decisions as small pure functions, so they can be unit-tested without
 * Electron. No `electron` import here on purpose.
 */

/**
 * The renderer's Content-Security-Policy: sent as a response header by the shell and
 * injected as a <meta> tag by the build. No inline or eval'd script; inline styles are
 * allowed because React Flow positions nodes with style attributes. 'wasm-unsafe-eval' lets
 * the page compile WebAssembly (the connector router, libavoid) and nothing else: JavaScript
 * eval stays blocked.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // Attached recordings and clips play in the lightbox from blob: URLs of their bytes.
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

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
