/**
 * The fonts resvg draws a PNG band with: only the export font files the band's text needs,
 * each renamed to a family of its own ("wl-noto-sans-arabic-arabic-400") and each run of text
 * put in a tspan naming its file. resvg then shapes every run with the one font that has it
 * (Arabic joined, Indic reordered, emoji sequences ligated), and no system font is ever used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { fontCatalog, fontFileWoff, type ExportFontWeight, type FontFile } from './fontCatalog';
import { FontRuns } from './fontRuns';
import { sfntNamed } from './fonts';
import { rewriteSvgText, runTspan } from './textRuns';

const familyOf = (file: FontFile, weight: ExportFontWeight) => `wl-${file.key}-${weight}`;

const paths = new Map<string, string>();

/**
 * resvg 2.x loads fonts only from files, so each renamed font is written once, under its
 * content hash, to a temp folder that later exports reuse.
 */
function fontPath(file: FontFile, weight: ExportFontWeight): string {
  const family = familyOf(file, weight);
  const known = paths.get(family);
  if (known && existsSync(known)) return known;
  const woff = fontFileWoff(file, weight);
  const hash = createHash('sha256').update(woff).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'wayline-export-fonts');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${family}-${hash}.ttf`);
  if (!existsSync(path)) {
    // Written aside and renamed, so a parallel export never reads half a font.
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, sfntNamed(woff, family));
    renameSync(aside, path);
  }
  paths.set(family, path);
  return path;
}

export interface PreparedBand {
  svg: string;
  font: NonNullable<ResvgRenderOptions['font']>;
}

/** Rewrites a band's text into runs of one font file each; collects what has no glyph. */
export class PngFonts {
  readonly runs = new FontRuns();

  prepare(svg: string): PreparedBand {
    const used = new Set<string>();
    const out = rewriteSvgText(svg, (text, w) => {
      const weight = w ?? 400;
      return this.runs
        .runs(text, weight)
        .map((run) => {
          used.add(fontPath(run.font, weight));
          return runTspan(familyOf(run.font, weight), run.text);
        })
        .join('');
    });
    const inter = fontCatalog().get('Inter')![0]!;
    used.add(fontPath(inter, 400));
    return {
      svg: out,
      font: {
        loadSystemFonts: false,
        fontFiles: [...used],
        defaultFontFamily: familyOf(inter, 400),
        sansSerifFamily: familyOf(inter, 400),
      },
    };
  }
}
