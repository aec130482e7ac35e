/**
 * Prepares an SVG's text for svg-to-pdfkit, which draws each text node in one font and only
 * knows "bold or not". Inter comes as two subset files per weight (Latin, Latin Extended), so
 * "Łódź" needs both, and weights 600 and 700 must stay apart. Each text node inside a <text>
 * is therefore cut into runs of one font, each wrapped in a <tspan> whose font-family names
 * the exact font registered in the PDF. A tspan without x/y continues where the last ended, so
 * the layout is unchanged.
 */

export const FONT_WEIGHTS = [400, 600, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** The registered fonts, in the order a character is looked for in them. */
export interface RunFont {
  /** The name the font is registered under in the PDF, used as the tspan's font-family. */
  name: string;
  weight: FontWeight;
  hasGlyph(codePoint: number): boolean;
}

export interface TextRunsResult {
  svg: string;
  /** Characters no font has; they are drawn in the first font (as its missing-glyph box). */
  missing: string[];
}

// A comment, CDATA, a tag (attribute values may hold '>'), or character data.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;
const TAG = /^<\s*([\w:-]+)/;
const ATTRIBUTE = /([\w:-]+)\s*=\s*("[^"]*"|'[^']*')/g;

interface Frame {
  name: string;
  weight: FontWeight | undefined;
  inter: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * CSS font-weight to the weight CSS font matching picks among 400, 600 and 700 (up to 500 the
 * nearest lighter one, above it the nearest heavier); undefined when not a weight we read.
 */
export function nearestWeight(value: string): FontWeight | undefined {
  const v = value.trim().toLowerCase();
  const n = v === 'normal' ? 400 : v === 'bold' ? 700 : Number(v);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return n <= 500 ? 400 : n <= 600 ? 600 : 700;
}

function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = '', quoted = '""'] of tag.matchAll(ATTRIBUTE)) {
    found.set(name, decodeXmlText(quoted.slice(1, -1)));
  }
  // Presentation attributes lose to the style attribute, as in CSS.
  for (const declaration of (found.get('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) {
      found.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
    }
  }
  return found;
}

function frameFor(tag: string, name: string, parent: Frame | undefined): Frame {
  const attributes = attributesOf(tag);
  const weight = attributes.get('font-weight');
  const family = attributes.get('font-family');
  return {
    name,
    weight: weight === undefined ? parent?.weight : (nearestWeight(weight) ?? parent?.weight),
    // Only text meant for Inter (or the default sans-serif) is moved to Inter's files.
    inter: family === undefined ? (parent?.inter ?? true) : /\binter\b|sans-serif/i.test(family),
  };
}

/** Cuts one piece of text into runs that each one font can draw. */
export function splitIntoRuns(
  text: string,
  fonts: readonly RunFont[],
  missing: Set<string>,
): { font: RunFont; text: string }[] {
  const runs: { font: RunFont; text: string }[] = [];
  const [first] = fonts;
  if (!first) throw new Error('no fonts to draw text with');
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    if (last?.font.hasGlyph(code) || (last && /\s/.test(char))) {
      last.text += char;
      continue;
    }
    const font = fonts.find((f) => f.hasGlyph(code));
    if (!font && !/\s/.test(char)) missing.add(char);
    if (last && (!font || font === last.font)) last.text += char;
    else runs.push({ font: font ?? first, text: char });
  }
  return runs;
}

/**
 * Rewrites every text node inside <text> as tspans of registered fonts. `fontsFor` gives the
 * fonts of a weight, or of the weight svg-to-pdfkit will decide itself (undefined: the SVG
 * sets it in a way we do not read, e.g. a <style> rule).
 */
export function splitSvgTextRuns(
  svg: string,
  fontsFor: (weight: FontWeight | undefined) => readonly RunFont[],
): TextRunsResult {
  const stack: Frame[] = [];
  const missing = new Set<string>();
  let textDepth = 0;
  const out = svg.replace(TOKEN, (token) => {
    if (token[0] === '<') {
      if (/^<[!?]/.test(token)) return token;
      if (token[1] === '/') {
        const frame = stack.pop();
        if (frame?.name === 'text') textDepth--;
        return token;
      }
      const name = TAG.exec(token)?.[1] ?? '';
      if (/\/\s*>$/.test(token)) return token;
      const frame = frameFor(token, name, stack.at(-1));
      stack.push(frame);
      if (name === 'text') textDepth++;
      return token;
    }
    const frame = stack.at(-1);
    if (textDepth === 0 || !frame?.inter || !/\S/.test(token)) return token;
    const runs = splitIntoRuns(decodeXmlText(token), fontsFor(frame.weight), missing);
    return runs
      .map((run) => `<tspan font-family="${run.font.name}">${escapeXmlText(run.text)}</tspan>`)
      .join('');
  });
  return { svg: out, missing: [...missing] };
}
