/** What every content slide shares: the 16:9 page, a header with a kicker and a title, a footer. */
import type PptxGenJS from 'pptxgenjs';
import { INK } from '../../../../shared/export/svg/palette';
import { addText, fitLines, hex, linesHeight, type DeckFonts, type TextStyle } from './pptxText';

/** pptxgenjs's LAYOUT_WIDE: 13.333 x 7.5 inches, PowerPoint's own 16:9. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.5;
/** Where a slide's content starts, under a header with a two-line subtitle. */
export const BODY_TOP = 1.75;

const KICKER: TextStyle = { size: 12, bold: true, color: INK.faint };
const TITLE: TextStyle = { size: 26, bold: true, color: INK.ink };
const SUBTITLE: TextStyle = { size: 13, color: INK.soft };
const FOOTER: TextStyle = { size: 10, color: INK.faint };

export interface SlideHeader {
  kicker: string;
  title: string;
  /** One or two lines under the title (cut with an ellipsis); empty for none. */
  subtitle: string;
  /** The bar left of the title, e.g. the stage's colour. */
  accent: string;
  /** The text at the foot of the slide: the journey's name. */
  footer: string;
}

export function slideHeader(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  fonts: DeckFonts,
  header: SlideHeader,
): void {
  const x = MARGIN + 0.2;
  const w = SLIDE_W - MARGIN - x;
  slide.addShape(pptx.ShapeType.rect, {
    x: MARGIN,
    y: 0.34,
    w: 0.09,
    h: 0.86,
    fill: { color: hex(header.accent) },
    line: { type: 'none' },
  });
  addText(slide, fonts, fitLines(header.kicker, w, KICKER, 1), KICKER, {
    x,
    y: 0.3,
    w,
    h: linesHeight(1, KICKER.size),
  });
  addText(slide, fonts, fitLines(header.title, w, TITLE, 1), TITLE, {
    x,
    y: 0.55,
    w,
    h: linesHeight(1, TITLE.size),
  });
  if (header.subtitle) {
    addText(slide, fonts, fitLines(header.subtitle, w, SUBTITLE, 2), SUBTITLE, {
      x,
      y: 1.12,
      w,
      h: linesHeight(2, SUBTITLE.size),
    });
  }
  addText(slide, fonts, fitLines(header.footer, SLIDE_W / 2, FOOTER, 1), FOOTER, {
    x: MARGIN,
    y: SLIDE_H - 0.38,
    w: SLIDE_W / 2,
    h: linesHeight(1, FOOTER.size),
  });
  slide.slideNumber = {
    x: SLIDE_W - MARGIN - 1,
    y: SLIDE_H - 0.38,
    w: 1,
    h: linesHeight(1, FOOTER.size),
    fontSize: FOOTER.size,
    fontFace: 'Inter',
    color: hex(FOOTER.color),
    align: 'right',
    margin: 0,
  };
}
