import type { IncomingMessage, ServerResponse } from 'node:http';
import { FEED_HEADER, FEED_ID, madeByFeed, type ProjectEvent } from '../../shared/api/events';

/** Subscribes to the backend's project events; returns the unsubscribe function. */
export type SubscribeToEvents = (listener: (event: ProjectEvent) => void) => () => void;

/** A comment line now and then keeps idle connections (and any proxy) from timing out. */
export const HEARTBEAT_MS = 15_000;

/** The last thing a stream says when the server shuts down: the page stops listening. */
export const CLOSING_LINE = ': closing\n\n';

/** The streams open now, so a shutdown can end each one cleanly rather than cut it. */
const openStreams = new Set<ServerResponse>();

/** Ends every open stream with CLOSING_LINE (a clean end: no error in the page's console). */
export function endEventStreams(): void {
  for (const res of openStreams) res.end(CLOSING_LINE);
  openStreams.clear();
}

/** The page's feed id from FEED_HEADER, or null when there is none that looks like one. */
function feedOf(req: IncomingMessage): string | null {
  const header = req.headers[FEED_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && FEED_ID.test(value) ? value : null;
}

/**
 * Streams every project event to one window as server-sent events (`data: <json>`), until the
 * window goes away; a page that names its feed (FEED_HEADER) is not sent its own edits. The
 * caller has already checked the Host, the Origin and the session token.
 */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  subscribe: SubscribeToEvents,
): void {
  const feed = feedOf(req);
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    Connection: 'keep-alive',
  });
  // Sent at once, so the window knows it is subscribed before it loads the project.
  res.write(': subscribed\n\n');
  const unsubscribe = subscribe((event) => {
    if (feed !== null && madeByFeed(event.change.clientId, feed)) return;
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  openStreams.add(res);
  const end = () => {
    openStreams.delete(res);
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', end);
  res.on('close', end);
}
