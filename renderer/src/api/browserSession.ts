import { ApiError } from '../../../shared/api/errors';

/**
 * The session token's key in local storage, which every tab of this origin (127.0.0.1 and
 * this port: one `npm run serve`) shares, so a new tab on the app's address needs no new link.
 */
const TOKEN_KEY = 'wayline.token';

/** What a tab without a session is told: where a link that works comes from. */
const NEW_LINK =
  'Open the newest link that `npm run serve` printed in its terminal: each link works once, and then every tab of that browser opens Wayline at its address; a new link is printed after each use.';

export const NOT_REACHABLE = 'Wayline’s server is not reachable. Is `npm run serve` still running?';

export type Session = { token: string } | { problem: string };

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
export async function browserSession(): Promise<Session> {
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
    return { problem: NOT_REACHABLE };
  }
  if (token) {
    localStorage.setItem(TOKEN_KEY, token);
    return { token };
  }
  // A used link opened again in a tab that already has its session (Back, a reload) is fine.
  return stored ? { token: stored } : { problem: `This link has been used already. ${NEW_LINK}` };
}

/**
 * The server refused `token`, one from an earlier run of it: forgotten, so the next link
 * starts afresh; the error says what to do.
 */
export function sessionExpired(token: string): ApiError {
  if (localStorage.getItem(TOKEN_KEY) === token) localStorage.removeItem(TOKEN_KEY);
  return new ApiError('forbidden', `This page’s session has expired. ${NEW_LINK}`);
}
