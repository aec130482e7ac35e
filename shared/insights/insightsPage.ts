/**
 * The PDF's final "Insights" page as one SVG: the health score with its formula, the stage
 * table, the charts, the top lists and, for a future state, the comparison. Drawn from the same
 * functions as the editor's insights panel, in the light palette, with PDF-safe SVG only.
 */
import { emotionLevel, effortWord } from '../model/scales';
import type { ProjectDoc } from '../model/types';
import { clampLine, type FontSpec } from '../export/svg/textMetrics';
import { el, num } from '../export/svg/xml';
import { CHART_FONT, label, LIGHT_CHART_PALETTE } from './charts/chartFrame';
import { comparisonChart } from './charts/comparisonChart';
import { effortChart } from './charts/effortChart';
import { emotionChart } from './charts/emotionChart';
import { compareWithCurrent, type JourneyComparison } from './compare';
import { formatAverage, formatSigned, nearestEmotion, ratedSentence } from './format';
import { journeyInsights, type JourneyInsights } from './journeyInsights';

const WIDTH = 1200;
const MARGIN = 24;
const C = LIGHT_CHART_PALETTE;
const BODY: FontSpec = { size: 13, weight: 400 };
const HEAD: FontSpec = { size: 13, weight: 700 };
const SECTION: FontSpec = { size: 16, weight: 700 };
const ROW = 22;

/** A chart's <svg> placed at (x, y): its root becomes a translated group (we made the markup). */
function place(svg: string, x: number, y: number): { markup: string; height: number } {
  const height = Number(/ height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const body = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  return { markup: el('g', { transform: `translate(${num(x)} ${num(y)})` }, body), height };
}

/** A table: a bold header row, then rows, each cell cut to its column. */
function table(
  columns: { title: string; width: number }[],
  rows: string[][],
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
  const cells = (values: string[], top: number, font: FontSpec, color: string) => {
    let left = x;
    values.forEach((value, i) => {
      const width = columns[i]!.width;
      parts.push(label(clampLine(value, width - 10, font), font, color, { x: left, y: top + 15 }));
      left += width;
    });
  };
  cells(
    columns.map((c) => c.title),
    y,
    HEAD,
    C.soft,
  );
  parts.push(line(y + ROW, C.lineStrong));
  rows.forEach((row, i) => {
    cells(row, y + ROW * (i + 1), BODY, C.ink);
    parts.push(line(y + ROW * (i + 2), C.line));
  });
  return { markup: parts.join(''), height: ROW * (rows.length + 1) };
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
      s.unresolvedPainPoints > 0
        ? `${s.painPoints} (${s.unresolvedPainPoints} unresolved)`
        : String(s.painPoints),
      String(s.opportunities),
      String(s.momentsOfTruth),
    ]),
    MARGIN,
    y,
  );
}

/** Inter's subsets embedded in the PDF have no "→", so this table writes "to". */
function comparisonTable(comparison: JourneyComparison, y: number) {
  const list = (titles: string[]) => (titles.length ? titles.join(', ') : '–');
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
      list(s.touchpointsAdded),
      list(s.touchpointsRemoved),
      list(s.painPointsAddressed),
    ]),
    MARGIN,
    y,
  );
}

/** A titled list of lines in a column. */
function column(title: string, lines: string[], x: number, y: number, width: number) {
  const shown = lines.length ? lines : ['No touchpoints yet.'];
  return {
    markup: [
      label(title, HEAD, C.soft, { x, y: y + 15 }),
      ...shown.map((line, i) =>
        label(clampLine(line, width - 10, BODY), BODY, C.ink, { x, y: y + 15 + ROW * (i + 1) }),
      ),
    ].join(''),
    height: ROW * (shown.length + 1),
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
  y += 110;

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
