import { ApiError, type ApiResponse } from '../../../shared/api/errors';
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods';
import type { ApiResult, WaylineApi } from '../../../shared/api/schema';
import type { BridgeApi } from '../../../shared/api/bridge';
import { fromWire } from '../../../shared/api/wire';
import {
  EVENTS_PATH,
  FEED_HEADER,
  isProjectEvent,
  type ProjectEvent,
} from '../../../shared/api/events';
import { PAGE_FEED_ID } from './pageFeed';

type Call = (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;

/**
 * The session token's key in local storage, which every tab of this origin (127.0.0.1 and
 * this port: one `npm run serve`) shares, so a new tab on the app's address needs no new link.
 */
const TOKEN_KEY = 'wayline.token';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's bridge. */
    wayline?: BridgeApi;
  }
}

/** What a tab without a session is told: where a link that works comes from. */
const NEW_LINK =
  'Open the newest link that `npm run serve` printed in its terminal: each link works once, and then every tab of that browser opens Wayline at its address; a new link is printed after each use.';

type Session = { token: string } | { problem: string };

/** The session token for a printed link's one-time code, or undefined if the code is dead. */
async function tradeCode(code: string): Promise<string | undefined> {
  const res = await fetch('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!res.ok) return undefined;
  const { token } = (await res.json()) as { token?: unknown };
  return typeof token === 'string' ? token : undefined;
}

/**
 * Browser mode: the printed link carries a one-time code, which the page trades for the
 * session token; the token lives in this origin's local storage (shared by its tabs, never
 * readable by another origin) and never in an address, which the browser would keep in its
 * history. A server started again has a new token: the old one is refused and forgotten.
 */
async function browserSession(): Promise<Session> {
  const stored = localStorage.getItem(TOKEN_KEY);
  const code = new URLSearchParams(window.location.search).get('code');
  if (code === null) {
    return stored ? { token: stored } : { problem: `This tab has no Wayline session. ${NEW_LINK}` };
  }
  // The code leaves the address at once; after the trade it is dead anyway.
  window.history.replaceState(null, '', window.location.pathname);
  let token: string | undefined;
  try {
    token = await tradeCode(code);
  } catch {
    return { problem: 'Wayline’s server is not reachable. Is `npm run serve` still running?' };
  }
  if (token) {
    localStorage.setItem(TOKEN_KEY, token);
    return { token };
  }
  // A used link opened again in a tab that already has its session (Back, a reload) is fine.
  return stored ? { token: stored } : { problem: `This link has been used already. ${NEW_LINK}` };
}

function httpCall(session: Promise<Session>): Call {
  return async (method, args) => {
    const current = await session;
    if ('problem' in current) throw new ApiError('forbidden', current.problem);
    let res: Response;
    try {
      res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Wayline-Token': current.token },
        body: JSON.stringify(args),
      });
    } catch {
      throw new ApiError(
        'io',
        'Wayline’s server is not reachable. Is `npm run serve` still running?',
      );
    }
    if (res.status === 401) {
      // A token from an earlier run of the server: forgotten, so the next link starts afresh.
      if (localStorage.getItem(TOKEN_KEY) === current.token) localStorage.removeItem(TOKEN_KEY);
      throw new ApiError('forbidden', `This page’s session has expired. ${NEW_LINK}`);
    }
    if (!res.ok) throw new ApiError('io', `The server refused the request (${res.status}).`);
    return fromWire(method, (await res.json()) as ApiResponse<unknown>);
  };
}

function bridgeCall(bridge: BridgeApi): Call {
  return async (method, args) => {
    const answer = await bridge[method](args);
    // The backend's JSON text, parsed here once (see EnvelopeOrJson).
    const response = (
      typeof answer === 'string' ? JSON.parse(answer) : answer
    ) as ApiResponse<unknown>;
    return fromWire(method, response);
  };
}

/** What a window hears from the backend: a committed edit, or that its feed (re)connected. */
export type FeedEvent = ProjectEvent | { type: 'connected' };

/** The backend's stream of committed edits, from every window; subscribe returns the unsubscribe. */
export interface ProjectFeed {
  subscribe(listener: (event: FeedEvent) => void): () => void;
}

/** How long to wait before opening a dropped event stream again. */
const RECONNECT_MS = 1000;

/**
 * Splits server-sent events out of the text read so far; returns what is left unfinished, or
 * null once the server said it is shutting down.
 */
function readEvents(buffer: string, emit: (event: FeedEvent) => void): string | null {
  let end = buffer.indexOf('\n\n');
  while (end >= 0) {
    const block = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    if (block.startsWith(': closing')) return null;
    if (block.startsWith(': subscribed')) emit({ type: 'connected' });
    else if (block.startsWith('data: ')) {
      try {
        const event: unknown = JSON.parse(block.slice('data: '.length));
        if (isProjectEvent(event)) emit(event);
      } catch {
        // Not ours to act on; the next catch-up fills any gap.
      }
    }
    end = buffer.indexOf('\n\n');
  }
  return buffer;
}

/**
 * Browser mode's feed: a GET of the event stream with the session token header (EventSource
 * cannot send one, and the token never goes in an address), read as it arrives and opened
 * again after a second when it drops; each (re)connection is announced, so a window catches
 * up on what it missed meanwhile. It names this page's feed, so the server leaves out the
 * edits this page made (pageFeed.ts): their answers have told it already.
 */
function streamFeed(session: Promise<Session>): ProjectFeed {
  const listeners = new Set<(event: FeedEvent) => void>();
  const emit = (event: FeedEvent) => listeners.forEach((listener) => listener(event));
  let started = false;
  const run = async () => {
    const current = await session;
    if ('problem' in current) return;
    for (;;) {
      try {
        const res = await fetch(EVENTS_PATH, {
          headers: { 'X-Wayline-Token': current.token, [FEED_HEADER]: PAGE_FEED_ID },
          cache: 'no-store',
        });
        // The session is gone: API calls say so; listening on is pointless.
        if (res.status === 401 || res.status === 403) return;
        if (!res.ok || !res.body) throw new Error(`event stream answered ${res.status}`);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer: string | null = '';
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          buffer = readEvents(buffer + read.value, emit);
          // The server is shutting down: its next run has a new token, so listening ends here.
          if (buffer === null) return;
        }
      } catch {
        // The server went away or the stream dropped: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!started) {
        started = true;
        void run();
      }
      return () => listeners.delete(listener);
    },
  };
}

/** The desktop app's feed: IPC events the main process forwards to every window. */
function bridgeFeed(bridge: BridgeApi): ProjectFeed {
  return {
    subscribe(listener) {
      const unsubscribe = bridge.onProjectEvent(listener);
      // IPC is connected from the start; a catch-up covers anything before the subscription.
      queueMicrotask(() => listener({ type: 'connected' }));
      return unsubscribe;
    },
  };
}

/** One typed client over whichever transport this window has, and its event feed. */
export function createApiClient(): { api: WaylineApi; feed: ProjectFeed } {
  const bridge = window.wayline;
  const session = bridge ? null : browserSession();
  const call = bridge ? bridgeCall(bridge) : httpCall(session as Promise<Session>);
  const client = {} as Record<ApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    client[method] = async (args) => {
      const response = await call(method, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value as ApiResult<typeof method>;
    };
  }
  const feed = bridge ? bridgeFeed(bridge) : streamFeed(session as Promise<Session>);
  return { api: client as WaylineApi, feed };
}
