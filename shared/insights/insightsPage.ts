/**
 * The PDF's final "Insights" page as one SVG: the health score with its formula, the three
 * layers of CX and the CX index (cxPageSection.ts), the stage table, the charts, the top lists and, for a future state, the comparison. Drawn from the same
 * functions as the editor's insights panel, in the light palette, with PDF-safe SVG only.
 */
import { painBreakdown } from './painResolution';
import { emotionLevel, effortWord } from '../model/scales';
import type { ProjectDoc } from '../model/types';
import { el, num } from '../export/svg/xml';
import { CHART_FONT, label, LIGHT_CHART_PALETTE } from './charts/chartFrame';
import { fitList } from './charts/chartText';
import { comparisonChart } from './charts/comparisonChart';
import { effortChart } from './charts/effortChart';
import { emotionChart } from './charts/emotionChart';
import { compareWithCurrent, type JourneyComparison } from './compare';
import { cxPageSection } from './cxPageSection';
import { formatAverage, formatSigned, nearestEmotion, ratedSentence } from './format';
import { journeyInsights, type JourneyInsights } from './journeyInsights';
import { BODY, HEAD, LINE, LIST_LINES, ROW, SECTION, stack, table } from './pageTable';

const WIDTH = 1200;
const MARGIN = 24;
const C = LIGHT_CHART_PALETTE;

/** A chart's <svg> placed at (x, y): its root becomes a translated group (we made the markup). */
function place(svg: string, x: number, y: number): { markup: string; height: number } {
  const height = Number(/ height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const body = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  return { markup: el('g', { transform: `translate(${num(x)} ${num(y)})` }, body), height };
}

const emotionText = (v: number | null) =>
  v === null ? '–' : `${emotionLevel(nearestEmotion(v)).word} ${formatAverage(v, true)}`;

function stageTable(insights: JourneyInsights, y: number) {
  return table(
    [
      { title: 'Stage', width: 260 },
      { title: 'Touchpoints', width: 110 },
      { title: 'Emotion (average)', width: 210 },
      { title: 'Effort (average, 1–7)', width: 200 },
      { title: 'Pain points', width: 150 },
      { title: 'Opportunities', width: 120 },
      { title: 'Moments of truth', width: 130 },
    ],
    insights.stages.map((s) => [
      s.name || 'Untitled stage',
      String(s.touchpoints),
      emotionText(s.averageEmotion),
      s.averageEffort === null
        ? '–'
        : `${formatAverage(s.averageEffort)} ${effortWord(s.averageEffort)}`,
      s.painPoints > 0 ? `${s.painPoints} (${painBreakdown(s.pains)})` : '0',
      String(s.opportunities),
      String(s.momentsOfTruth),
    ]),
    MARGIN,
    y,
  );
}

/** Inter's subsets embedded in the PDF have no "→", so this table writes "to". */
function comparisonTable(comparison: JourneyComparison, y: number) {
  const change = (v: number | null) => (v === null ? '' : ` (${formatSigned(v)})`);
  return table(
    [
      { title: 'Stage', width: 200 },
      { title: 'Emotion, current to future', width: 220 },
      { title: 'Effort, current to future', width: 200 },
      { title: 'Touchpoints added', width: 190 },
      { title: 'Touchpoints removed', width: 190 },
      { title: 'Pain points addressed', width: 152 },
    ],
    comparison.stages.map((s) => [
      s.name || 'Untitled stage',
      `${formatAverage(s.emotionBefore, true)} to ${formatAverage(s.emotionAfter, true)}${change(s.emotionChange)}`,
      `${formatAverage(s.effortBefore)} to ${formatAverage(s.effortAfter)}${change(s.effortChange)}`,
      { list: s.touchpointsAdded },
      { list: s.touchpointsRemoved },
      { list: s.painPointsAddressed },
    ]),
    MARGIN,
    y,
  );
}

/**
 * A titled list in a column: each item wrapped to the column; when they do not all fit in
 * `LIST_LINES`, as many as fit and a count of the rest.
 */
function column(title: string, items: string[], x: number, y: number, width: number) {
  const lines = stack(
    items.length ? fitList(items, width - 10, BODY, LIST_LINES) : [['No touchpoints yet.']],
  );
  return {
    markup: [
      label(title, HEAD, C.soft, { x, y: y + 15 }),
      ...lines.map(({ text, dy }) => label(text, BODY, C.ink, { x, y: y + 15 + ROW + dy })),
    ].join(''),
    height: ROW + (lines.at(-1)?.dy ?? 0) + LINE,
  };
}

export interface InsightsPageSvg {
  svg: string;
  width: number;
  height: number;
}

export function insightsPageSvg(doc: ProjectDoc, journeyId: string): InsightsPageSvg {
  const insights = journeyInsights(doc, journeyId);
  const comparison = compareWithCurrent(doc, journeyId);
  const parts: string[] = [];
  let y = MARGIN;
  const section = (title: string) => {
    parts.push(label(title, SECTION, C.ink, { x: MARGIN, y: y + 16 }));
    y += 30;
  };

  parts.push(label('Insights', { size: 24, weight: 700 }, C.ink, { x: MARGIN, y: y + 24 }));
  y += 44;
  const score = insights.health.score === null ? '–' : String(insights.health.score);
  parts.push(
    label('Journey health', HEAD, C.soft, { x: MARGIN, y: y + 14 }),
    label(`${score} / 100`, { size: 40, weight: 700 }, C.ink, { x: MARGIN, y: y + 60 }),
    ...insights.health.formula.map((line, i) =>
      label(line, i === 0 || i === 4 ? HEAD : BODY, i === 0 || i === 4 ? C.ink : C.soft, {
        x: MARGIN + 220,
        y: y + 14 + i * 20,
      }),
    ),
  );
  // The health formula runs to six lines.
  y += 130;

  const cx = cxPageSection(doc, journeyId, comparison, MARGIN, y, WIDTH - 2 * MARGIN);
  parts.push(cx.markup);
  y += cx.height + 10;

  section('Stages');
  const stages = stageTable(insights, y);
  parts.push(stages.markup);
  y += stages.height + 8;
  parts.push(label(ratedSentence(insights), BODY, C.soft, { x: MARGIN, y: y + 14 }));
  y += 40;

  const chartWidth = (WIDTH - 3 * MARGIN) / 2;
  const emotion = place(
    emotionChart(
      insights.stages.map((s) => ({ name: s.name, value: s.averageEmotion })),
      { width: chartWidth, title: 'Average emotion per stage' },
    ),
    MARGIN,
    y + 24,
  );
  const effort = place(
    effortChart(
      insights.stages.map((s) => ({ name: s.name, value: s.averageEffort })),
      { width: chartWidth, title: 'Average effort per stage' },
    ),
    2 * MARGIN + chartWidth,
    y + 24,
  );
  parts.push(
    label('Average emotion per stage', HEAD, C.soft, { x: MARGIN, y: y + 14 }),
    label('Average effort per stage (1 very low … 7 very high)', HEAD, C.soft, {
      x: 2 * MARGIN + chartWidth,
      y: y + 14,
    }),
    emotion.markup,
    effort.markup,
  );
  y += 24 + Math.max(emotion.height, effort.height) + 20;

  const listWidth = (WIDTH - 2 * MARGIN) / 3;
  const lists = [
    column(
      'Lowest emotion',
      insights.lowestEmotion.map(
        (t) => `${t.title} (${emotionLevel(t.emotion).word.toLowerCase()}, ${t.stageName})`,
      ),
      MARGIN,
      y,
      listWidth,
    ),
    column(
      'Highest effort',
      insights.highestEffort.map((t) => `${t.title} (effort ${t.effort} of 7, ${t.stageName})`),
      MARGIN + listWidth,
      y,
      listWidth,
    ),
    column(
      'Channels',
      insights.channels.map((c) => `${c.channel}: ${c.count}`),
      MARGIN + 2 * listWidth,
      y,
      listWidth,
    ),
  ];
  parts.push(...lists.map((l) => l.markup));
  y += Math.max(...lists.map((l) => l.height)) + 24;

  if (comparison) {
    section(
      `Current vs future state: compared with ${comparison.currentName}, health ` +
        `${comparison.healthBefore ?? '–'} to ${comparison.healthAfter ?? '–'}`,
    );
    const rows = comparisonTable(comparison, y);
    parts.push(rows.markup);
    y += rows.height + 20;
    const chart = place(
      comparisonChart(
        comparison.stages.map((s) => ({
          name: s.name,
          before: s.emotionBefore,
          after: s.emotionAfter,
        })),
        { width: chartWidth },
      ),
      MARGIN,
      y,
    );
    parts.push(chart.markup);
    y += chart.height + 10;
  }

  const height = Math.ceil(y + MARGIN);
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      'font-family': CHART_FONT,
    },
    [el('rect', { x: 0, y: 0, width: WIDTH, height, fill: C.surface }), ...parts],
  );
  return { svg, width: WIDTH, height };
}
