/** Service-blueprint lines across the map, with their names. */
import type { BlueprintLine } from '../../layout/layoutJourney';
import { INK } from './palette';
import { measureText, type FontSpec } from './textMetrics';
import { el, text } from './xml';

const LABEL: FontSpec = { size: 10.5, weight: 700, letterSpacing: 0.5 };

export function blueprintLines(lines: BlueprintLine[], labelX: number, labelFill: string): string {
  return lines
    .map((line) => {
      const words = line.label.toUpperCase();
      const width = measureText(words, LABEL) + 12;
      return el('g', { class: 'blueprint-line', 'data-kind': line.kind }, [
        el('line', {
          x1: line.x,
          x2: line.x + line.width,
          y1: line.y,
          y2: line.y,
          stroke: INK.soft,
          'stroke-width': 2,
          'stroke-dasharray': line.kind === 'visibility' ? undefined : '8 5',
        }),
        el('rect', { x: labelX, y: line.y - 8, width, height: 16, rx: 4, fill: labelFill }),
        text(words, {
          x: labelX + 6,
          y: line.y + 4,
          'font-size': LABEL.size,
          'font-weight': LABEL.weight,
          'letter-spacing': LABEL.letterSpacing,
          fill: INK.soft,
        }),
      ]);
    })
    .join('');
}
