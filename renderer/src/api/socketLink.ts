import { ApiError } from '../../../shared/api/errors';
import { isProjectEvent } from '../../../shared/api/events';
import {
  callFrame,
  readServerFrame,
  SESSION_REFUSED_CODE,
  SOCKET_PATH,
  socketProtocols,
} from '../../../shared/api/socket';
import { NOT_REACHABLE, sessionExpired, type Session } from './browserSession';
import type { FeedEvent, ProjectFeed } from './feed';

/** How long to wait before opening a dropped socket again. */
const RECONNECT_MS = 1000;

/**
 * Calls with longer arguments (an import's rows) go over HTTP: on the socket they would hold
 * up the events behind them, and HTTP has the limit and the answer for a request too large.
 */
const MAX_SOCKET_ARGS = 256 * 1024;

interface Waiting {
  resolve(envelopeJson: string): void;
  reject(error: unknown): void;
}

/** Browser mode's page socket (shared/api/socket.ts), as the client uses it. */
export interface SocketLink {
  /** The call's answer (the envelope's JSON), or undefined when it goes over HTTP instead. */
  call(method: string, argsJson: string): Promise<string> | undefined;
  /** The project's events, less this page's own edits (its feed id names them). */
  feed: ProjectFeed;
}

/**
 * Opens this page's socket once it has a session, and again a second after it drops; each
 * (re)connection is announced, so a window catches up on what it missed meanwhile. Calls still
 * waiting when it drops fail as an unreachable server's would. A refused session (a server
 * started again) or a server shutting down ends it: that server's next run has a new token.
 */
export function openSocketLink(session: Promise<Session>, feedId: string): SocketLink {
  const listeners = new Set<(event: FeedEvent) => void>();
  const emit = (event: FeedEvent) => listeners.forEach((listener) => listener(event));
  const waiting = new Map<number, Waiting>();
  let open: WebSocket | null = null;
  let subscribed = false;
  let nextId = 1;

  const connect = (token: string) => {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${scheme}://${window.location.host}${SOCKET_PATH}`;
    const socket = new WebSocket(url, socketProtocols(token, feedId));
    let closing = false;
    socket.onopen = () => (open = socket);
    socket.onmessage = ({ data }: MessageEvent<unknown>) => {
      const frame = typeof data === 'string' ? readServerFrame(data) : undefined;
      if (frame?.kind === 'answer') {
        const call = waiting.get(frame.id);
        waiting.delete(frame.id);
        call?.resolve(frame.json);
      } else if (frame?.kind === 'event') {
        try {
          const event: unknown = JSON.parse(frame.json);
          if (isProjectEvent(event)) emit(event);
        } catch {
          // Not ours to act on; the next catch-up fills any gap.
        }
      } else if (frame?.kind === 'subscribed') {
        subscribed = true;
        emit({ type: 'connected' });
      } else if (frame?.kind === 'closing') {
        closing = true;
      }
    };
    socket.onclose = ({ code }: CloseEvent) => {
      if (open === socket) open = null;
      subscribed = false;
      const refused = code === SESSION_REFUSED_CODE;
      const error = refused ? sessionExpired(token) : new ApiError('io', NOT_REACHABLE);
      for (const call of waiting.values()) call.reject(error);
      waiting.clear();
      if (!refused && !closing) setTimeout(() => connect(token), RECONNECT_MS);
    };
  };
  void session.then((current) => {
    if ('token' in current) connect(current.token);
  });

  return {
    call(method, argsJson) {
      const socket = open;
      if (socket === null || argsJson.length > MAX_SOCKET_ARGS) return undefined;
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        socket.send(callFrame(id, method, argsJson));
      });
    },
    feed: {
      subscribe(listener) {
        listeners.add(listener);
        // Its events flowed before this listener came: it catches up now, as on connecting.
        if (subscribed) {
          queueMicrotask(() => {
            if (listeners.has(listener)) listener({ type: 'connected' });
          });
        }
        return () => listeners.delete(listener);
      },
    },
  };
}
