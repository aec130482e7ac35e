import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, CONTENT_SECURITY_POLICY } from '../security';
import { APP_SCHEME_REGISTRATION, appFilePath, appResponse } from './appProtocol';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'wayline-scheme-'));
  rendererDir = join(root, 'dist', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Wayline</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'a b.css'), 'body{}');
  writeFileSync(join(root, 'dist', 'secret.txt'), 'not for the page');
  writeFileSync(join(root, 'dist', 'renderer-evil.html'), 'a sibling folder');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app scheme', () => {
  it('is standard and secure, with fetch and code cache, neither CORS-enabled nor past the CSP', () => {
    expect(APP_SCHEME_REGISTRATION).toEqual({
      scheme: 'wayline',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });

  it('maps our page and its assets to files of the built renderer', () => {
    expect(appFilePath(APP_URL, rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(appFilePath('wayline://app/', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(appFilePath('wayline://app/assets/index-abc.js?v=1#x', rendererDir)).toBe(
      join(rendererDir, 'assets', 'index-abc.js'),
    );
    expect(appFilePath('wayline://app/assets/a%20b.css', rendererDir)).toBe(
      join(rendererDir, 'assets', 'a b.css'),
    );
  });

  it('never maps a request outside the renderer folder, or for another host or scheme', () => {
    for (const url of [
      'wayline://app/../secret.txt',
      'wayline://app/%2e%2e/secret.txt',
      'wayline://app/..%2fsecret.txt',
      'wayline://app/..%5csecret.txt',
      'wayline://app/assets/..%2f..%2f..%2fsecret.txt',
      'wayline://app/..%2frenderer-evil.html',
      'wayline://app/%E0%A4%A',
      'wayline://app/index.html%00.js',
      'wayline://other/index.html',
      'wayline://user@app/index.html',
      'wayline://app:99/index.html',
      'file:///etc/passwd',
      'https://app/index.html',
      'not a url',
    ]) {
      // Either refused, or a file inside the folder (URL parsing already drops a leading "..").
      const file = appFilePath(url, rendererDir);
      expect(file === null || file.startsWith(join(rendererDir, '/')), url).toBe(true);
    }
    expect(appFilePath('wayline://other/index.html', rendererDir)).toBeNull();
    expect(appFilePath('file:///etc/passwd', rendererDir)).toBeNull();
  });

  it('answers with the file, its type and the CSP; 404 for anything else', async () => {
    const page = await appResponse({ url: APP_URL, method: 'GET' }, rendererDir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe(readFileSync(join(rendererDir, 'index.html'), 'utf8'));

    const script = await appResponse(
      { url: 'wayline://app/assets/index-abc.js', method: 'GET' },
      rendererDir,
    );
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');

    for (const url of [
      'wayline://app/../secret.txt',
      'wayline://app/..%2fsecret.txt',
      'wayline://app/missing.js',
      'wayline://app/assets/',
      'wayline://other/index.html',
    ]) {
      const reply = await appResponse({ url, method: 'GET' }, rendererDir);
      expect(reply.status, url).toBe(404);
      expect(await reply.text()).not.toContain('not for the page');
    }
    expect((await appResponse({ url: APP_URL, method: 'POST' }, rendererDir)).status).toBe(405);
  });

  it('answers the fonts folder from the font packages (uiFonts.ts), under the same CSP', async () => {
    const sheet = await appResponse(
      { url: 'wayline://app/fonts/ui-fonts.css', method: 'GET' },
      rendererDir,
    );
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(sheet.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const css = await sheet.text();
    const file = /url\((noto-sans-devanagari[^)]+)\)/.exec(css)![1]!;
    const font = await appResponse(
      { url: `wayline://app/fonts/${file}`, method: 'GET' },
      rendererDir,
    );
    expect(font.headers.get('content-type')).toBe('font/woff');
    expect(
      Buffer.from(await font.arrayBuffer())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('wOFF');
    for (const url of ['wayline://app/fonts/..%2fsecret.txt', 'wayline://app/fonts/x.woff']) {
      expect((await appResponse({ url, method: 'GET' }, rendererDir)).status, url).toBe(404);
    }
  });
});
