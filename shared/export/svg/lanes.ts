/** Lane labels down the left: the lane's name, upper case, and its card count. */
import type { JourneyLayout } from '../../layout/layoutJourney';
import type { LayoutTheme } from '../../layout/theme';
import { holdsCards } from '../../model/laneKinds';
import { INK, LANE_COLORS } from './palette';
import { wrapText, type FontSpec } from './textMetrics';
import { el, text } from './xml';

const NAME: FontSpec = { size: 12, weight: 700, letterSpacing: 0.6 };
const LINE = 15;

export function laneLabels(layout: JourneyLayout, theme: LayoutTheme): string {
  const width = theme.laneLabelWidth - theme.stageGap;
  return layout.lanes
    .map((lane) => {
      const maxLines = Math.max(1, Math.floor((lane.height - 30) / LINE));
      const lines = wrapText(
        (lane.name.trim() || 'Untitled lane').toUpperCase(),
        width - 28,
        NAME,
        Math.min(3, maxLines),
      );
      const showCount = lane.height >= 60 && holdsCards(lane.kind);
      const block = lines.length * LINE + (showCount ? 16 : 0);
      const top = lane.y + (lane.height - block) / 2 + 11;
      const parts = [
        // The kind's colour down the left edge, inside the label's rounded corners.
        el('rect', {
          x: 0,
          y: lane.y + 2,
          width,
          height: lane.height - 4,
          rx: 12,
          fill: LANE_COLORS[lane.kind],
        }),
        el('rect', {
          x: 4,
          y: lane.y + 2.5,
          width: width - 4.5,
          height: lane.height - 5,
          rx: 10,
          fill: INK.surface,
          stroke: INK.line,
        }),
        ...lines.map((line, i) =>
          text(line, {
            x: 16,
            y: top + i * LINE,
            'font-size': NAME.size,
            'font-weight': NAME.weight,
            'letter-spacing': NAME.letterSpacing,
            fill: INK.ink,
            class: 'lane-name',
          }),
        ),
      ];
      if (showCount) {
        parts.push(
          text(`${lane.cardCount} ${lane.cardCount === 1 ? 'card' : 'cards'}`, {
            x: 16,
            y: top + lines.length * LINE + 4,
            'font-size': 11,
            'font-weight': 400,
            fill: INK.faint,
          }),
        );
      }
      return el('g', { class: 'lane', 'data-lane-kind': lane.kind }, parts);
    })
    .join('');
}
