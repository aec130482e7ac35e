/**
 * The fonts an exported SVG carries: @font-face rules with the font files its text needs (the
 * published unicode-range subsets of Inter and the Noto families, whole), inlined as data: URLs,
 * up to a budget. Files past the budget (a map in many CJK characters can need dozens) are named
 * in the SVG's font-family list only, and the export says so.
 */
import { fontFileWoff, type ExportFontWeight, type FontFile } from './fontCatalog';
import { FontRuns, missingGlyphNote } from './fontRuns';
import { visitSvgText } from './textRuns';

/** At most this many bytes of fonts (before base64) inlined in one SVG. */
export const SVG_FONT_BUDGET = 1_500_000;

/** Where the @font-face rules go, in the SVG's <style>, until the text is known. */
export const FONT_CSS_SLOT = '/* wayline-export-fonts */';

export interface SvgFonts {
  css: string;
  notes: string[];
}

export function svgFonts(svg: string, budget = SVG_FONT_BUDGET): SvgFonts {
  const runs = new FontRuns();
  visitSvgText(svg, (text, weight) => runs.runs(text, weight ?? 400));
  const rules: string[] = [];
  const left: string[] = [];
  let bytes = 0;
  for (const { file, weights } of runs.used.values()) {
    const fonts = [...weights].sort().map((w) => [w, fontFileWoff(file, w)] as const);
    const size = fonts.reduce((n, [, woff]) => n + woff.length, 0);
    if (bytes + size > budget) {
      if (!left.includes(file.family)) left.push(file.family);
      continue;
    }
    bytes += size;
    rules.push(...fonts.map(([weight, woff]) => fontFace(file, weight, woff)));
  }
  const notes = missingGlyphNote(runs.missing);
  if (left.length > 0) {
    notes.push(
      `To keep the SVG small, some characters' fonts are named, not embedded (${left.join(', ')}): ` +
        'a viewer without them installed draws those characters in another font.',
    );
  }
  return { css: rules.join('\n'), notes };
}

function fontFace(file: FontFile, weight: ExportFontWeight, woff: Buffer): string {
  return (
    `@font-face{font-family:'${file.family}';font-style:normal;font-weight:${weight};` +
    `src:url(data:font/woff;base64,${woff.toString('base64')}) format('woff');` +
    `unicode-range:${file.unicodeRange};}`
  );
}

/** The SVG with the fonts its text needs in place of FONT_CSS_SLOT. */
export function withSvgFonts(svg: string): { svg: string; notes: string[] } {
  const { css, notes } = svgFonts(svg);
  const at = svg.indexOf(FONT_CSS_SLOT);
  if (at < 0) return { svg, notes };
  return { svg: svg.slice(0, at) + css + svg.slice(at + FONT_CSS_SLOT.length), notes };
}
