/**
 * One slide of a stage: its name and goal, up to six cards in a grid, and its pain points and
 * opportunities beside them; the goal, notes and card details go into the speaker notes.
 */
import type PptxGenJS from 'pptxgenjs';
import {
  CARDS_PER_SLIDE,
  NOTES_PER_SLIDE,
  type StageSlide,
} from '../../../../shared/export/deck/deckPlan';
import { INK } from '../../../../shared/export/svg/palette';
import { LANE_LIGHT_COLORS } from '../../../../shared/model/laneKinds';
import { drawCard, drawNoteItem, type Box } from './pptxCards';
import { addText, hex, linesHeight, type DeckFonts, type TextStyle } from './pptxText';
import { BODY_TOP, MARGIN, SLIDE_H, SLIDE_W, slideHeader } from './pptxSlideFrame';

const GAP = 0.2;
const COLUMNS = 3;
const ROWS = CARDS_PER_SLIDE / COLUMNS;
const SIDE_W = 3.1;
const BODY_BOTTOM = SLIDE_H - 0.5;
const SECTION: TextStyle = { size: 14, bold: true, color: INK.ink };
const NONE: TextStyle = { size: 12, italic: true, color: INK.faint };
const ITEM_H = 0.52;
const ITEM_GAP = 0.06;

function cardCells(): Box[] {
  const areaW = SLIDE_W - 2 * MARGIN - SIDE_W - 0.3;
  const w = (areaW - (COLUMNS - 1) * GAP) / COLUMNS;
  const h = (BODY_BOTTOM - BODY_TOP - (ROWS - 1) * GAP) / ROWS;
  return Array.from({ length: CARDS_PER_SLIDE }, (_, i) => ({
    x: MARGIN + (i % COLUMNS) * (w + GAP),
    y: BODY_TOP + Math.floor(i / COLUMNS) * (h + GAP),
    w,
    h,
  }));
}

/** "Pain points" or "Pain points 5–8 of 9" when the stage's list runs over several slides. */
function sectionTitle(label: string, shown: number, total: number, page: number): string {
  if (total <= NOTES_PER_SLIDE || shown === 0) return label;
  const first = page * NOTES_PER_SLIDE + 1;
  return `${label} ${first}–${first + shown - 1} of ${total}`;
}

function sideSection(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  fonts: DeckFonts,
  section: { label: string; items: StageSlide['painPoints']; total: number; color: string },
  page: number,
  top: number,
) {
  const x = SLIDE_W - MARGIN - SIDE_W;
  slide.addShape(pptx.ShapeType.rect, {
    x,
    y: top + 0.04,
    w: 0.06,
    h: 0.24,
    fill: { color: hex(section.color) },
    line: { type: 'none' },
  });
  const title = sectionTitle(section.label, section.items.length, section.total, page);
  addText(slide, fonts, title, SECTION, { x: x + 0.14, y: top, w: SIDE_W - 0.14, h: 0.32 });
  const listTop = top + 0.4;
  if (section.items.length === 0) {
    const none =
      section.total === 0 ? 'None in this stage' : 'More on the other slides of this stage';
    addText(slide, fonts, none, NONE, { x, y: listTop, w: SIDE_W, h: linesHeight(1, NONE.size) });
    return;
  }
  section.items.forEach((face, i) => {
    const y = listTop + i * (ITEM_H + ITEM_GAP);
    drawNoteItem(pptx, slide, fonts, face, section.color, { x, y, w: SIDE_W, h: ITEM_H });
  });
}

/** The kicker above the stage name: "Stage 2 of 6", and "slide 2 of 3" when it is split. */
function kicker(s: StageSlide): string {
  const stage = `Stage ${s.stageIndex + 1} of ${s.stageCount}`;
  return s.pages > 1 ? `${stage} · slide ${s.page + 1} of ${s.pages}` : stage;
}

export function addStageSlide(
  pptx: PptxGenJS,
  fonts: DeckFonts,
  s: StageSlide,
  footer: string,
): void {
  const slide = pptx.addSlide();
  const goal = s.stage.description.trim();
  slideHeader(pptx, slide, fonts, {
    kicker: kicker(s),
    title: s.stage.name.trim() || 'Untitled stage',
    subtitle: goal ? `Goal: ${goal}` : '',
    accent: s.stage.color,
    footer,
  });
  const cells = cardCells();
  s.cards.forEach((card, i) => drawCard(pptx, slide, fonts, card, cells[i] as Box));
  if (s.cards.length === 0) {
    const empty =
      s.totals.cards === 0 ? 'No cards in this stage yet' : 'The cards are on the other slides';
    addText(slide, fonts, empty, NONE, {
      x: MARGIN,
      y: BODY_TOP,
      w: 6,
      h: linesHeight(1, NONE.size),
    });
  }
  const half = (BODY_BOTTOM - BODY_TOP) / 2;
  sideSection(
    pptx,
    slide,
    fonts,
    {
      label: 'Pain points',
      items: s.painPoints,
      total: s.totals.painPoints,
      color: LANE_LIGHT_COLORS.painPoints,
    },
    s.page,
    BODY_TOP,
  );
  sideSection(
    pptx,
    slide,
    fonts,
    {
      label: 'Opportunities',
      items: s.opportunities,
      total: s.totals.opportunities,
      color: LANE_LIGHT_COLORS.opportunities,
    },
    s.page,
    BODY_TOP + half + 0.05,
  );
  slide.addNotes(s.speakerNotes);
}
