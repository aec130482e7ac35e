/**
 * The room server's checks, as small pure functions: the Host it answers to, the Origin a
 * request may come from, the room code, and a per-participant rate limit.
 */
import { tokenMatches } from '../../browser/requestGuards';

/** The Host header (and origin host) of a server on `address`:`port`; IPv6 in brackets. */
export function hostOf(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Only our own address: a page that rebinds its DNS name to us still sends its own host. */
export function isRoomHost(host: string | undefined, expected: string): boolean {
  return host === expected;
}

/**
 * A browser sends Origin with every POST and with cross-origin requests. A write must carry
 * ours; a read may carry none (a navigation), but never another.
 */
export function isRoomOrigin(
  origin: string | undefined,
  expectedHost: string,
  write: boolean,
): boolean {
  if (origin === undefined) return !write;
  return origin === `http://${expectedHost}`;
}

export function codeMatches(given: string, expected: string): boolean {
  return tokenMatches(given, expected);
}

/**
 * A token bucket: `burst` requests at once, then `perSecond` more each second. Time is passed
 * in, so tests need no clock.
 */
export class RateLimit {
  private tokens: number;
  private last: number;
  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token if there is one; false means refuse (429). */
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Seconds until the next token, for Retry-After. */
  retryAfter(): number {
    return Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
  }
}

/** Posts (notes, ratings, votes): a burst of 10 taps, then one a second. */
export const WRITE_LIMIT = { burst: 10, perSecond: 1 };
/** Reads of the room (the page polls every 2 s): a burst of 10, then two a second. */
export const READ_LIMIT = { burst: 10, perSecond: 2 };
