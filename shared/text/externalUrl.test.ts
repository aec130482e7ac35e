import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './externalUrl';

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
