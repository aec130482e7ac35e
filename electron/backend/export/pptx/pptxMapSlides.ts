/**
 * The slides about the whole map: its overview (the map as the PNG export draws it) and the
 * insights, as native PowerPoint charts a team can restyle and whose data it can edit.
 */
import type PptxGenJS from 'pptxgenjs';
import type { DeckPlan } from '../../../../shared/export/deck/deckPlan';
import { formatAverage, ratedOf } from '../../../../shared/insights/format';
import { INK } from '../../../../shared/export/svg/palette';
import { LANE_LIGHT_COLORS } from '../../../../shared/model/laneKinds';
import { countOf } from '../../../../shared/text/plural';
import { BODY_TOP, MARGIN, SLIDE_H, SLIDE_W, slideHeader } from './pptxSlideFrame';
import { addText, hex, linesHeight, type DeckFonts, type TextStyle } from './pptxText';

export interface OverviewPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

const CHART_HEAD: TextStyle = { size: 14, bold: true, color: INK.ink };
const CHART_TEXT = 11;
/** A stage name as a chart's category label: long names are cut, the full name is on its slide. */
const LABEL_CHARS = 22;

const label = (name: string) => {
  const chars = [...(name.trim() || 'Untitled stage')];
  return chars.length > LABEL_CHARS
    ? `${chars.slice(0, LABEL_CHARS - 1).join('')}…`
    : chars.join('');
};

const PICTURE_W = SLIDE_W - 2 * MARGIN;
const PICTURE_H = SLIDE_H - 0.55 - BODY_TOP;
/**
 * The smallest a map's picture is drawn on its slide, in inches per thousand map units: the
 * worked example is drawn at about 3, a map of 40 stages at about 1.2; below 1 a picture of a map of
 * hundreds of cards a stage is a sliver in which not even the stages can be told apart.
 */
const MIN_PICTURE_SCALE = 1 / 1000;

/** Whether a map of `width` x `height` units reads as one picture on a slide. */
export function pictureFitsSlide(width: number, height: number): boolean {
  return Math.min(PICTURE_W / width, PICTURE_H / height) >= MIN_PICTURE_SCALE;
}

export function addOverviewSlide(
  pptx: PptxGenJS,
  fonts: DeckFonts,
  plan: DeckPlan,
  picture: OverviewPicture,
  footer: string,
) {
  const slide = pptx.addSlide();
  const stages = plan.insights.stages.length;
  slideHeader(pptx, slide, fonts, {
    kicker: 'Overview',
    title: 'The whole map',
    subtitle: `${countOf(stages, 'stage')} · ${countOf(plan.cardCount, 'card')}`,
    accent: INK.accent,
    footer,
  });
  const areaW = PICTURE_W;
  const scale = Math.min(PICTURE_W / picture.width, PICTURE_H / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  slide.addImage({
    data: `image/png;base64,${Buffer.from(picture.png).toString('base64')}`,
    x: MARGIN + (areaW - w) / 2,
    y: BODY_TOP,
    w,
    h,
    altText: `The journey map "${plan.journey.name}": ${countOf(stages, 'stage')}, ${countOf(plan.cardCount, 'card')}`,
  });
}

/** What every chart shares: its font (the family the stage names need), sizes and grid. */
function chartLook(fonts: DeckFonts, names: string[]): PptxGenJS.IChartOpts {
  const face = fonts.familyOf(names.join(' '));
  return {
    catAxisLabelFontFace: face,
    catAxisLabelFontSize: CHART_TEXT,
    catAxisLabelColor: hex(INK.soft),
    valAxisLabelFontFace: 'Inter',
    valAxisLabelFontSize: CHART_TEXT,
    valAxisLabelColor: hex(INK.soft),
    legendFontFace: face,
    legendFontSize: CHART_TEXT,
    dataLabelFontFace: 'Inter',
    valGridLine: { color: hex(INK.line), size: 0.75 },
    catGridLine: { style: 'none' },
  };
}

function chartHead(
  slide: PptxGenJS.Slide,
  fonts: DeckFonts,
  text: string,
  x: number,
  y: number,
  w: number,
) {
  addText(slide, fonts, text, CHART_HEAD, { x, y, w, h: linesHeight(1, CHART_HEAD.size) });
}

/** The sentence under the title: counts, averages with how many are rated, the health score. */
function summary(plan: DeckPlan): string {
  const i = plan.insights;
  const painPoints = i.stages.reduce((n, s) => n + s.painPoints, 0);
  const opportunities = i.stages.reduce((n, s) => n + s.opportunities, 0);
  const health = i.health.score === null ? 'no health score' : `health ${i.health.score} of 100`;
  return [
    countOf(i.touchpoints, 'touchpoint'),
    `emotion ${formatAverage(i.averageEmotion, true)} (${ratedOf(i.emotionRated, i.touchpoints)})`,
    `effort ${formatAverage(i.averageEffort)} (${ratedOf(i.effortRated, i.touchpoints)})`,
    countOf(painPoints, 'pain point'),
    countOf(opportunities, 'opportunity', 'opportunities'),
    health,
  ].join(' · ');
}

export function addInsightsSlide(
  pptx: PptxGenJS,
  fonts: DeckFonts,
  plan: DeckPlan,
  footer: string,
) {
  const slide = pptx.addSlide();
  slideHeader(pptx, slide, fonts, {
    kicker: 'Insights',
    title: 'Emotion and effort by stage',
    subtitle: summary(plan),
    accent: INK.accent,
    footer,
  });
  const stages = plan.insights.stages;
  const names = stages.map((s) => label(s.name));
  const look = chartLook(fonts, names);
  const half = (SLIDE_W - 2 * MARGIN - 0.4) / 2;
  const topH = 2.7;
  const chartTop = BODY_TOP + 0.35;
  // Unrated stages have no average: a gap in the line, no bar, never a zero.
  const emotion = stages.map((s) => s.averageEmotion);
  const effort = stages.map((s) => s.averageEffort);
  chartHead(slide, fonts, 'Average emotion (−2 to +2)', MARGIN, BODY_TOP, half);
  slide.addChart(
    pptx.ChartType.line,
    [{ name: 'Average emotion', labels: names, values: emotion }],
    {
      ...look,
      x: MARGIN,
      y: chartTop,
      w: half,
      h: topH,
      valAxisMinVal: -2,
      valAxisMaxVal: 2,
      valAxisMajorUnit: 1,
      chartColors: [hex(INK.curve)],
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 8,
      lineSize: 2.5,
      displayBlanksAs: 'gap',
    },
  );
  const right = MARGIN + half + 0.4;
  chartHead(slide, fonts, 'Average effort (1 very low to 7 very high)', right, BODY_TOP, half);
  slide.addChart(pptx.ChartType.bar, [{ name: 'Average effort', labels: names, values: effort }], {
    ...look,
    x: right,
    y: chartTop,
    w: half,
    h: topH,
    barDir: 'col',
    valAxisMinVal: 0,
    valAxisMaxVal: 7,
    valAxisMajorUnit: 1,
    chartColors: [hex(INK.soft)],
    displayBlanksAs: 'gap',
  });
  const lowTop = chartTop + topH + 0.2;
  const maxCount = Math.max(1, ...stages.map((s) => Math.max(s.painPoints, s.opportunities)));
  chartHead(slide, fonts, 'Pain points and opportunities', MARGIN, lowTop, SLIDE_W - 2 * MARGIN);
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: 'Pain points', labels: names, values: stages.map((s) => s.painPoints) },
      { name: 'Opportunities', labels: names, values: stages.map((s) => s.opportunities) },
    ],
    {
      ...look,
      x: MARGIN,
      y: lowTop + 0.35,
      w: SLIDE_W - 2 * MARGIN,
      h: SLIDE_H - 0.5 - (lowTop + 0.35),
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: [hex(LANE_LIGHT_COLORS.painPoints), hex(LANE_LIGHT_COLORS.opportunities)],
      showLegend: true,
      legendPos: 'r',
      valAxisMinVal: 0,
      valAxisLabelFormatCode: '0',
      // Whole cards: a step of one unless the counts are large.
      valAxisMajorUnit: Math.max(1, Math.ceil(maxCount / 6)),
    },
  );
  slide.addNotes(['How the scores are made:', ...plan.insights.health.formula].join('\n'));
}
