import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { ApiJsonCall } from '../backend/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security';
import { contentTypeOf, staticFilePath } from '../staticFiles';
import { readUiFontAsset, UI_FONT_CACHE_CONTROL } from '../uiFonts';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './requestGuards';
import { SESSION_PATH, type SessionCodes } from './sessionCodes';
import { attachPageSockets, type SubscribeToEvents } from './pageSocket';

/**
 * Large enough for the rows of the largest import (a 20 MB file grows as rows: field names and
 * new ids), small enough to refuse a flood.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
export const TOKEN_HEADER = 'x-wayline-token';
/** A code is a few dozen characters; anything much larger is not a trade. */
const MAX_SESSION_BODY_BYTES = 1024;

export interface HttpServerOptions {
  /**
   * The backend: validates and answers each call (in its own process in browser mode), with
   * the envelope as JSON text, which is sent as it is: never parsed and serialised again here.
   */
  call: ApiJsonCall;
  token: string;
  /** The one-time codes of printed links, each traded once for `token`. */
  codes: SessionCodes;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The backend's committed edits, sent to every page on its socket (pageSocket.ts). */
  events?: SubscribeToEvents;
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function hasToken(req: IncomingMessage, expected: string): boolean {
  const token = req.headers[TOKEN_HEADER];
  return tokenMatches(Array.isArray(token) ? token[0] : token, expected);
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  options: HttpServerOptions,
) {
  if (!hasToken(req, options.token)) {
    return send(res, 401, 'A valid session token is required.');
  }
  if (req.method !== 'POST') return send(res, 405, 'Use POST.');
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return send(res, 415, 'Send JSON.');
  }
  let args: unknown;
  try {
    const text = await readBody(req);
    args = text.length === 0 ? {} : JSON.parse(text);
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      // Let the rest of the upload drain, so the client reads the answer, then hang up.
      req.resume();
      res.setHeader('Connection', 'close');
      return send(res, 413, 'The request is too large.');
    }
    return send(res, 400, 'The request is not valid JSON.');
  }
  send(res, 200, await options.call(method, args), 'application/json; charset=utf-8');
}

/** Trades a printed link's one-time code for the session token (see sessionCodes.ts). */
async function handleSession(req: IncomingMessage, res: ServerResponse, codes: SessionCodes) {
  if (req.method !== 'POST') return send(res, 405, 'Use POST.');
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return send(res, 415, 'Send JSON.');
  }
  let code: unknown;
  try {
    code = (JSON.parse(await readBody(req, MAX_SESSION_BODY_BYTES)) as { code?: unknown })?.code;
  } catch {
    req.resume();
    return send(res, 400, 'Send {"code": "..."}.');
  }
  const token = codes.redeem(code);
  if (token === undefined)
    return send(res, 403, 'This link has been used already or is not valid.');
  send(res, 200, JSON.stringify({ token }), 'application/json; charset=utf-8');
}

/** What a path names: a Noto font from its package (uiFonts.ts) or a file of the renderer. */
async function staticAsset(staticDir: string, pathname: string) {
  const font = await readUiFontAsset(pathname);
  if (font) return { ...font, cache: UI_FONT_CACHE_CONTROL };
  const file = staticFilePath(staticDir, pathname);
  const body = file === null ? null : await readFile(file).catch(() => null);
  if (file === null || body === null) return null;
  // Hashed asset names never change content; the page itself always revalidates.
  const cache = extname(file) === '.html' ? 'no-store' : 'public, max-age=31536000, immutable';
  return { body, type: contentTypeOf(file), cache };
}

async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  staticDir: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
  const asset = await staticAsset(staticDir, pathname);
  if (asset === null) return send(res, 404, 'Not found.');
  res.writeHead(200, {
    'Content-Type': asset.type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': asset.cache,
  });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}

/**
 * Browser mode: the renderer and the same API handlers as the desktop app, on loopback only;
 * each page's socket carries its calls and the project's events (pageSocket.ts), and HTTP its
 * calls until the socket is open and those too large for it.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const server = createServer((req, res) => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'Unknown host.');
    if (!isAllowedOrigin(req.headers.origin, port))
      return send(res, 403, 'Cross-origin requests are refused.');
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
    } catch {
      return send(res, 400, 'Bad URL.');
    }
    const work = pathname.startsWith('/api/')
      ? handleApi(req, res, pathname.slice('/api/'.length), options)
      : pathname === SESSION_PATH
        ? handleSession(req, res, options.codes)
        : handleStatic(req, res, pathname, options.staticDir);
    work.catch((err: unknown) => {
      console.error('[wayline] request failed:', err);
      if (!res.headersSent) send(res, 500, 'Internal error.');
      else res.end();
    });
  });
  attachPageSockets(server, options);
  return server;
}
