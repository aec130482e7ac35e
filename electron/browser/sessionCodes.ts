import { randomBytes } from 'node:crypto';
import { tokenMatches } from './requestGuards';

/**
 * Browser mode's printed link carries a one-time code, never the session token: the browser
 * keeps every address it visits in its history database. The page trades the code for the
 * token (POST SESSION_PATH with `{"code": "..."}`, answered `{"token": "..."}`), keeps the
 * token in its origin's local storage (shared by that browser's tabs), and the code is dead
 * from then on.
 */
export const SESSION_PATH = '/session';

export interface SessionCodes {
  /** A new code for a printed link. */
  issue(): string;
  /** The session token for a live code, which dies with this call; undefined for any other. */
  redeem(code: unknown): string | undefined;
  /** Called after each successful trade. */
  onRedeemed(listener: () => void): void;
}

export function createSessionCodes(token: string): SessionCodes {
  const live: string[] = [];
  const listeners: (() => void)[] = [];
  return {
    issue() {
      const code = randomBytes(32).toString('base64url');
      live.push(code);
      return code;
    },
    redeem(code) {
      if (typeof code !== 'string') return undefined;
      const index = live.findIndex((c) => tokenMatches(code, c));
      if (index < 0) return undefined;
      live.splice(index, 1);
      for (const listener of listeners) listener();
      return token;
    },
    onRedeemed(listener) {
      listeners.push(listener);
    },
  };
}

export function sessionLink(port: number, code: string): string {
  return `http://127.0.0.1:${port}/?code=${code}`;
}

/**
 * Prints the first link, and a new one each time a link is used, so the terminal always ends
 * with a link that opens one more tab or window.
 */
export function announceSessionLinks(
  codes: SessionCodes,
  port: number,
  print: (line: string) => void,
): void {
  print(`Wayline is running at ${sessionLink(port, codes.issue())}`);
  codes.onRedeemed(() => {
    print(
      `That link is used up (each works once). For another tab or window: ${sessionLink(port, codes.issue())}`,
    );
  });
}
