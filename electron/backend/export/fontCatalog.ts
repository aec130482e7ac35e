/**
 * The export fonts as files: each family of EXPORT_FONT_FAMILIES comes from an @fontsource
 * package, split into subset files with the unicode-range each covers (CJK families into about a
 * hundred files each). Nothing is read until a character asks for it: the unicode-range says
 * which files may hold it, and the file's own cmap (read once, cached) says whether it does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  EXPORT_FONT_FAMILIES,
  type ExportFontFamily,
} from '../../../shared/export/svg/fontFamilies';
import { fontCoverage } from './fontCoverage';
import { woffToSfnt } from './fonts';

export const EXPORT_FONT_WEIGHTS = [400, 600, 700] as const;
export type ExportFontWeight = (typeof EXPORT_FONT_WEIGHTS)[number];

/** One subset file of a family (all weights share its coverage). */
export interface FontFile {
  /** Unique and safe in names: "noto-sans-sc-57", "inter-latin-ext". */
  key: string;
  family: ExportFontFamily;
  /** The CSS unicode-range the package declares, as published. */
  unicodeRange: string;
  ranges: [number, number][];
  hasGlyph(code: number): boolean;
}

// Made when first asked: `__filename` exists in the bundled CommonJS backend, not when a test
// runner loads this module as ESM only to open a project file.
const resolveInPackage = (path: string) => createRequire(__filename).resolve(path);
const packageOf = (family: ExportFontFamily) => family.toLowerCase().replace(/ /g, '-');

function parseRanges(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** Where the published WOFF of a file in a weight is, in its @fontsource package. */
export function fontFilePath(
  file: { key: string; family: ExportFontFamily },
  weight: number,
): string {
  const pkg = packageOf(file.family);
  return resolveInPackage(`@fontsource/${pkg}/files/${file.key}-${weight}-normal.woff`);
}

const coverage = new Map<string, Set<number>>();
const SPACE = /\s/u;

function filesOf(family: ExportFontFamily): FontFile[] {
  const pkg = packageOf(family);
  const ranges = JSON.parse(
    readFileSync(resolveInPackage(`@fontsource/${pkg}/unicode.json`), 'utf8'),
  ) as Record<string, string>;
  // "latin" first, so ASCII is drawn from the smallest file that has it.
  const subsets = Object.keys(ranges).sort((a, b) => +(b === 'latin') - +(a === 'latin'));
  return subsets.map((subset) => {
    const key = `${pkg}-${subset.replace(/[[\]]/g, '')}`;
    const file: FontFile = {
      key,
      family,
      unicodeRange: ranges[subset]!,
      ranges: parseRanges(ranges[subset]!),
      hasGlyph(code) {
        let covered = coverage.get(key);
        if (!covered) {
          covered = fontCoverage(woffToSfnt(readFileSync(fontFilePath(file, 400))));
          coverage.set(key, covered);
        }
        // Noto Emoji's spaces are an em wide: a text's spaces come from its text fonts.
        return (
          covered.has(code) && !(family === 'Noto Emoji' && SPACE.test(String.fromCodePoint(code)))
        );
      },
    };
    return file;
  });
}

let catalog: Map<ExportFontFamily, FontFile[]> | undefined;

/** Every family's files, in fallback order; reads only the packages' unicode.json. */
export function fontCatalog(): Map<ExportFontFamily, FontFile[]> {
  catalog ??= new Map(EXPORT_FONT_FAMILIES.map((family) => [family, filesOf(family)]));
  return catalog;
}

/** The published WOFF of a file in a weight. */
export function fontFileWoff(file: FontFile, weight: ExportFontWeight): Buffer {
  return readFileSync(fontFilePath(file, weight));
}

/**
 * The @font-face rule of a file in a weight, its font at `src` (a data: or relative URL); a page
 * that fetches its fonts shows its text in a fallback meanwhile (`swap`).
 */
export function fontFaceRule(
  file: FontFile,
  weight: ExportFontWeight,
  src: string,
  display?: 'swap',
): string {
  return (
    `@font-face{font-family:'${file.family}';font-style:normal;font-weight:${weight};` +
    (display ? `font-display:${display};` : '') +
    `src:url(${src}) format('woff');unicode-range:${file.unicodeRange};}`
  );
}

const inRanges = (file: FontFile, code: number) =>
  file.ranges.some(([from, to]) => code >= from && code <= to);

const found = new WeakMap<readonly ExportFontFamily[], Map<number, FontFile | null>>();

/** The first file of the families, in the given order, that has a glyph for `code`. */
export function findFontFile(
  code: number,
  families: readonly ExportFontFamily[],
): FontFile | undefined {
  let cache = found.get(families);
  if (!cache) found.set(families, (cache = new Map()));
  const known = cache.get(code);
  if (known !== undefined) return known ?? undefined;
  const all = fontCatalog();
  let file: FontFile | null = null;
  search: for (const family of families) {
    for (const candidate of all.get(family) ?? []) {
      if (inRanges(candidate, code) && candidate.hasGlyph(code)) {
        file = candidate;
        break search;
      }
    }
  }
  cache.set(code, file);
  return file ?? undefined;
}

const HAN: readonly ExportFontFamily[] = ['Noto Sans SC', 'Noto Sans JP', 'Noto Sans KR'];
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

function withFirst(first: ExportFontFamily, among: readonly ExportFontFamily[]) {
  const at = EXPORT_FONT_FAMILIES.indexOf(among[0]!);
  const rest = EXPORT_FONT_FAMILIES.filter((f) => !among.includes(f));
  rest.splice(at, 0, first, ...among.filter((f) => f !== first));
  return rest;
}

const ORDERS = {
  default: EXPORT_FONT_FAMILIES,
  ja: withFirst('Noto Sans JP', HAN),
  ko: withFirst('Noto Sans KR', HAN),
  emoji: withFirst('Noto Emoji', EXPORT_FONT_FAMILIES),
};

/**
 * The family order for one piece of text. Chinese, Japanese and Korean share the Han
 * characters but draw them differently, so text with kana looks in the Japanese font first,
 * text with Hangul in the Korean one, other text in the Simplified Chinese one.
 */
export function familyOrderFor(text: string): readonly ExportFontFamily[] {
  return KANA.test(text) ? ORDERS.ja : HANGUL.test(text) ? ORDERS.ko : ORDERS.default;
}

/** For emoji that are pictures by default, or asked to be with VS16: Noto Emoji first. */
export const EMOJI_FIRST = ORDERS.emoji;
