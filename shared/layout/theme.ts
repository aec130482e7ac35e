/** Sizes the layout works in, in canvas units (px at zoom 1). */
export interface LayoutTheme {
  laneLabelWidth: number;
  headerHeight: number;
  stageWidth: number;
  stageGap: number;
  cardHeight: number;
  cardGap: number;
  cellPadding: number;
  /** A cell never shrinks below this, so an empty stage still offers room to drop and add. */
  minCellHeight: number;
}

export const DEFAULT_LAYOUT_THEME: LayoutTheme = {
  laneLabelWidth: 148,
  headerHeight: 76,
  stageWidth: 248,
  stageGap: 12,
  cardHeight: 112,
  cardGap: 10,
  cellPadding: 12,
  minCellHeight: 172,
};
