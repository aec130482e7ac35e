/**
 * A stage's cards as native PowerPoint shapes and text boxes, drawn from the card face (one
 * description of what a card shows): the emotion as a face and a word, effort as bars and a
 * phrase, the channel, and the moment-of-truth badge. Everything stays editable in PowerPoint.
 */
import type PptxGenJS from 'pptxgenjs';
import type { NoteFace, TouchpointFace } from '../../../../shared/cards/cardFace';
import type { DeckCard } from '../../../../shared/export/deck/deckPlan';
import { INK, mix } from '../../../../shared/export/svg/palette';
import { EFFORT_MAX, emotionLevel } from '../../../../shared/model/scales';
import {
  addText,
  fitLines,
  hex,
  linesHeight,
  linesThatFit,
  wrapLines,
  type DeckFonts,
  type TextStyle,
} from './pptxText';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const PAD = 0.14;
const STRIP = 0.07;
const LABEL: TextStyle = { size: 10, bold: true, color: INK.soft };
const TITLE: TextStyle = { size: 14, bold: true, color: INK.ink };
const META: TextStyle = { size: 12, color: INK.ink };
const FAINT: TextStyle = { size: 12, italic: true, color: INK.faint };
const BADGE: TextStyle = { size: 11, bold: true, color: INK.motInk };
const MOT_LABEL = 'Moment of truth';

type Slide = PptxGenJS.Slide;
/** pptxgenjs draws a path for this name (ShapeType.custGeom at run time); its types leave it out. */
const CUSTOM_GEOMETRY = 'custGeom' as PptxGenJS.SHAPE_NAME;

/** The card's body: a white rounded box with a coloured strip on its left edge. */
function cardBody(
  pptx: PptxGenJS,
  slide: Slide,
  box: Box,
  edge: string,
  fill: string = INK.surface,
) {
  slide.addShape(pptx.ShapeType.roundRect, {
    ...box,
    rectRadius: 0.06,
    fill: { color: hex(fill) },
    line: { color: hex(INK.lineStrong), width: 0.75 },
  });
  slide.addShape(pptx.ShapeType.rect, {
    x: box.x,
    y: box.y + 0.04,
    w: STRIP,
    h: box.h - 0.08,
    fill: { color: hex(edge) },
    line: { type: 'none' },
  });
}

/**
 * The emotion face of the canvas and the SVG (its 24-unit box: eyes at 8.2 and 15.8, a mouth
 * bent by the level), as an ellipse, two dots and a curve; not rated is grey with "?".
 */
export function drawFace(pptx: PptxGenJS, slide: Slide, value: number | null, at: Box) {
  const level = emotionLevel(value);
  const u = at.w / 24;
  const ink = hex(INK.faceInk);
  slide.addShape(pptx.ShapeType.ellipse, {
    x: at.x + u,
    y: at.y + u,
    w: 22 * u,
    h: 22 * u,
    fill: { color: hex(level.color) },
    line: { color: hex(mix('#000000', 0.35, level.color)), width: 0.75 },
  });
  if (level.value === null) {
    slide.addText('?', {
      x: at.x,
      y: at.y,
      w: at.w,
      h: at.w,
      margin: 0,
      align: 'center',
      valign: 'middle',
      bold: true,
      fontSize: Math.max(10, Math.round(at.w * 40)),
      fontFace: 'Inter',
      color: ink,
    });
    return;
  }
  for (const cx of [8.2, 15.8]) {
    slide.addShape(pptx.ShapeType.ellipse, {
      x: at.x + (cx - 1.5) * u,
      y: at.y + 8 * u,
      w: 3 * u,
      h: 3 * u,
      fill: { color: ink },
      line: { type: 'none' },
    });
  }
  const bend = 5 * level.mouth;
  const ends = 15.5 - bend / 2;
  slide.addShape(CUSTOM_GEOMETRY, {
    x: at.x,
    y: at.y,
    w: at.w,
    h: at.w,
    line: { color: ink, width: Math.max(1, at.w * 4.5) },
    points: [
      { x: 7 * u, y: ends * u },
      { x: 17 * u, y: ends * u, curve: { type: 'quadratic', x1: 12 * u, y1: (15.5 + bend) * u } },
    ],
  });
}

/**
 * Seven bars rising left to right, filled up to the effort (all pale when not rated): one path
 * for the filled bars and one for the rest, so a slide of cards stays a few shapes per card.
 */
function drawEffortBars(slide: Slide, effort: number | null, x: number, bottom: number) {
  const u = 0.016;
  const top = bottom - (4 + (EFFORT_MAX - 1) * 1.5) * u;
  const bars = Array.from({ length: EFFORT_MAX }, (_, i) => {
    const left = i * 4.5 * u;
    const y = bottom - top - (4 + i * 1.5) * u;
    return { filled: effort !== null && i < effort, left, y };
  });
  const width = EFFORT_MAX * 4.5 * u;
  for (const filled of [true, false]) {
    const points = bars
      .filter((b) => b.filled === filled)
      .flatMap(({ left, y }) => [
        { x: left, y, moveTo: true },
        { x: left + 3 * u, y },
        { x: left + 3 * u, y: bottom - top },
        { x: left, y: bottom - top },
        { close: true } as const,
      ]);
    if (points.length === 0) continue;
    slide.addShape(CUSTOM_GEOMETRY, {
      x,
      y: top,
      w: width,
      h: bottom - top,
      fill: { color: hex(filled ? INK.soft : INK.lineStrong) },
      line: { type: 'none' },
      points,
    });
  }
  return width;
}

/** The moment-of-truth badge: a star and the words, on the map's amber pill. */
export function drawMotBadge(
  pptx: PptxGenJS,
  slide: Slide,
  fonts: DeckFonts,
  x: number,
  y: number,
) {
  const h = 0.26;
  const w = 1.9;
  slide.addShape(pptx.ShapeType.roundRect, {
    x,
    y,
    w,
    h,
    rectRadius: h / 2,
    fill: { color: hex(INK.motFill) },
    line: { color: hex(INK.motLine), width: 0.75 },
  });
  slide.addShape(pptx.ShapeType.star5, {
    x: x + 0.08,
    y: y + 0.045,
    w: 0.17,
    h: 0.17,
    fill: { color: hex(INK.motInk) },
    line: { type: 'none' },
  });
  addText(slide, fonts, MOT_LABEL, BADGE, { x: x + 0.3, y, w: w - 0.34, h, valign: 'middle' });
}

function laneLabel(slide: Slide, fonts: DeckFonts, card: DeckCard, box: Box) {
  const inner = box.w - 2 * PAD;
  const label = fitLines(card.laneName || card.face.noun, inner, LABEL, 1);
  addText(
    slide,
    fonts,
    label,
    { ...LABEL, color: mix(card.laneColor, 0.85, INK.ink) },
    {
      x: box.x + PAD,
      y: box.y + 0.1,
      w: inner,
      h: linesHeight(1, LABEL.size),
    },
  );
}

function drawTouchpoint(
  pptx: PptxGenJS,
  slide: Slide,
  fonts: DeckFonts,
  face: TouchpointFace,
  box: Box,
) {
  const left = box.x + PAD;
  const inner = box.w - 2 * PAD;
  const title = { ...TITLE, color: face.title.untitled ? INK.faint : INK.ink };
  addText(slide, fonts, fitLines(face.title.text, inner, title, 3), title, {
    x: left,
    y: box.y + 0.34,
    w: inner,
    h: linesHeight(3, TITLE.size),
  });
  const faceSize = 0.36;
  const faceY = box.y + 1.1;
  drawFace(pptx, slide, face.emotion.value, { x: left, y: faceY, w: faceSize, h: faceSize });
  const word = { x: left + faceSize + 0.1, w: inner - faceSize - 0.1 };
  const wordStyle = face.emotion.value === null ? FAINT : META;
  addText(slide, fonts, face.emotion.word, wordStyle, {
    ...word,
    y: faceY,
    h: faceSize,
    valign: 'middle',
  });
  const effortY = box.y + 1.54;
  const barsW = drawEffortBars(slide, face.effort.value, left + 0.04, effortY + 0.21);
  const effortX = left + barsW + 0.14;
  const effortW = box.x + box.w - PAD - effortX;
  const effortStyle = face.effort.value === null ? FAINT : META;
  // The score too when it fits; the bars and the phrase say the level either way.
  const scored = `${face.effort.phrase} (${face.effort.value}/${EFFORT_MAX})`;
  const fits = face.effort.value !== null && !wrapLines(scored, effortW, META, 1)[0]?.endsWith('…');
  const effortText = fitLines(fits ? scored : face.effort.phrase, effortW, effortStyle, 1);
  addText(slide, fonts, effortText, effortStyle, {
    x: effortX,
    y: effortY,
    w: effortW,
    h: 0.24,
    valign: 'middle',
  });
  const channel = face.channel ? `Channel: ${face.channel}` : 'No channel';
  const channelStyle = face.channel ? META : FAINT;
  addText(slide, fonts, fitLines(channel, inner, channelStyle, 1), channelStyle, {
    x: left,
    y: box.y + 1.86,
    w: inner,
    h: 0.24,
    valign: 'middle',
  });
  if (face.momentOfTruth) drawMotBadge(pptx, slide, fonts, left, box.y + box.h - 0.38);
}

function drawNote(slide: Slide, fonts: DeckFonts, face: NoteFace, box: Box) {
  const left = box.x + PAD;
  const inner = box.w - 2 * PAD;
  const title = { ...TITLE, color: face.title.untitled ? INK.faint : INK.ink };
  const text = face.text;
  const titleLines = wrapLines(face.title.text, inner, title, text ? 3 : 8);
  const top = box.y + 0.34;
  addText(slide, fonts, titleLines.join(' '), title, {
    x: left,
    y: top,
    w: inner,
    h: linesHeight(titleLines.length, TITLE.size),
  });
  if (!text) return;
  // The text follows the title, in the lines left above the card's foot.
  const textTop = top + linesHeight(titleLines.length, TITLE.size) + 0.1;
  const room = linesThatFit(box.y + box.h - PAD - textTop, META.size);
  if (room < 1) return;
  addText(slide, fonts, fitLines(text, inner, META, room), META, {
    x: left,
    y: textTop,
    w: inner,
    h: linesHeight(room, META.size),
  });
}

/** One card of a stage slide, in its grid cell. */
export function drawCard(
  pptx: PptxGenJS,
  slide: Slide,
  fonts: DeckFonts,
  card: DeckCard,
  box: Box,
) {
  const edge = card.face.kind === 'touchpoint' ? card.face.emotion.color : card.laneColor;
  cardBody(pptx, slide, box, edge);
  laneLabel(slide, fonts, card, box);
  if (card.face.kind === 'touchpoint') drawTouchpoint(pptx, slide, fonts, card.face, box);
  else drawNote(slide, fonts, card.face, box);
}

/** A pain point or opportunity in the stage's side column: its title on its lane's tint. */
export function drawNoteItem(
  pptx: PptxGenJS,
  slide: Slide,
  fonts: DeckFonts,
  face: NoteFace,
  color: string,
  box: Box,
) {
  cardBody(pptx, slide, box, color, mix(color, 0.07));
  const inner = box.w - PAD - 0.12;
  const style = { ...META, color: face.title.untitled ? INK.faint : INK.ink };
  addText(slide, fonts, fitLines(face.title.text, inner, style, 2), style, {
    x: box.x + PAD,
    y: box.y,
    w: inner,
    h: box.h,
    valign: 'middle',
  });
}
