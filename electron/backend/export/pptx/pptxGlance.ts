/**
 * The overview of a map too large to picture on one slide (hundreds of cards in a stage draw it
 * as a sliver): the map at a glance, in native shapes. A column per stage with its average
 * emotion as a face and a word and its average effort, a row per lane with its cards per stage.
 */
import type PptxGenJS from 'pptxgenjs';
import type { DeckPlan } from '../../../../shared/export/deck/deckPlan';
import { formatAverage, nearestEmotion } from '../../../../shared/insights/format';
import { INK, mix } from '../../../../shared/export/svg/palette';
import { emotionLevel } from '../../../../shared/model/scales';
import { countOf } from '../../../../shared/text/plural';
import { drawFace } from './pptxCards';
import { BODY_TOP, MARGIN, SLIDE_H, SLIDE_W, slideHeader } from './pptxSlideFrame';
import { addText, fitLines, hex, linesHeight, type DeckFonts, type TextStyle } from './pptxText';

const STAGE: TextStyle = { size: 12, bold: true, color: INK.ink };
const SMALL: TextStyle = { size: 10, color: INK.soft };
const LANE: TextStyle = { size: 12, bold: true, color: INK.ink };
const COUNT: TextStyle = { size: 14, bold: true, color: INK.ink };
const LANE_W = 2.1;
const HEAD_H = 1.2;

export function addGlanceSlide(pptx: PptxGenJS, fonts: DeckFonts, plan: DeckPlan, footer: string) {
  const slide = pptx.addSlide();
  const stages = plan.insights.stages;
  slideHeader(pptx, slide, fonts, {
    kicker: 'Overview',
    title: 'The map at a glance',
    subtitle:
      `${countOf(stages.length, 'stage')} · ${countOf(plan.cardCount, 'card')}: too large to picture on a slide. ` +
      'Cards per lane and stage; the PDF or SVG export shows the whole map.',
    accent: INK.accent,
    footer,
  });
  const colW = (SLIDE_W - 2 * MARGIN - LANE_W) / Math.max(1, stages.length);
  const inner = colW - 0.1;
  stages.forEach((stage, i) => {
    const x = MARGIN + LANE_W + i * colW + 0.05;
    addText(slide, fonts, fitLines(stage.name, inner, STAGE, 2), STAGE, {
      x,
      y: BODY_TOP,
      w: inner,
      h: linesHeight(2, STAGE.size),
    });
    const value = stage.averageEmotion === null ? null : nearestEmotion(stage.averageEmotion);
    const faceY = BODY_TOP + 0.5;
    const d = Math.min(0.3, inner);
    drawFace(pptx, slide, value, { x, y: faceY, w: d, h: d });
    const wordW = inner - d - 0.06;
    if (wordW > 0.3) {
      const word = emotionLevel(value).word;
      addText(slide, fonts, fitLines(word, wordW, SMALL, 1), SMALL, {
        x: x + d + 0.06,
        y: faceY,
        w: wordW,
        h: d,
        valign: 'middle',
      });
    }
    const effort = `Effort ${formatAverage(stage.averageEffort)}`;
    addText(slide, fonts, fitLines(effort, inner, SMALL, 1), SMALL, {
      x,
      y: faceY + d + 0.06,
      w: inner,
      h: linesHeight(1, SMALL.size),
    });
  });
  const top = BODY_TOP + HEAD_H;
  const rowH = Math.min(0.6, (SLIDE_H - 0.55 - top) / Math.max(1, plan.glance.length));
  plan.glance.forEach((lane, r) => {
    const y = top + r * rowH;
    slide.addShape(pptx.ShapeType.rect, {
      x: MARGIN,
      y: y + 0.04,
      w: 0.06,
      h: rowH - 0.08,
      fill: { color: hex(lane.color) },
      line: { type: 'none' },
    });
    addText(slide, fonts, fitLines(lane.name, LANE_W - 0.25, LANE, 1), LANE, {
      x: MARGIN + 0.15,
      y,
      w: LANE_W - 0.25,
      h: rowH,
      valign: 'middle',
    });
    lane.counts.forEach((count, i) => {
      const x = MARGIN + LANE_W + i * colW + 0.03;
      slide.addShape(pptx.ShapeType.rect, {
        x,
        y: y + 0.03,
        w: colW - 0.06,
        h: rowH - 0.06,
        fill: { color: hex(count > 0 ? mix(lane.color, 0.12) : INK.surface2) },
        line: { type: 'none' },
      });
      addText(slide, fonts, count > 0 ? String(count) : '–', count > 0 ? COUNT : SMALL, {
        x,
        y,
        w: colW - 0.06,
        h: rowH,
        align: 'center',
        valign: 'middle',
      });
    });
  });
}
