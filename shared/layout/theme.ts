/** Sizes the layout works in, in canvas units (px at zoom 1). */
export interface LayoutTheme {
  laneLabelWidth: number;
  /** The persona band above the stages, when the journey has a persona. */
  personaHeight: number;
  headerHeight: number;
  stageWidth: number;
  stageGap: number;
  /** A touchpoint card: title, face and word, effort, channel and badges. */
  cardHeight: number;
  /** Added to a touchpoint card for each extra field it shows (a field declared with `card`). */
  cardLineHeight: number;
  /** A card of any other lane: title and a line or two of text. */
  noteHeight: number;
  /** A card's cover picture (its first attached image) across its top; 0 or absent: none. */
  coverHeight?: number;
  cardGap: number;
  cellPadding: number;
  /** Free space kept below a cell's last card, to double-click into and drop onto. */
  addRoom: number;
  /** A cell never shrinks below this, so an empty stage still offers room to drop and add. */
  minCellHeight: number;
  minNoteCellHeight: number;
  collapsedLaneHeight: number;
  emotionLaneHeight: number;
  /** A connection's label: a pill of one line, never wider than maxWidth. */
  connectionLabel: ConnectionLabelTheme;
  /** How card text is set, so a card grows to fit it (layout/cardText.ts). */
  cardText: CardTextTheme;
}

/** A block of card text: its font, its line height, and how many lines it may take. */
export interface TextBlockTheme {
  size: number;
  /** The widest weight the surface draws it in (measures run wide rather than short). */
  weight: 400 | 600 | 700;
  lineHeight: number;
  maxLines: number;
}

export interface CardTextTheme {
  /** Width a card's border and padding take from its text, touchpoints and notes. */
  touchpointInset: number;
  noteInset: number;
  touchpointTitle: TextBlockTheme;
  /** Title lines `cardHeight` already holds; each line more makes the card taller. */
  touchpointTitleLines: number;
  noteTitle: TextBlockTheme;
  /** Null where the surface shows no note text (the presentation). */
  noteBody: TextBlockTheme | null;
  /** A note's padding, top and bottom each, and the gap between its title and text. */
  notePadding: number;
  noteGap: number;
  /** The "… more" line below text cut at its limit. */
  moreHeight: number;
}

export interface ConnectionLabelTheme {
  fontSize: number;
  fontWeight: 400 | 600 | 700;
  height: number;
  paddingX: number;
  maxWidth: number;
  /** Room for the ✕ before a failure path's words. */
  iconWidth: number;
}

export const DEFAULT_LAYOUT_THEME: LayoutTheme = {
  laneLabelWidth: 148,
  personaHeight: 132,
  headerHeight: 104,
  stageWidth: 248,
  stageGap: 12,
  cardHeight: 132,
  cardLineHeight: 18,
  noteHeight: 76,
  coverHeight: 96,
  cardGap: 10,
  cellPadding: 12,
  addRoom: 36,
  minCellHeight: 148,
  minNoteCellHeight: 100,
  collapsedLaneHeight: 40,
  emotionLaneHeight: 200,
  connectionLabel: {
    fontSize: 11,
    fontWeight: 600,
    height: 20,
    paddingX: 8,
    maxWidth: 160,
    iconWidth: 10,
  },
  // The canvas's card CSS (canvas.css, map.css): 14 px titles and 13/12 px notes, line height 1.3.
  cardText: {
    touchpointInset: 30,
    noteInset: 25,
    touchpointTitle: { size: 14, weight: 600, lineHeight: 18.2, maxLines: 4 },
    touchpointTitleLines: 2,
    noteTitle: { size: 13, weight: 600, lineHeight: 16.9, maxLines: 3 },
    noteBody: { size: 12, weight: 400, lineHeight: 15.6, maxLines: 5 },
    notePadding: 8,
    noteGap: 3,
    moreHeight: 18,
  },
};
