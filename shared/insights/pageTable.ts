/** Tables and stacked text lines of the PDF's insights page (insightsPage.ts, cxPageSection.ts). */
import { wrapText, type FontSpec } from '../export/svg/textMetrics';
import { el } from '../export/svg/xml';
import { label, LIGHT_CHART_PALETTE } from './charts/chartFrame';
import { fitList, LEADING } from './charts/chartText';

const C = LIGHT_CHART_PALETTE;
export const BODY: FontSpec = { size: 13, weight: 400 };
export const HEAD: FontSpec = { size: 13, weight: 700 };
export const SECTION: FontSpec = { size: 16, weight: 700 };
export const ROW = 22;

/** Baseline to baseline of a cell's or a list's wrapped lines, and the extra space between items. */
export const LINE = Math.round(BODY.size * LEADING);
const ITEM_GAP = 5;
/** Lines a plain cell wraps to before it is cut; a list cell's room, and a top list's. */
const CELL_LINES = 2;
const LIST_CELL_LINES = 4;
export const LIST_LINES = 8;

/** A table cell: text wrapped to its column, or a list of items, one under the other. */
export type Cell = string | { list: string[] };

/** Lines of text with their offset from the first line's baseline. */
type PlacedLines = { text: string; dy: number }[];

/** Items' lines one under the other, a little apart between items. */
export function stack(items: string[][]): PlacedLines {
  const placed: PlacedLines = [];
  let dy = 0;
  items.forEach((lines, i) => {
    if (i > 0) dy += ITEM_GAP;
    for (const text of lines) {
      placed.push({ text, dy });
      dy += LINE;
    }
  });
  return placed;
}

function cellLines(cell: Cell, width: number, font: FontSpec): PlacedLines {
  if (typeof cell === 'string') return stack([wrapText(cell, width, font, CELL_LINES)]);
  return stack(cell.list.length ? fitList(cell.list, width, font, LIST_CELL_LINES) : [['–']]);
}

/** A table: a bold header row, then rows, each cell wrapped to its column; rows grow to fit. */
export function table(
  columns: { title: string; width: number }[],
  rows: Cell[][],
  x: number,
  y: number,
) {
  const parts: string[] = [];
  const line = (at: number, color: string) =>
    el('line', {
      x1: x,
      x2: x + columns.reduce((w, c) => w + c.width, 0),
      y1: at,
      y2: at,
      stroke: color,
    });
  /** Draws a row whose top is `top`; returns its height. */
  const cells = (values: Cell[], top: number, font: FontSpec, color: string) => {
    let left = x;
    let extra = 0;
    values.forEach((value, i) => {
      const width = columns[i]!.width;
      const lines = cellLines(value, width - 10, font);
      extra = Math.max(extra, lines.at(-1)?.dy ?? 0);
      for (const { text, dy } of lines) {
        parts.push(label(text, font, color, { x: left, y: top + 15 + dy }));
      }
      left += width;
    });
    return ROW + extra;
  };
  let bottom =
    y +
    cells(
      columns.map((c) => c.title),
      y,
      HEAD,
      C.soft,
    );
  parts.push(line(bottom, C.lineStrong));
  for (const row of rows) {
    bottom += cells(row, bottom, BODY, C.ink);
    parts.push(line(bottom, C.line));
  }
  return { markup: parts.join(''), height: bottom - y };
}
