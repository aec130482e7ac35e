import { ApiError, type ApiResponse } from '../../../shared/api/errors';
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods';
import type { ApiResult, WaylineApi } from '../../../shared/api/schema';
import type { BridgeApi } from '../../../shared/api/bridge';
import { fromWire } from '../../../shared/api/wire';
import { browserSession, NOT_REACHABLE, sessionExpired, type Session } from './browserSession';
import type { ProjectFeed } from './feed';
import { PAGE_FEED_ID } from './pageFeed';
import { openSocketLink, type SocketLink } from './socketLink';

type Call = (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;

declare global {
  interface Window {
    /** Present in the desktop app: the preload's bridge. */
    wayline?: BridgeApi;
  }
}

/** One call as a POST of its arguments, answered with its envelope. */
async function httpEnvelope(token: string, method: ApiMethod, argsJson: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Wayline-Token': token },
      body: argsJson,
    });
  } catch {
    throw new ApiError('io', NOT_REACHABLE);
  }
  if (res.status === 401) throw sessionExpired(token);
  if (!res.ok) throw new ApiError('io', `The server refused the request (${res.status}).`);
  return res.text();
}

/**
 * Browser mode: each call goes on the page's socket once it is open (one frame each way), and
 * over HTTP before that, or when its arguments are large.
 */
function browserCall(session: Promise<Session>, socket: SocketLink): Call {
  return async (method, args) => {
    const current = await session;
    if ('problem' in current) throw new ApiError('forbidden', current.problem);
    // JSON.stringify(undefined) is undefined: no arguments, which both transports read as {}.
    const argsJson = JSON.stringify(args) ?? '';
    const answer = socket.call(method, argsJson) ?? httpEnvelope(current.token, method, argsJson);
    return fromWire(method, JSON.parse(await answer) as ApiResponse<unknown>);
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

/** The transport this window has: the preload's bridge, or browser mode's socket and HTTP. */
function transport(): { call: Call; feed: ProjectFeed } {
  const bridge = window.wayline;
  if (bridge) return { call: bridgeCall(bridge), feed: bridgeFeed(bridge) };
  const session = browserSession();
  const socket = openSocketLink(session, PAGE_FEED_ID);
  return { call: browserCall(session, socket), feed: socket.feed };
}

/** One typed client over whichever transport this window has, and its event feed. */
export function createApiClient(): { api: WaylineApi; feed: ProjectFeed } {
  const { call, feed } = transport();
  const client = {} as Record<ApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    client[method] = async (args) => {
      const response = await call(method, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value as ApiResult<typeof method>;
    };
  }
  return { api: client as WaylineApi, feed };
}
