import { ApiError, type ApiResponse } from '../../../shared/api/errors';
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods';
import type { ApiResult, WaylineApi } from '../../../shared/api/schema';
import type { BridgeApi } from '../../../shared/api/bridge';

type Call = (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;

const TOKEN_KEY = 'wayline.token';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's bridge. */
    wayline?: BridgeApi;
  }
}

/** What a tab without a session is told: where a link that works comes from. */
const NEW_LINK =
  'Open the newest link that `npm run serve` printed in its terminal: each link opens Wayline in one tab, once, and a new one is printed after each use.';

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
 * session token; the token lives in this tab's session storage and never in an address, which
 * the browser would keep in its history.
 */
async function browserSession(): Promise<Session> {
  const stored = sessionStorage.getItem(TOKEN_KEY);
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
    sessionStorage.setItem(TOKEN_KEY, token);
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
      throw new ApiError('forbidden', `This page’s session has expired. ${NEW_LINK}`);
    }
    if (!res.ok) throw new ApiError('io', `The server refused the request (${res.status}).`);
    return (await res.json()) as ApiResponse<unknown>;
  };
}

function bridgeCall(bridge: BridgeApi): Call {
  return (method, args) => bridge[method](args) as Promise<ApiResponse<unknown>>;
}

/** One typed client over whichever transport this window has. */
export function createApiClient(): WaylineApi {
  const call = window.wayline ? bridgeCall(window.wayline) : httpCall(browserSession());
  const client = {} as Record<ApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    client[method] = async (args) => {
      const response = await call(method, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value as ApiResult<typeof method>;
    };
  }
  return client as WaylineApi;
}
