/**
 * Addresses of pages that are not the app's renderer, by why not: the sender check refuses
 * them (electron/security.test.ts), and the shell neither answers their API calls nor lets the
 * window navigate to them (electron-shell.test.ts).
 */
export const UNTRUSTED_SENDERS: Record<string, string[]> = {
  'other pages or files on the scheme': [
    'wayline://app/other.html',
    'wayline://app/index.html/',
    'wayline://app/assets/index.js',
    'wayline://app/',
    'wayline://app/INDEX.html',
    'wayline://app/index.html%00',
    'wayline://app/%69ndex.html',
  ],
  'another host, a port or credentials on the scheme': [
    'wayline://evil/index.html',
    'wayline://app.evil/index.html',
    'wayline://app:8080/index.html',
    'wayline://user@app/index.html',
    'wayline://user:pw@app/index.html',
    'wayline:///index.html',
    'wayline:index.html',
  ],
  'other schemes': [
    'about:blank',
    'devtools://devtools/bundled/devtools_app.html',
    'chrome-error://chromewebdata/',
    'http://127.0.0.1:5173/index.html',
    'https://app/index.html',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'blob:wayline://app/0d7e0c3e',
    '',
    'not a url',
  ],
};
