import { describe, expect, it } from 'vitest';
import { hostOf, isRoomHost, isRoomOrigin, RateLimit } from './roomGuards';
import { roomCode } from './roomService';

describe('room guards', () => {
  it('answers only its own host, and takes writes only from its own origin', () => {
    const host = hostOf('192.168.1.20', 4444);
    expect(host).toBe('192.168.1.20:4444');
    expect(hostOf('fd00::5', 80)).toBe('[fd00::5]:80');
    expect(isRoomHost('192.168.1.20:4444', host)).toBe(true);
    expect(isRoomHost('evil.example', host)).toBe(false);
    expect(isRoomHost(undefined, host)).toBe(false);
    expect(isRoomOrigin(undefined, host, false)).toBe(true);
    expect(isRoomOrigin(undefined, host, true)).toBe(false);
    expect(isRoomOrigin('http://192.168.1.20:4444', host, true)).toBe(true);
    expect(isRoomOrigin('http://192.168.1.20:4445', host, true)).toBe(false);
    expect(isRoomOrigin('null', host, false)).toBe(false);
  });

  it('rate-limits with a burst and a steady refill', () => {
    const limit = new RateLimit(3, 1, 0);
    expect([limit.take(0), limit.take(0), limit.take(0), limit.take(0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(limit.retryAfter()).toBe(1);
    expect(limit.take(500)).toBe(false);
    expect(limit.take(1000)).toBe(true);
    expect(limit.take(10_000)).toBe(true);
  });

  it('makes room codes of 80 random bits in letters no one misreads', () => {
    const codes = new Set(Array.from({ length: 200 }, roomCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^([a-km-np-z2-9]{4}-){3}[a-km-np-z2-9]{4}$/);
  });
});
