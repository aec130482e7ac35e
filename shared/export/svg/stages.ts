/** Stage columns: the column, its header (colour bar, number, name, goal, count) and cell lines. */
import type { JourneyLayout, StageBox } from '../../layout/layoutJourney';
import type { LayoutTheme } from '../../layout/theme';
import { LANE_KIND_SPECS } from '../../model/laneKinds';
import { INK, LANE_COLORS, mix } from './palette';
import { clampLine, wrapText, type FontSpec } from './textMetrics';
import { el, num, text } from './xml';

const NAME: FontSpec = { size: 16, weight: 700 };
const GOAL: FontSpec = { size: 12, weight: 400 };

/** A box with rounded top corners and a square bottom. */
function roundedTop(x: number, y: number, w: number, h: number, r: number): string {
  return `M${num(x)},${num(y + h)} V${num(y + r)} a${r},${r} 0 0 1 ${r},-${r} H${num(x + w - r)} a${r},${r} 0 0 1 ${r},${r} V${num(y + h)} Z`;
}

function header(stage: StageBox, theme: LayoutTheme): string {
  const { x, y, width } = stage;
  const h = theme.headerHeight;
  const left = x + 12;
  const inner = width - 24;
  const parts = [
    // A colour bar on top, following the column's rounded corners (CSS border-top on a radius).
    el('path', { d: roundedTop(x, y, width, h, 12), fill: stage.color }),
    el('path', { d: roundedTop(x, y + 5, width, h - 5, 9), fill: mix(stage.color, 0.12) }),
    el('circle', { cx: left + 11, cy: y + 26, r: 11, fill: stage.color }),
    text(String(stage.index + 1), {
      x: left + 11,
      y: y + 30,
      'font-size': 12,
      'font-weight': 700,
      fill: '#ffffff',
      'text-anchor': 'middle',
    }),
    text(clampLine(stage.name.trim() || 'Untitled stage', inner - 30, NAME), {
      x: left + 30,
      y: y + 32,
      'font-size': NAME.size,
      'font-weight': NAME.weight,
      fill: INK.ink,
      class: 'stage-name',
    }),
  ];
  wrapText(stage.description, inner, GOAL, 2).forEach((line, i) =>
    parts.push(
      text(line, {
        x: left,
        y: y + 56 + i * 16,
        'font-size': GOAL.size,
        'font-weight': GOAL.weight,
        fill: INK.soft,
        class: 'stage-goal',
      }),
    ),
  );
  parts.push(
    text(`${stage.cardCount} ${stage.cardCount === 1 ? 'card' : 'cards'}`, {
      x: left,
      y: y + h - 10,
      'font-size': 11,
      'font-weight': 400,
      fill: INK.faint,
    }),
  );
  return parts.join('');
}

export function stageColumns(layout: JourneyLayout, theme: LayoutTheme): string {
  const laneKind = new Map(layout.lanes.map((l) => [l.id, l.kind]));
  return layout.stages
    .map((stage) => {
      const cells = layout.cells
        .filter((c) => c.stageId === stage.id)
        .map((c, i) => {
          const kind = laneKind.get(c.laneId);
          const share = kind ? LANE_KIND_SPECS[kind].cellTint : 0;
          const tint =
            kind && share > 0
              ? el('rect', {
                  x: c.x + 1,
                  y: c.y,
                  width: c.width - 2,
                  height: c.height,
                  fill: mix(LANE_COLORS[kind], share, INK.surface2),
                })
              : '';
          const rule =
            i === 0
              ? ''
              : el('line', {
                  x1: c.x,
                  x2: c.x + c.width,
                  y1: c.y,
                  y2: c.y,
                  stroke: INK.line,
                  'stroke-dasharray': '4 3',
                });
          return tint + rule;
        });
      return el('g', { class: 'stage', 'data-stage-name': stage.name }, [
        el('rect', {
          x: stage.x + 0.5,
          y: stage.y + 0.5,
          width: stage.width - 1,
          height: stage.height - 1,
          rx: 12,
          fill: INK.surface2,
          stroke: INK.line,
        }),
        ...cells,
        header(stage, theme),
      ]);
    })
    .join('');
}
