import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { ApiResponse } from '../../shared/api/errors';
import { madeByFeed, type ProjectEvent } from '../../shared/api/events';
import {
  answerFrame,
  CLOSING_FRAME,
  eventFrame,
  readCallFrame,
  readSocketProtocols,
  SESSION_REFUSED_CODE,
  SOCKET_PATH,
  SOCKET_PROTOCOL,
  SUBSCRIBED_FRAME,
} from '../../shared/api/socket';
import { err } from '../../shared/result';
import type { ApiJsonCall } from '../backend/dispatch';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './requestGuards';

/** Subscribes to the backend's project events; returns the unsubscribe function. */
export type SubscribeToEvents = (listener: (event: ProjectEvent) => void) => () => void;

/**
 * The largest call frame taken. The page sends only small calls on its socket (a keystroke's
 * ops); a large one (an import's rows) goes over HTTP, whose limit and 413 answer it keeps.
 */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

export interface PageSocketOptions {
  call: ApiJsonCall;
  token: string;
  events?: SubscribeToEvents;
}

/** The sockets open now, so a shutdown can tell each page before it closes them. */
const openSockets = new Set<WebSocket>();

/** Tells every page the server is going (CLOSING_FRAME: it stops listening) and closes its socket. */
export function closePageSockets(): void {
  for (const ws of openSockets) {
    ws.send(CLOSING_FRAME);
    ws.close(1001, 'The server is shutting down.');
  }
  openSockets.clear();
}

/** The envelope of a call that was not answered by the backend. */
const failed = (code: 'invalid_args' | 'internal', message: string) =>
  JSON.stringify(err({ code, message }) satisfies ApiResponse<unknown>);

function serveCalls(ws: WebSocket, options: PageSocketOptions) {
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (isBinary) return ws.close(1003, 'Send text frames.');
    const frame = readCallFrame(data.toString());
    if (!frame) return ws.close(1002, 'Not a call frame.');
    let args: unknown;
    try {
      args = frame.argsJson.length === 0 ? {} : JSON.parse(frame.argsJson);
    } catch {
      ws.send(answerFrame(frame.id, failed('invalid_args', 'The request is not valid JSON.')));
      return;
    }
    options.call(frame.method, args).then(
      (json) => {
        // The page may have gone meanwhile; what the call did is done all the same.
        if (ws.readyState === ws.OPEN) ws.send(answerFrame(frame.id, json));
      },
      (err: unknown) => {
        console.error('[wayline] a call on a page socket failed:', err);
        if (ws.readyState === ws.OPEN) {
          ws.send(answerFrame(frame.id, failed('internal', 'Internal error.')));
        }
      },
    );
  });
}

/** Every committed edit to this page, less those the page made itself (its feed's). */
function serveEvents(ws: WebSocket, feed: string | null, subscribe: SubscribeToEvents) {
  const unsubscribe = subscribe((event) => {
    if (feed !== null && madeByFeed(event.change.clientId, feed)) return;
    ws.send(eventFrame(JSON.stringify(event)));
  });
  ws.on('close', unsubscribe);
}

function refuse(socket: Duplex, status: string) {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Browser mode's page sockets (shared/api/socket.ts) on `server`. The Host and Origin are
 * checked as for every request. A wrong session token is let in and closed at once with
 * SESSION_REFUSED_CODE: a page cannot read the status of a refused handshake, and this way it
 * learns that its session is gone rather than trying again.
 */
export function attachPageSockets(server: Server, options: PageSocketOptions): void {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    handleProtocols: (offered) => (offered.has(SOCKET_PROTOCOL) ? SOCKET_PROTOCOL : false),
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (!isAllowedHost(req.headers.host, port)) return refuse(socket, '421 Misdirected Request');
    if (!isAllowedOrigin(req.headers.origin, port)) return refuse(socket, '403 Forbidden');
    const path = (req.url ?? '').split('?')[0];
    if (path !== SOCKET_PATH) return refuse(socket, '404 Not Found');
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    const { ours, token, feed } = readSocketProtocols(offered);
    if (!ours) return refuse(socket, '400 Bad Request');
    sockets.handleUpgrade(req, socket, head, (ws) => {
      if (!tokenMatches(token, options.token)) {
        return ws.close(SESSION_REFUSED_CODE, 'This session has expired.');
      }
      openSockets.add(ws);
      ws.on('close', () => openSockets.delete(ws));
      serveCalls(ws, options);
      if (options.events) serveEvents(ws, feed, options.events);
      // Sent once events flow, so the page catches up on what came before.
      ws.send(SUBSCRIBED_FRAME);
    });
  });
}
