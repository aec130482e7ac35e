/**
 * Browser mode's page socket: one WebSocket per page carries its API calls and the project's
 * events. Over HTTP each call was a fetch, and its answer reached the page as three or four
 * loader tasks; on the socket a call is one frame each way. What travels, in text frames:
 *   page to server:  `<id> <method>\n<args as JSON>`
 *   server to page:  `a<id>\n<the answer's envelope as JSON>`, `e\n<a ProjectEvent as JSON>`,
 *                    SUBSCRIBED_FRAME once the page hears every event, CLOSING_FRAME at shutdown.
 * The envelope is the backend's own JSON text, passed on as it is (no parse, no stringify).
 */
import { FEED_ID } from './events';

export const SOCKET_PATH = '/socket';

/** The subprotocol both sides speak; the server answers with it, or refuses the socket. */
export const SOCKET_PROTOCOL = 'wayline.v1';

/**
 * A browser's WebSocket can send no header of its own and the session token never goes in an
 * address, so the page offers its token and its feed id as two more subprotocol names.
 */
const TOKEN_PREFIX = 'token.';
const FEED_PREFIX = 'feed.';

/** The page's session token is refused (a server started again): the page stops listening. */
export const SESSION_REFUSED_CODE = 4401;

/** Sent when the page's events start to flow: it catches up on what it missed before. */
export const SUBSCRIBED_FRAME = 's';

/** Sent when the server shuts down: its next run has a new token, so the page stops here. */
export const CLOSING_FRAME = 'c';

/** The subprotocol names a page offers when it opens its socket. */
export function socketProtocols(token: string, feedId: string): string[] {
  return [SOCKET_PROTOCOL, `${TOKEN_PREFIX}${token}`, `${FEED_PREFIX}${feedId}`];
}

/** What the offered subprotocols say: whether ours is among them, the token and the feed id. */
export function readSocketProtocols(offered: Iterable<string>): {
  ours: boolean;
  token: string | undefined;
  feed: string | null;
} {
  let ours = false;
  let token: string | undefined;
  let feed: string | null = null;
  for (const name of offered) {
    if (name === SOCKET_PROTOCOL) ours = true;
    else if (name.startsWith(TOKEN_PREFIX)) token = name.slice(TOKEN_PREFIX.length);
    else if (name.startsWith(FEED_PREFIX)) {
      const id = name.slice(FEED_PREFIX.length);
      // Anything else is no feed: that page hears every edit, as one that names none.
      if (FEED_ID.test(id)) feed = id;
    }
  }
  return { ours, token, feed };
}

export const callFrame = (id: number, method: string, argsJson: string) =>
  `${id} ${method}\n${argsJson}`;

/** A call frame's parts, or undefined when the text is not one. */
export function readCallFrame(
  text: string,
): { id: number; method: string; argsJson: string } | undefined {
  const newline = text.indexOf('\n');
  const space = text.indexOf(' ');
  if (newline < 0 || space < 0 || space > newline) return undefined;
  const id = Number(text.slice(0, space));
  if (!Number.isSafeInteger(id) || id < 0) return undefined;
  return { id, method: text.slice(space + 1, newline), argsJson: text.slice(newline + 1) };
}

export const answerFrame = (id: number, envelopeJson: string) => `a${id}\n${envelopeJson}`;

export const eventFrame = (eventJson: string) => `e\n${eventJson}`;

export type ServerFrame =
  | { kind: 'answer'; id: number; json: string }
  | { kind: 'event'; json: string }
  | { kind: 'subscribed' }
  | { kind: 'closing' };

/** A frame from the server, or undefined when the text is not one. */
export function readServerFrame(text: string): ServerFrame | undefined {
  if (text === SUBSCRIBED_FRAME) return { kind: 'subscribed' };
  if (text === CLOSING_FRAME) return { kind: 'closing' };
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const json = text.slice(newline + 1);
  if (text.startsWith('e') && newline === 1) return { kind: 'event', json };
  if (!text.startsWith('a')) return undefined;
  const id = Number(text.slice(1, newline));
  return Number.isSafeInteger(id) && newline > 1 ? { kind: 'answer', id, json } : undefined;
}
