/**
 * The window's fonts for the scripts Inter lacks: the Noto families of the exports (and static
 * Inter, for the room page), served in UI_FONTS_DIR from their @fontsource packages, so the
 * desktop app, browser mode and the room page read the same WOFF files the exports read and
 * the packaged app already holds (electron-builder.yml), and dist/ copies none of them.
 *
 * One stylesheet declares an @font-face for each subset file and weight with the package's
 * unicode-range: Chromium fetches a file only when a character on screen falls in its range,
 * so a Latin-only page loads none of them. The family order is the interface's --font
 * (renderer/fonts/fontStack.css); this file only says where each family's files are.
 */
import { readFile } from 'node:fs/promises';
import {
  EXPORT_FONT_WEIGHTS,
  fontCatalog,
  fontFaceRule,
  fontFilePath,
  type ExportFontWeight,
  type FontFile,
} from './backend/export/fontCatalog';
import { UI_FONTS_DIR, UI_FONTS_HREF } from './staticFiles';

export interface UiFontAsset {
  body: Buffer;
  type: string;
}

const fileName = (file: FontFile, weight: ExportFontWeight) => `${file.key}-${weight}-normal.woff`;

/**
 * Arrows, shapes, dingbats and the like (U+2190-2BFF): the interface's own icons (→ ★ ✓ ○ ⌘ ▾)
 * and a Latin page's only characters past Inter. The CJK and Arabic fonts cover them too, so
 * declared whole they would fetch CJK files for a Latin page and draw the icons in Chinese
 * glyphs; left out, the system's symbol fonts draw them, as before these fonts.
 */
const SYMBOLS: readonly [number, number] = [0x2190, 0x2bff];

const span = (a: number, b: number) => {
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
  return a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`;
};

/** A file's unicode-range without SYMBOLS, or '' when nothing is left. */
function rangeWithoutSymbols(file: FontFile): string {
  const [from, to] = SYMBOLS;
  const kept: string[] = [];
  for (const [a, b] of file.ranges) {
    if (a < from) kept.push(span(a, Math.min(b, from - 1)));
    if (b > to) kept.push(span(Math.max(a, to + 1), b));
  }
  return kept.join(',');
}

let served: { css: Buffer; files: Map<string, [FontFile, ExportFontWeight]> } | undefined;

/**
 * The stylesheet and every servable file by name; built once, from unicode.json alone (a file's
 * path is looked up when it is asked for).
 */
function uiFonts(): NonNullable<typeof served> {
  if (served) return served;
  const rules: string[] = [];
  const files = new Map<string, [FontFile, ExportFontWeight]>();
  // The exports' families, static Inter too: the renderer names its bundled Inter Variable
  // first and never fetches it, the room page has no other.
  for (const familyFiles of fontCatalog().values()) {
    for (const whole of familyFiles) {
      const file = { ...whole, unicodeRange: rangeWithoutSymbols(whole) };
      if (file.unicodeRange === '') continue;
      for (const weight of EXPORT_FONT_WEIGHTS) {
        const name = fileName(file, weight);
        // Relative to the stylesheet, so it resolves under every server's fonts folder.
        rules.push(fontFaceRule(file, weight, name, 'swap'));
        files.set(name, [whole, weight]);
      }
    }
  }
  served = { css: Buffer.from(rules.join('\n')), files };
  return served;
}

/**
 * The stylesheet or font file a URL path names (`/fonts/ui-fonts.css`,
 * `/fonts/noto-sans-sc-57-600-normal.woff`), or null for any other path: only names the
 * catalog made are read, so no path can reach another file.
 */
export async function readUiFontAsset(pathname: string): Promise<UiFontAsset | null> {
  if (!pathname.startsWith(`/${UI_FONTS_DIR}`)) return null;
  const fonts = uiFonts();
  if (pathname === `/${UI_FONTS_HREF}`) return { body: fonts.css, type: 'text/css; charset=utf-8' };
  const name = pathname.slice(UI_FONTS_DIR.length + 1);
  const found = fonts.files.get(name);
  return found ? { body: await readFile(fontFilePath(...found)), type: 'font/woff' } : null;
}

/** Fonts change only with the installed packages: a day's cache spares reloads the fetch. */
export const UI_FONT_CACHE_CONTROL = 'public, max-age=86400';
