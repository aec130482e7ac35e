/** The survey metrics lane in a document: each stage's metrics with n, the interval below. */
import type { JourneyLayout } from '../../layout/layoutJourney';
import { METRIC_ROW_HEIGHT, NO_SURVEY_DATA } from '../../layout/metricsLane';
import type { LayoutTheme } from '../../layout/theme';
import { INK } from './palette';
import { el, text, xmlText } from './xml';

export function metricsCells(layout: JourneyLayout, theme: LayoutTheme): string {
  return layout.cells
    .filter((c) => c.metrics)
    .map((c) => {
      const x = c.x + theme.cellPadding + 2;
      const top = c.y + theme.cellPadding;
      const rows = c.metrics ?? [];
      if (rows.length === 0) {
        return text(NO_SURVEY_DATA, {
          x,
          y: top + 16,
          'font-size': 13,
          'font-weight': 400,
          fill: INK.faint,
          class: 'stage-metrics-none',
        });
      }
      const parts = rows.map((r, i) => {
        const y = top + i * METRIC_ROW_HEIGHT;
        return el('g', { class: 'stage-metric', 'data-metric': r.metric }, [
          el('title', {}, xmlText(`${r.text}, ${r.interval}`)),
          text(r.text, { x, y: y + 15, 'font-size': 14, 'font-weight': 600, fill: INK.ink }),
          text(r.interval, { x, y: y + 31, 'font-size': 12, 'font-weight': 400, fill: INK.faint }),
        ]);
      });
      return el('g', { class: 'stage-metrics' }, parts);
    })
    .join('');
}
