/**
 * Prepares an SVG's text for a renderer that draws each text node in one font file: resvg falls
 * back between fonts only while they shape to the same number of glyphs (Arabic, Indic scripts
 * and emoji do not), and svg-to-pdfkit knows one font per node. Each text node inside a <text>
 * is cut into runs that one font file can draw, and the caller writes each run back, usually
 * as a <tspan> naming that file's font. A tspan without x/y continues where the last ended, so
 * the layout is unchanged.
 */

export const FONT_WEIGHTS = [400, 600, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** A font file as the run splitter sees it. */
export interface RunFont {
  key: string;
  hasGlyph(codePoint: number): boolean;
}

export interface TextRun<F extends RunFont = RunFont> {
  font: F;
  text: string;
}

/** The font for a character the current run's font lacks; `next` is the code point after it. */
export type FindFont<F extends RunFont> = (code: number, next: number | undefined) => F | undefined;

// A comment, CDATA, a tag (attribute values may hold '>'), or character data.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;
const TAG = /^<\s*([\w:-]+)/;
const ATTRIBUTE = /([\w:-]+)\s*=\s*("[^"]*"|'[^']*')/g;

interface Frame {
  name: string;
  weight: FontWeight | undefined;
  /** Text meant for the export fonts (not, say, monospace). */
  ours: boolean;
  size: number | undefined;
  anchor: TextPlace['anchor'];
  spacing: number;
  /** On a <text>: its position, and whether anything was written in it yet. */
  at?: { x: number; y: number };
  started?: boolean;
}

/** Where a text node that starts its <text> is drawn: enough to place its runs one by one. */
export interface TextPlace {
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  /** letter-spacing, in user units. */
  spacing: number;
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
    const value = quoted.slice(1, -1);
    found.set(name, value.includes('&') ? decodeXmlText(value) : value);
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

const NUMBER = /^\s*-?(\d+\.?\d*|\.\d+)(px)?\s*$/;
const numberOf = (value: string | undefined) =>
  value !== undefined && NUMBER.test(value) ? parseFloat(value) : undefined;
const ANCHORS = new Set(['start', 'middle', 'end']);

/** Attributes that change how text in an element is drawn. */
const TEXT_ATTRIBUTE = /font-|style=|text-anchor|letter-spacing/;

function frameFor(tag: string, name: string, parent: Frame | undefined): Frame {
  // Most elements (a card's groups, say) change nothing about the text in them.
  if (parent && name !== 'text' && !TEXT_ATTRIBUTE.test(tag))
    return { ...parent, name, at: undefined, started: false };
  const attributes = attributesOf(tag);
  const weight = attributes.get('font-weight');
  const family = attributes.get('font-family');
  const anchor = attributes.get('text-anchor');
  const [x, y] = [numberOf(attributes.get('x')), numberOf(attributes.get('y'))];
  return {
    name,
    weight: weight === undefined ? parent?.weight : (nearestWeight(weight) ?? parent?.weight),
    ours: family === undefined ? (parent?.ours ?? true) : /\binter\b|sans-serif/i.test(family),
    size: numberOf(attributes.get('font-size')) ?? parent?.size,
    anchor:
      anchor && ANCHORS.has(anchor) ? (anchor as TextPlace['anchor']) : (parent?.anchor ?? 'start'),
    spacing: numberOf(attributes.get('letter-spacing')) ?? parent?.spacing ?? 0,
    ...(name === 'text' && x !== undefined && y !== undefined && { at: { x, y } }),
  };
}

/** The place of a text node written straight into a <text> with an x, y and font size. */
function placeOf(frame: Frame): TextPlace | undefined {
  if (frame.name !== 'text' || frame.started || !frame.at || frame.size === undefined) return;
  return { ...frame.at, size: frame.size, anchor: frame.anchor, spacing: frame.spacing };
}

/** Zero-width joiners and variation selectors belong to the character before them. */
const isJoiner = (code: number) =>
  code === 0x200c ||
  code === 0x200d ||
  (code >= 0xfe00 && code <= 0xfe0f) ||
  (code >= 0xe0020 && code <= 0xe007f);

/**
 * Cuts text into runs that each one font can draw. A character stays in the current run while
 * its font has it (so marks, joiners and spaces stay with their letters); otherwise `find`
 * chooses (a space no font has stays too). Characters no font has go to `missing` and stay in the current run (or `fallback`).
 */
export function splitIntoRuns<F extends RunFont>(
  text: string,
  find: FindFont<F>,
  fallback: F,
  missing: Set<string>,
): TextRun<F>[] {
  const runs: TextRun<F>[] = [];
  const chars = [...text];
  chars.forEach((char, i) => {
    const code = char.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    if (last && (last.font.hasGlyph(code) || isJoiner(code))) {
      last.text += char;
      return;
    }
    const font = find(code, chars[i + 1]?.codePointAt(0));
    if (!font && !/\s/.test(char)) missing.add(char);
    if (last && (!font || font === last.font)) last.text += char;
    else runs.push({ font: font ?? fallback, text: char });
  });
  return runs;
}

/**
 * What a text node is rewritten to, from its text, the weight it is drawn in and, when it
 * starts its <text>, where.
 */
export type WriteText = (
  text: string,
  weight: FontWeight | undefined,
  place?: TextPlace,
) => string | undefined;

interface TextNode {
  text: string;
  weight: FontWeight | undefined;
  place: TextPlace | undefined;
}

/**
 * Reads an SVG token by token (as TOKEN cuts it), keeping the open elements; answers with the
 * text node when the token is one inside <text>, in the export fonts.
 */
function textReader(): (token: string) => TextNode | undefined {
  const stack: Frame[] = [];
  let textDepth = 0;
  return (token) => {
    if (token[0] === '<') {
      if (/^<[!?]/.test(token)) return;
      if (token[1] === '/') {
        if (stack.pop()?.name === 'text') textDepth--;
        return;
      }
      const name = TAG.exec(token)?.[1] ?? '';
      const parent = stack.at(-1);
      if (parent) parent.started = true;
      if (/\/\s*>$/.test(token)) return;
      stack.push(frameFor(token, name, parent));
      if (name === 'text') textDepth++;
      return;
    }
    const frame = stack.at(-1);
    if (textDepth === 0 || !frame?.ours || !/\S/.test(token)) return;
    const place = placeOf(frame);
    frame.started = true;
    return { text: decodeXmlText(token), weight: frame.weight, place };
  };
}

/**
 * Rewrites every text node inside <text> (in the export fonts) with `write`, which is given the
 * decoded text and its weight and answers with the new markup (undefined: leave it); everything
 * else is left as it was. Only the rewritten nodes are copied in pieces: a band of thousands of
 * cards is tens of thousands of tags.
 */
export function rewriteSvgText(svg: string, write: WriteText): string {
  const read = textReader();
  const parts: string[] = [];
  let copied = 0;
  for (const match of svg.matchAll(TOKEN)) {
    const node = read(match[0]);
    const markup = node && write(node.text, node.weight, node.place);
    if (markup === undefined) continue;
    parts.push(svg.slice(copied, match.index), markup);
    copied = match.index + match[0].length;
  }
  if (parts.length === 0) return svg;
  parts.push(svg.slice(copied));
  return parts.join('');
}

/** Calls `visit` with every text node rewriteSvgText would rewrite, building nothing. */
export function visitSvgText(
  svg: string,
  visit: (text: string, weight: FontWeight | undefined) => void,
): void {
  const read = textReader();
  for (const [token] of svg.matchAll(TOKEN)) {
    const node = read(token);
    if (node) visit(node.text, node.weight);
  }
}

/** A run as a tspan whose font-family names the font the renderer knows it by. */
export function runTspan(family: string, text: string): string {
  return `<tspan font-family="${family}">${escapeXmlText(text)}</tspan>`;
}
