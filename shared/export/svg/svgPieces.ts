/**
 * An SVG as a stream of pieces instead of one string, so a large map can be handled a batch of
 * cards at a time: joined into the file (exportSvg), or cut into small complete SVGs that a
 * converter parses one by one (the PDF export), where parsing 20,000 cards at once would not fit
 * in memory. Each piece carries the opening tags of the elements around it.
 */

export interface SvgPiece {
  /** Opening tags of the enclosing elements below the root, outermost first. */
  parents: readonly string[];
  markup: string;
  /** The rows of the image it draws on, in SVG units; absent: it may draw anywhere. */
  span?: { top: number; bottom: number };
}

export interface SvgSource {
  width: number;
  height: number;
  /** The root element's opening tag, `<svg ...>`. */
  root: string;
  /** How many pieces `pieces()` yields, for progress. */
  count: number;
  /** The pieces in document order, made as they are read. */
  pieces(): Iterable<SvgPiece>;
}

const closeTag = (open: string) => `</${/^<([\w:-]+)/.exec(open)?.[1] ?? 'g'}>`;

/** Appends what changes the open elements from `stack` to `parents`; updates `stack`. */
function moveTo(stack: string[], parents: readonly string[], out: string[]): void {
  let same = 0;
  while (same < stack.length && same < parents.length && stack[same] === parents[same]) same++;
  while (stack.length > same) out.push(closeTag(stack.pop()!));
  for (const open of parents.slice(same)) {
    out.push(open);
    stack.push(open);
  }
}

/** Progress is reported every this many pieces. */
const PROGRESS_EVERY = 500;

/** The whole SVG document, exactly as the pieces describe it. */
export function joinSvg(
  source: SvgSource,
  prolog = '',
  onProgress?: (done: number, total: number) => void,
): string {
  const out = [prolog, source.root];
  const stack: string[] = [];
  let done = 0;
  for (const piece of source.pieces()) {
    moveTo(stack, piece.parents, out);
    out.push(piece.markup);
    if (++done % PROGRESS_EVERY === 0) onProgress?.(done, source.count);
  }
  onProgress?.(source.count, source.count);
  moveTo(stack, [], out);
  out.push('</svg>');
  return out.join('');
}

export interface SvgBatch {
  /** A complete SVG document with the root, the pieces' parents and a run of pieces. */
  svg: string;
  /** How many pieces it holds. */
  pieces: number;
}

/**
 * The pieces in runs of about `maxChars` characters, each a complete SVG with the same root
 * (so the same size and viewBox): drawn one over the other in order they give the same picture.
 */
export function* svgBatches(source: SvgSource, maxChars: number): Generator<SvgBatch> {
  let out = [source.root];
  let stack: string[] = [];
  let chars = 0;
  let pieces = 0;
  const finish = (): SvgBatch => {
    moveTo(stack, [], out);
    out.push('</svg>');
    return { svg: out.join(''), pieces };
  };
  for (const piece of source.pieces()) {
    if (pieces > 0 && chars + piece.markup.length > maxChars) {
      const keep = [...stack];
      yield finish();
      out = [source.root];
      stack = [];
      moveTo(stack, keep, out);
      chars = 0;
      pieces = 0;
    }
    moveTo(stack, piece.parents, out);
    out.push(piece.markup);
    chars += piece.markup.length;
    pieces++;
  }
  if (pieces > 0) yield finish();
}

/** A finished SVG string as a source of one piece, for drawings that are small anyway. */
export function wholeSvg(svg: string, width: number, height: number): SvgSource {
  const start = svg.search(/<svg[\s>]/);
  const rootEnd = svg.indexOf('>', start) + 1;
  const end = svg.lastIndexOf('</svg>');
  if (start < 0 || rootEnd <= 0 || end < rootEnd) throw new Error('not an SVG document');
  return {
    width,
    height,
    root: svg.slice(start, rootEnd),
    count: 1,
    pieces: () => [{ parents: [], markup: svg.slice(rootEnd, end) }],
  };
}
