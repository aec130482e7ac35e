/** Page geometry of the PDF export, in PDF points (1/72 inch). Pure, so it is tested alone. */

export type PaperSize = 'a4' | 'a3' | 'letter' | 'tabloid';
export type Orientation = 'landscape' | 'portrait';
/** What the export options allow: a fixed orientation, or the one that suits each page. */
export type OrientationChoice = Orientation | 'auto';

/** Portrait width and height: ISO 216 sizes in mm x 72/25.4, US sizes in inches x 72. */
const PAPER_POINTS: Record<PaperSize, readonly [number, number]> = {
  a4: [595.28, 841.89],
  a3: [841.89, 1190.55],
  letter: [612, 792],
  tabloid: [792, 1224],
};

export const PAPER_LABEL: Record<PaperSize, string> = {
  a4: 'A4',
  a3: 'A3',
  letter: 'Letter',
  tabloid: 'Tabloid',
};

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Size {
  x: number;
  y: number;
}

/** Half an inch: outside most printers' unprintable edge, and room for crop marks. */
export const PAGE_MARGIN = 36;
/** Room above the map for the journey title and below it for the footer, on a fitted page. */
export const TITLE_BAND = 30;
export const FOOTER_BAND = 18;
/** A small map is enlarged to fill the page, but not so far that its text looks shouted. */
const MAX_FIT_SCALE = 2;
/** The map's running text (card details, shared/export/svg/cards.ts) in canvas px. */
export const CARD_TEXT_PX = 12;
/**
 * The smallest print most readers manage without strain; below it the export suggests tiling.
 * Fine print on packaging and contracts is rarely allowed under 6 pt.
 */
export const LEGIBLE_TEXT_PT = 6;

/**
 * Print scale of a tiled map: 0.75 pt per map unit, i.e. the canvas at 100% zoom with CSS's
 * 96 px per inch, the scale a browser prints at. Card text of 12-13 px prints at 9-10 pt,
 * comfortably legible on paper.
 */
export const TILE_SCALE = 0.75;
/** Each tile repeats this much of its neighbours' edge (about 6 mm), to trim and glue over. */
export const TILE_OVERLAP = 18;

export function pageSize(paper: PaperSize, orientation: Orientation): Size {
  const [short, long] = PAPER_POINTS[paper];
  return orientation === 'portrait'
    ? { width: short, height: long }
    : { width: long, height: short };
}

/** Where the map goes on a fitted page: scaled to the box between title and footer, centred. */
export interface FitPlacement extends Box {
  scale: number;
}

export function fitMapToPage(map: Size, page: Size): FitPlacement {
  const box: Box = {
    x: PAGE_MARGIN,
    y: PAGE_MARGIN + TITLE_BAND,
    width: page.width - 2 * PAGE_MARGIN,
    height: page.height - 2 * PAGE_MARGIN - TITLE_BAND - FOOTER_BAND,
  };
  const scale = Math.min(
    box.width / Math.max(map.width, 1),
    box.height / Math.max(map.height, 1),
    MAX_FIT_SCALE,
  );
  const width = map.width * scale;
  const height = map.height * scale;
  return {
    scale,
    width,
    height,
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - height) / 2,
  };
}

/** The point size card text prints at, at `scale` points per canvas px. */
export const cardTextPt = (scale: number) => CARD_TEXT_PX * scale;

/**
 * The orientation a page takes. "auto" fits a drawing onto one page in the orientation that
 * prints it largest (portrait for a tall map, landscape for a wide one, landscape on a tie);
 * a tiled map takes the orientation that needs fewer pages, then the one that fits its shape.
 */
export function chooseOrientation(
  choice: OrientationChoice,
  drawing: Size,
  paper: PaperSize,
  tile: boolean,
): Orientation {
  if (choice !== 'auto') return choice;
  const landscape = pageSize(paper, 'landscape');
  const portrait = pageSize(paper, 'portrait');
  const fitScale = (page: Size) => fitMapToPage(drawing, page).scale;
  const fitted: Orientation =
    fitScale(portrait) > fitScale(landscape) + 1e-9 ? 'portrait' : 'landscape';
  if (!tile) return fitted;
  const tiles = (page: Size) => tileMap(drawing, page).tiles.length;
  const difference = tiles(landscape) - tiles(portrait);
  return difference === 0 ? fitted : difference > 0 ? 'portrait' : 'landscape';
}

/** A way to print a map: paper, orientation, how many pages and how large card text comes out. */
export interface PrintChoice {
  paper: PaperSize;
  orientation: Orientation;
  pages: number;
  textPt: number;
}

const paperArea = (paper: PaperSize) => PAPER_POINTS[paper][0] * PAPER_POINTS[paper][1];

/** The smallest paper larger than `paper` whose one page prints card text legibly, if any. */
export function largerLegiblePaper(map: Size, paper: PaperSize): PrintChoice | undefined {
  const larger = (Object.keys(PAPER_POINTS) as PaperSize[])
    .filter((p) => paperArea(p) > paperArea(paper))
    .sort((a, b) => paperArea(a) - paperArea(b));
  for (const candidate of larger) {
    const orientation = chooseOrientation('auto', map, candidate, false);
    const textPt = cardTextPt(fitMapToPage(map, pageSize(candidate, orientation)).scale);
    if (textPt >= LEGIBLE_TEXT_PT) return { paper: candidate, orientation, pages: 1, textPt };
  }
  return undefined;
}

/** The map tiled across pages of `paper` at print scale, in the orientation needing fewest. */
export function tiledPrint(map: Size, paper: PaperSize): PrintChoice {
  const orientation = chooseOrientation('auto', map, paper, true);
  const pages = tileMap(map, pageSize(paper, orientation)).tiles.length;
  return { paper, orientation, pages, textPt: cardTextPt(TILE_SCALE) };
}

/** One printed page of a tiled map: which part of the map it shows, in map units. */
export interface Tile {
  row: number;
  column: number;
  /** The map's point drawn at the content box's top-left corner. */
  mapX: number;
  mapY: number;
}

export interface TileGrid {
  rows: number;
  columns: number;
  /** The printed part of every page; the map is clipped to it. */
  content: Box;
  scale: number;
  tiles: Tile[];
}

/** How many steps of `step` it takes for a window of `window` to cover `length`. */
function tileCount(length: number, window: number, step: number): number {
  return 1 + Math.max(0, Math.ceil((length - window) / step - 1e-9));
}

export function tileMap(map: Size, page: Size, scale = TILE_SCALE): TileGrid {
  const content: Box = {
    x: PAGE_MARGIN,
    y: PAGE_MARGIN,
    width: page.width - 2 * PAGE_MARGIN,
    height: page.height - 2 * PAGE_MARGIN,
  };
  const stepX = content.width - TILE_OVERLAP;
  const stepY = content.height - TILE_OVERLAP;
  const columns = tileCount(map.width * scale, content.width, stepX);
  const rows = tileCount(map.height * scale, content.height, stepY);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({ row, column, mapX: (column * stepX) / scale, mapY: (row * stepY) / scale });
    }
  }
  return { rows, columns, content, scale, tiles };
}

/** Short lines outside each corner of a box, where a printed tile is trimmed. */
export function cropMarks(box: Box, length = 14, gap = 4): [number, number, number, number][] {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const marks: [number, number, number, number][] = [];
  for (const [x, dx] of [
    [box.x, -1],
    [right, 1],
  ] as const) {
    for (const [y, dy] of [
      [box.y, -1],
      [bottom, 1],
    ] as const) {
      marks.push([x + dx * gap, y, x + dx * (gap + length), y]);
      marks.push([x, y + dy * gap, x, y + dy * (gap + length)]);
    }
  }
  return marks;
}
