import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APP_URL,
  CONTENT_SECURITY_POLICY,
  isSafeExternalUrl,
  isTrustedSenderUrl,
} from './security';
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

describe('isSafeExternalUrl', () => {
  it('accepts https links with a host', () => {
    expect(isSafeExternalUrl('https://example.com')).toBe(true);
    expect(isSafeExternalUrl('https://docs.example.com/path?q=1#top')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.COM/')).toBe(true);
  });

  it('accepts mailto links with an address', () => {
    expect(isSafeExternalUrl('mailto:team@example.com')).toBe(true);
    expect(isSafeExternalUrl('mailto:a@example.com,b@example.org?subject=Journey%20map')).toBe(
      true,
    );
  });

  it('refuses mailto links without an address', () => {
    expect(isSafeExternalUrl('mailto:')).toBe(false);
    expect(isSafeExternalUrl('mailto:?subject=hi')).toBe(false);
    expect(isSafeExternalUrl('mailto:nobody')).toBe(false);
    expect(isSafeExternalUrl('mailto:@example.com')).toBe(false);
  });

  it('refuses schemes that run code or reach local resources', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      'file://server/share/x.exe',
      'data:text/html,<script>alert(1)</script>',
      'http://example.com',
      'ftp://example.com',
      'smb://server/share',
      'ms-settings:privacy',
      'vbscript:msgbox(1)',
      'about:blank',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses malformed, disguised or oversized input', () => {
    expect(isSafeExternalUrl('')).toBe(false);
    expect(isSafeExternalUrl('example.com')).toBe(false);
    expect(isSafeExternalUrl('https://')).toBe(false);
    expect(isSafeExternalUrl('https:///path-only')).toBe(false);
    expect(isSafeExternalUrl('https:\\\\example.com')).toBe(false);
    expect(isSafeExternalUrl(' https://example.com')).toBe(false);
    expect(isSafeExternalUrl('java\nscript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://exa\tmple.com')).toBe(false);
    expect(isSafeExternalUrl('https://bank.example@evil.example/')).toBe(false);
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(5000)}`)).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts only from the app itself', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
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
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
