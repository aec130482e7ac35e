import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/security.ts';
import { UI_FONTS_HREF } from '../electron/staticFiles.ts';

// frame-ancestors only works as a header (browser mode sends it); in a meta tag it is ignored.
const META_POLICY = CONTENT_SECURITY_POLICY.split(';')
  .map((d) => d.trim())
  .filter((d) => d && !d.startsWith('frame-ancestors'))
  .join('; ');

/**
 * The same CSP as the HTTP header, in the page itself as well (both servers send the header),
 * and the Noto fonts' stylesheet, which the servers make from the font packages at run time
 * (electron/uiFonts.ts), so Vite neither bundles nor copies it.
 */
function pageHead(): Plugin {
  return {
    name: 'wayline-page-head',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />` +
          `\n    <link rel="stylesheet" href="${UI_FONTS_HREF}" />`,
      ),
  };
}

// libavoid-js (the connector router) exports only its module; its .wasm sits beside it. The
// renderer imports it as 'libavoid-js/libavoid.wasm?url' and Vite copies it into the build.
const LIBAVOID_WASM = join(
  dirname(createRequire(import.meta.url).resolve('libavoid-js')),
  'libavoid.wasm',
);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs: they resolve under http://127.0.0.1:PORT/ and wayline://app/ alike.
  base: './',
  publicDir: fileURLToPath(new URL('../assets', import.meta.url)),
  plugins: [react(), pageHead()],
  resolve: {
    alias: [{ find: /^libavoid-js\/libavoid\.wasm(?=\?|$)/, replacement: LIBAVOID_WASM }],
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
