/**
 * The fonts an exported SVG carries: @font-face rules with the font files its text needs (the
 * published unicode-range subsets of Inter and the Noto families, whole), inlined as data: URLs,
 * up to a budget. Files past the budget (a map in many CJK characters can need dozens) are named
 * in the SVG's font-family list only, and the export says so.
 */
import { fontFaceRule, fontFileWoff } from './fontCatalog';
import { FontRuns, missingGlyphNote } from './fontRuns';
import type { SvgSource } from '../../../shared/export/svg/svgPieces';
import { visitSvgText } from './textRuns';

/** At most this many bytes of fonts (before base64) inlined in one SVG. */
export const SVG_FONT_BUDGET = 1_500_000;

/** Where the @font-face rules go, in the SVG's <style>, until the text is known. */
export const FONT_CSS_SLOT = '/* wayline-export-fonts */';

export interface SvgFonts {
  /** The @font-face rules. */
  css: string;
  notes: string[];
}

/** Collects what the text needs, then writes the @font-face rules for it. */
export class SvgFontUse {
  private readonly runs = new FontRuns();

  /** Notes the text of a piece of SVG markup (whole <text> elements). */
  visit(markup: string): void {
    visitSvgText(markup, (text, weight) => this.runs.runs(text, weight ?? 400));
  }

  /** The source, noting each piece's text as the pieces are read. */
  watching(source: SvgSource): SvgSource {
    const visit = (markup: string) => this.visit(markup);
    return {
      ...source,
      *pieces() {
        for (const piece of source.pieces()) {
          visit(piece.markup);
          yield piece;
        }
      },
    };
  }

  fonts(budget = SVG_FONT_BUDGET): SvgFonts {
    const rules: string[] = [];
    const left: string[] = [];
    let bytes = 0;
    for (const { file, weights } of this.runs.used.values()) {
      const fonts = [...weights].sort().map((w) => [w, fontFileWoff(file, w)] as const);
      const size = fonts.reduce((n, [, woff]) => n + woff.length, 0);
      if (bytes + size > budget) {
        if (!left.includes(file.family)) left.push(file.family);
        continue;
      }
      bytes += size;
      rules.push(
        ...fonts.map(([weight, woff]) =>
          fontFaceRule(file, weight, `data:font/woff;base64,${woff.toString('base64')}`),
        ),
      );
    }
    const notes = missingGlyphNote(this.runs.missing);
    if (left.length > 0) {
      notes.push(
        `To keep the SVG small, some characters' fonts are named, not embedded (${left.join(', ')}): ` +
          'a viewer without them installed draws those characters in another font.',
      );
    }
    return { css: rules.join('\n'), notes };
  }
}

/**
 * The SVG file: `svg` with `css` in place of FONT_CSS_SLOT, and a final newline, encoded as
 * UTF-8 in one go (a large map's SVG is tens of MB: no second copy of it as a string).
 */
export function svgFileBytes(svg: string, css: string): Uint8Array {
  const at = svg.indexOf(FONT_CSS_SLOT);
  if (at < 0) return Buffer.from(`${svg}\n`);
  const parts = [svg.slice(0, at), css, svg.slice(at + FONT_CSS_SLOT.length), '\n'];
  return Buffer.concat(parts.map((part) => Buffer.from(part)));
}

/** The SVG with the fonts its text needs in place of FONT_CSS_SLOT. */
export function withSvgFonts(svg: string): { svg: string; notes: string[] } {
  const use = new SvgFontUse();
  use.visit(svg);
  const { css, notes } = use.fonts();
  return { svg: svg.replace(FONT_CSS_SLOT, () => css), notes };
}
