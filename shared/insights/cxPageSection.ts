/**
 * The insights page's "Three layers of CX" part: the CX index with its formula, the layers per
 * stage and per channel, and for a future state the layers against the current state.
 */
import type { ProjectDoc } from '../model/types';
import { label, LIGHT_CHART_PALETTE } from './charts/chartFrame';
import type { JourneyComparison } from './compare';
import { coverageSentence, CX_LAYER_IDS, type CxSummary } from './cxIndex';
import { changeText, CX_BESIDE_HEALTH, fullyRatedText, indexText, layerText } from './cxText';
import { journeyCx } from './journeyCx';
import { BODY, HEAD, LINE, SECTION, table, type Cell } from './pageTable';
import { wrapText } from '../export/svg/textMetrics';

const C = LIGHT_CHART_PALETTE;

const LAYER_COLUMNS = [
  { title: 'Needs met (0–100)', width: 200 },
  { title: 'Ease (0–100)', width: 200 },
  { title: 'Emotion (0–100)', width: 200 },
  { title: 'CX index', width: 110 },
  { title: 'Rated on all three', width: 200 },
];

const layerRow = (name: string, cx: CxSummary): Cell[] => [
  name,
  ...CX_LAYER_IDS.map((id) => layerText(cx, id)),
  indexText(cx),
  fullyRatedText(cx),
];

/** Draws the part from `y` down; returns its markup and height. */
export function cxPageSection(
  doc: ProjectDoc,
  journeyId: string,
  comparison: JourneyComparison | null,
  x: number,
  y: number,
  width: number,
): { markup: string; height: number } {
  const cx = journeyCx(doc, journeyId);
  const parts: string[] = [];
  const top = y;
  const heading = (title: string) => {
    parts.push(label(title, SECTION, C.ink, { x, y: y + 16 }));
    y += 30;
  };
  heading('Three layers of CX: needs met, ease, emotion');
  const formula = cx.journey.formula;
  parts.push(
    label('CX index', HEAD, C.soft, { x, y: y + 14 }),
    label(`${indexText(cx.journey)} / 100`, { size: 40, weight: 700 }, C.ink, { x, y: y + 60 }),
    ...formula.map((line, i) => {
      const strong = i === 0 || i === formula.length - 1;
      return label(line, strong ? HEAD : BODY, strong ? C.ink : C.soft, {
        x: x + 220,
        y: y + 14 + i * 20,
      });
    }),
  );
  y += Math.max(80, formula.length * 20 + 10);
  parts.push(label(`${coverageSentence(cx.journey)}.`, BODY, C.soft, { x: x + 220, y: y + 4 }));
  y += 26;
  for (const line of wrapText(CX_BESIDE_HEALTH, width, BODY, 3)) {
    parts.push(label(line, BODY, C.soft, { x, y: y + 4 }));
    y += LINE;
  }
  y += 14;
  const stages = table(
    [{ title: 'Stage', width: 230 }, ...LAYER_COLUMNS],
    cx.stages.map((s) => layerRow(s.name || 'Untitled stage', s.cx)),
    x,
    y,
  );
  parts.push(stages.markup);
  y += stages.height + 16;
  const channels = table(
    [{ title: 'Channel', width: 230 }, ...LAYER_COLUMNS],
    cx.channels.map((c) => layerRow(c.channel, c.cx)),
    x,
    y,
  );
  parts.push(channels.markup);
  y += channels.height + 16;
  if (comparison) {
    parts.push(
      label(`Layer by layer, compared with ${comparison.currentName}`, HEAD, C.ink, {
        x,
        y: y + 14,
      }),
    );
    y += 24;
    const rows = table(
      [
        { title: 'Layer', width: 230 },
        { title: 'Current state', width: 200 },
        { title: 'Future state', width: 200 },
        { title: 'Change (points)', width: 200 },
      ],
      comparison.cx.map((r) => [
        r.label,
        r.before === null ? '–' : String(r.before),
        r.after === null ? '–' : String(r.after),
        changeText(r),
      ]),
      x,
      y,
    );
    parts.push(rows.markup);
    y += rows.height + 16;
  }
  return { markup: parts.join(''), height: y - top };
}
