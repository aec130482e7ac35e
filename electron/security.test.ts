import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl, isTrustedSenderUrl } from './security';

const APP_URL = pathToFileURL('/opt/Wayline Beta/resources/app.asar/dist/renderer/index.html').href;

describe('isTrustedSenderUrl', () => {
  it('trusts our renderer page, whatever its query or fragment', () => {
    expect(isTrustedSenderUrl(APP_URL, APP_URL)).toBe(true);
    expect(isTrustedSenderUrl(`${APP_URL}?project=1`, APP_URL)).toBe(true);
    expect(isTrustedSenderUrl(`${APP_URL}#/journey/abc`, APP_URL)).toBe(true);
  });

  it('trusts the same path however it is spelled', () => {
    const raw = 'file:///opt/Wayline Beta/resources/app.asar/dist/renderer/index.html';
    expect(isTrustedSenderUrl(raw, APP_URL)).toBe(true);
    const dotted =
      'file:///opt/Wayline%20Beta/resources/app.asar/dist/electron/../renderer/index.html';
    expect(isTrustedSenderUrl(dotted, APP_URL)).toBe(true);
    expect(
      isTrustedSenderUrl(
        'file://localhost/opt/Wayline%20Beta/resources/app.asar/dist/renderer/index.html',
        APP_URL,
      ),
    ).toBe(true);
  });

  it('treats a Windows drive letter case-insensitively, and nothing else', () => {
    const app = 'file:///C:/Program%20Files/Wayline/resources/app.asar/dist/renderer/index.html';
    expect(isTrustedSenderUrl(app.replace('C:', 'c:'), app)).toBe(true);
    const backslashed =
      'file:///C:\\Program%20Files\\Wayline\\resources\\app.asar\\dist\\renderer\\index.html';
    expect(isTrustedSenderUrl(backslashed, app)).toBe(true);
    expect(isTrustedSenderUrl(app.replace('index.html', 'INDEX.html'), app)).toBe(false);
  });

  it('does not trust other files, even next to ours', () => {
    expect(isTrustedSenderUrl(APP_URL.replace('index.html', 'other.html'), APP_URL)).toBe(false);
    expect(isTrustedSenderUrl(`${APP_URL}/`, APP_URL)).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/index.html', APP_URL)).toBe(false);
    expect(isTrustedSenderUrl('file:///home/me/Downloads/evil.html', APP_URL)).toBe(false);
  });

  it('does not trust network paths, encoded separators or NULs', () => {
    const path = new URL(APP_URL).pathname;
    expect(isTrustedSenderUrl(`file://attacker${path}`, APP_URL)).toBe(false);
    expect(isTrustedSenderUrl(APP_URL.replace('/renderer/', '%2Frenderer%2F'), APP_URL)).toBe(
      false,
    );
    expect(isTrustedSenderUrl(APP_URL.replace('index.html', 'index.html%00'), APP_URL)).toBe(false);
    expect(isTrustedSenderUrl(APP_URL.replace('index.html', '%E0%A4%A'), APP_URL)).toBe(false);
  });

  it('does not trust other schemes', () => {
    for (const url of [
      'about:blank',
      'devtools://devtools/bundled/devtools_app.html',
      'chrome-error://chromewebdata/',
      'http://127.0.0.1:5173/index.html',
      'https://example.com/dist/renderer/index.html',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'blob:file:///0d7e0c3e',
      '',
      'not a url',
    ]) {
      expect(isTrustedSenderUrl(url, APP_URL), url).toBe(false);
    }
  });

  it('trusts nothing when the app URL itself is not a file URL', () => {
    expect(isTrustedSenderUrl('http://localhost/', 'http://localhost/')).toBe(false);
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
