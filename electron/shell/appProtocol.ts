import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from '../security';
import { contentTypeOf, staticFilePath } from '../staticFiles';
import { readUiFontAsset } from '../uiFonts';

/**
 * The renderer loads from `wayline://app/` instead of file:// (Electron security checklist,
 * item 18). Standard, so relative URLs and web storage work as on http; secure, so the page
 * is a secure context; fetch and V8's code cache allowed. Not CORS-enabled and not bypassing
 * the CSP: nothing but our own page reads from it, under the same policy as browser mode.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before the app is ready, and only once. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
}

/**
 * The file inside `rendererDir` a request URL names, or null: another scheme or host, a path
 * that leaves the folder, or one that does not decode.
 */
export function appFilePath(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN || parsed.username !== '') return null;
  return staticFilePath(rendererDir, parsed.pathname);
}

const notFound = () => new Response('Not found.', { status: 404 });

/** The response to one request on the scheme: a file of the built renderer, with the CSP. */
export async function appResponse(
  request: Pick<Request, 'url' | 'method'>,
  rendererDir: string,
  read: (file: string) => Promise<Uint8Array> = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed.', { status: 405 });
  }
  const file = appFilePath(request.url, rendererDir);
  if (file === null) return notFound();
  // The Noto fonts come from their packages (uiFonts.ts), not from the renderer's folder.
  const font = await readUiFontAsset(new URL(request.url).pathname);
  let body: Uint8Array;
  try {
    body = font?.body ?? (await read(file));
  } catch {
    return notFound();
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': font?.type ?? contentTypeOf(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Serves the built renderer on the scheme; after the app is ready. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rendererDir));
}
