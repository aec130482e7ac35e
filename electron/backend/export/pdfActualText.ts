/**
 * What PDF readers should read for a drawn line of text (its ActualText, PDF 1.7, 14.9.4).
 *
 * Readers such as poppler read a line's glyphs left to right and then reverse each stretch that
 * starts with a right-to-left letter and runs to the next left-to-right letter or digit: right
 * for a line of Hebrew or Arabic, wrong for a number or a Latin word the bidi algorithm moved
 * (drawn "Suite 42 מלון", typed "Suite מלון 42"). A line whose order the bidi algorithm changed
 * therefore carries the whole typed line as its ActualText, in the form that such a reader,
 * reversing those stretches, turns back into the typed text.
 */

import { isLtrOrDigit, isRtlLetter } from './bidiRuns';

/** LEFT-TO-RIGHT MARK: ends a reader's right-to-left stretch where the typed text does. */
const LRM = '\u200e';

const reversed = (text: string) => [...text].reverse().join('');

/**
 * The typed (logical) line as a reader that reverses right-to-left stretches must be given it:
 * each right-to-left part (no left-to-right letters or digits, ending at its last right-to-left
 * letter) reversed, followed by a mark where a neutral character would otherwise join it.
 */
export function readerOrder(logical: string): string {
  const chars = [...logical];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    if (!isRtlLetter(chars[i]!)) {
      out += chars[i++];
      continue;
    }
    // A right-to-left part: up to the last right-to-left letter before a LTR letter or digit.
    let end = i;
    for (let j = i; j < chars.length && !isLtrOrDigit(chars[j]!); j++) {
      if (isRtlLetter(chars[j]!)) end = j;
    }
    out += reversed(chars.slice(i, end + 1).join(''));
    i = end + 1;
    if (i < chars.length && !isLtrOrDigit(chars[i]!)) out += LRM;
  }
  return out;
}

/** A line of text whose drawn pieces (in drawing order) should read as `actual`. */
interface Line {
  pieces: string[];
  actual: string;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a document's text drawing should be read as, for the batch being drawn. */
class TextMarks {
  /** Text and (when its glyphs do not read as it) ActualText, by font id and glyphs. */
  readonly drawn = new Map<string, { text: string; actual: string | undefined }>();
  lines: Line[] = [];
}

const marksOf = new WeakMap<object, TextMarks>();

export function textMarks(pdf: object): TextMarks {
  let marks = marksOf.get(pdf);
  if (!marks) marksOf.set(pdf, (marks = new TextMarks()));
  return marks;
}

/** Asks that the pieces, drawn in this order, read as the typed line `logical`. */
export function markLine(pdf: object, pieces: string[], logical: string): void {
  const kept = pieces.map(norm).filter(Boolean);
  if (kept.length > 0) textMarks(pdf).lines.push({ pieces: kept, actual: readerOrder(logical) });
}

interface DocInternals {
  addContent(content: string): unknown;
}

type Held = { content: string } | { block: string[]; text: string; actual?: string };

const hex16 = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16().toString('hex');

/**
 * Runs `draw` (svg-to-pdfkit) with its text objects (BT … ET) marked with their ActualText: a
 * marked line's whole text on its first piece and nothing on the others, or a piece's own when
 * its glyphs do not read as its text. Lines are matched by their pieces' text, in order.
 */
export function withActualText(pdf: PDFKit.PDFDocument, draw: () => void): void {
  const doc = pdf as unknown as DocInternals;
  const marks = textMarks(pdf);
  const write = doc.addContent;
  const out = (content: string) => write.call(doc, content);
  const span = (actual: string, lines: string[]) => {
    out(`/Span <</ActualText <${hex16(actual)}>>> BDC`);
    lines.forEach(out);
    out('EMC');
  };
  const emit = (items: Held[], line?: string) => {
    let first = true;
    for (const item of items) {
      if ('content' in item) out(item.content);
      else if (line !== undefined && item.text) {
        span(first ? line : '', item.block);
        first = false;
      } else if (item.actual !== undefined) span(item.actual, item.block);
      else item.block.forEach(out);
    }
  };
  let block: string[] | undefined;
  let held: Held[] = [];
  let line: Line | undefined;
  let matched = 0;

  const ended = (lines: string[]) => {
    const font = /^\/(\S+) /.exec(lines[1] ?? '')?.[1];
    const glyphs = lines.filter((l) => l.endsWith('> Tj')).map((l) => l.slice(1, -4));
    const drawn = marks.drawn.get(`${font}:${glyphs.join('')}`);
    const item = { block: lines, text: norm(drawn?.text ?? ''), actual: drawn?.actual };
    if (line && (!item.text || item.text === line.pieces[matched])) {
      held.push(item);
      if (item.text) matched++;
      if (matched === line.pieces.length) {
        emit(held, line.actual);
        marks.lines.splice(marks.lines.indexOf(line), 1);
        [held, line] = [[], undefined];
      }
      return;
    }
    if (line) {
      emit(held);
      [held, line] = [[], undefined];
    }
    const start = item.text ? marks.lines.find((l) => l.pieces[0] === item.text) : undefined;
    if (!start) return emit([item]);
    if (start.pieces.length === 1) {
      emit([item], start.actual);
      marks.lines.splice(marks.lines.indexOf(start), 1);
      return;
    }
    [held, line, matched] = [[item], start, 1];
  };

  doc.addContent = function (content: string) {
    // A text object is held to its end only when some text in this batch is marked.
    if (content === 'BT' && marks.drawn.size > 0) block = [content];
    else if (block) {
      block.push(content);
      if (content === 'ET') {
        const lines = block;
        block = undefined;
        ended(lines);
      }
    } else if (line) held.push({ content });
    else out(content);
    return this;
  };
  try {
    draw();
  } finally {
    doc.addContent = write;
    if (block) held.push({ block, text: '' });
    emit(held);
    marks.drawn.clear();
    marks.lines = [];
  }
}
