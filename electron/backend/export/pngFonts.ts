/**
 * The fonts resvg draws a PNG band with: only the export font files the band's text needs,
 * each renamed to a family of its own ("wl-noto-sans-arabic-arabic", its weights its faces) and
 * each run of text in a tspan naming its file, so no system font is ever used.
 *
 * resvg shapes a whole text chunk with its first font and takes a fallback font's glyphs only
 * when that font shapes the chunk to as many glyphs: never for Arabic or Indic text beside
 * Latin, or for emoji sequences, whose glyphs join. So a text of several runs is cut into
 * chunks of one run each, placed one after the other (in visual order, measured with fontkit):
 * every run is shaped by its own font alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { hasRtlLetter, visualRuns, type PieceLayout } from './bidiRuns';
import { fontCatalog, fontFileWoff, type ExportFontWeight, type FontFile } from './fontCatalog';
import { FontRuns } from './fontRuns';
import { sfntNamed } from './fonts';
import { escapeXmlText, rewriteSvgText, runTspan, type TextPlace, type TextRun } from './textRuns';

/** Each file's family: its weights are faces of it, which resvg picks by font-weight. */
const familyOf = (file: FontFile) => `wl-${file.key}`;

interface LoadedFont {
  path: string;
  font: fontkit.Font;
}
const loaded = new Map<string, LoadedFont>();
/** How the fonts are renamed (see sfntNamed): family per file, face per weight. */
const NAMING = 'family per file, face per weight';

/**
 * resvg 2.x loads fonts only from files, so each renamed font is written once, under its
 * content hash, to a temp folder that later exports reuse.
 */
function load(file: FontFile, weight: ExportFontWeight): LoadedFont {
  const family = familyOf(file);
  const known = loaded.get(`${family}-${weight}`);
  if (known && existsSync(known.path)) return known;
  const woff = fontFileWoff(file, weight);
  // The names are part of the file: a change to how fonts are renamed writes new files.
  const hash = createHash('sha256').update(woff).update(NAMING).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'wayline-export-fonts');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${family}-${weight}-${hash}.ttf`);
  const sfnt = sfntNamed(woff, family, String(weight));
  if (!existsSync(path)) {
    // Written aside and renamed, so a parallel export never reads half a font.
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, sfnt);
    renameSync(aside, path);
  }
  const entry = { path, font: fontkit.create(sfnt) };
  loaded.set(`${family}-${weight}`, entry);
  return entry;
}

/**
 * resvg lays out each chunk with the bidi algorithm: a chunk with a RTL letter comes out RTL.
 * Right-to-left runs go word by word, so their spaces land between the words, not at an end.
 */
const RESVG_LAYOUT: PieceLayout = { reverses: hasRtlLetter, words: true };

export interface PreparedBand {
  svg: string;
  font: NonNullable<ResvgRenderOptions['font']>;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** Rewrites a band's text into runs of one font file each; collects what has no glyph. */
export class PngFonts {
  readonly runs = new FontRuns();

  prepare(svg: string): PreparedBand {
    const inter = fontCatalog().get('Inter')![0]!;
    const used = new Set<string>();
    const out = rewriteSvgText(svg, (text, w, place) => {
      const weight = w ?? 400;
      const runs = this.runs.runs(text, weight);
      for (const run of runs) used.add(load(run.font, weight).path);
      // Text in Inter's Latin file (most text) needs nothing: it is the default family.
      if (runs.length === 1 && runs[0]!.font === inter) return undefined;
      if (runs.length === 1 || !place) {
        return runs.map((run) => runTspan(familyOf(run.font), run.text)).join('');
      }
      return placedRuns(visualRuns(text, runs, RESVG_LAYOUT), weight, place);
    });
    used.add(load(inter, 400).path);
    return {
      svg: out,
      font: {
        loadSystemFonts: false,
        fontFiles: [...used],
        defaultFontFamily: familyOf(inter),
        sansSerifFamily: familyOf(inter),
      },
    };
  }
}

/** Runs in visual order as chunks placed one after the other, anchored as the text was. */
function placedRuns(runs: TextRun<FontFile>[], weight: ExportFontWeight, place: TextPlace) {
  const widths = runs.map(({ font, text }) => {
    const { font: face } = load(font, weight);
    const advance = (face.layout(text).advanceWidth / face.unitsPerEm) * place.size;
    return advance + [...text].length * place.spacing;
  });
  const total = widths.reduce((a, b) => a + b, 0);
  const shift = { start: 0, middle: total / 2, end: total }[place.anchor];
  let x = place.x - shift;
  return runs
    .map((run, i) => {
      const at = x;
      x += widths[i]!;
      return (
        `<tspan x="${num(at)}" text-anchor="start" font-family="${familyOf(run.font)}">` +
        `${escapeXmlText(run.text)}</tspan>`
      );
    })
    .join('');
}
