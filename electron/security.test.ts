import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_URL, CONTENT_SECURITY_POLICY, isTrustedSenderUrl } from './security';
import { UNTRUSTED_SENDERS } from '../test/unit/untrustedUrls';

describe('isTrustedSenderUrl', () => {
  it('trusts our renderer page on the app scheme, whatever its query or fragment', () => {
    expect(APP_URL).toBe('wayline://app/index.html');
    expect(isTrustedSenderUrl(APP_URL)).toBe(true);
    expect(isTrustedSenderUrl(`${APP_URL}?project=1`, APP_URL)).toBe(true);
    expect(isTrustedSenderUrl(`${APP_URL}#/journey/abc`, APP_URL)).toBe(true);
    // Dot segments resolve as Chromium resolves them.
    expect(isTrustedSenderUrl('wayline://app/assets/../index.html')).toBe(true);
  });

  it.each(Object.entries(UNTRUSTED_SENDERS))('does not trust %s', (_why, urls) => {
    for (const url of urls) {
      expect(isTrustedSenderUrl(url), url).toBe(false);
      expect(isTrustedSenderUrl(url, APP_URL), url).toBe(false);
    }
  });

  it('no longer trusts any file: page, the bundled renderer’s own file included', () => {
    const bundled = pathToFileURL('/opt/Wayline/resources/app.asar/dist/renderer/index.html').href;
    expect(isTrustedSenderUrl(bundled)).toBe(false);
    expect(isTrustedSenderUrl('file:///home/me/Downloads/index.html')).toBe(false);
  });

  it('trusts nothing when the app URL itself is not on the app scheme', () => {
    expect(isTrustedSenderUrl('http://localhost/', 'http://localhost/')).toBe(false);
    const file = 'file:///opt/Wayline/dist/renderer/index.html';
    expect(isTrustedSenderUrl(file, file)).toBe(false);
    expect(isTrustedSenderUrl(APP_URL, 'garbage')).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts only from the app itself (WebAssembly may compile; eval may not)', () => {
    // The connector router is WebAssembly: 'wasm-unsafe-eval' lets it compile, nothing more.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('shuts objects, base, forms and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
