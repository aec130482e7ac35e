/** Cards of every lane but touchpoints: title and text, coloured by the lane's kind. */
import type { CardBox } from '../../layout/layoutJourney';
import { LANE_CARD_NOUNS } from '../../model/laneKinds';
import type { Touchpoint } from '../../model/types';
import { INK, LANE_COLORS, mix } from './palette';
import { wrapText, type FontSpec } from './textMetrics';
import { el, text } from './xml';

const TITLE: FontSpec = { size: 13, weight: 600 };
const BODY: FontSpec = { size: 12, weight: 400 };

export function noteCard(box: CardBox, t: Touchpoint): string {
  const kind = LANE_COLORS[box.laneKind];
  const left = box.x + 14;
  const inner = box.width - 24;
  const hasTitle = t.title.trim() !== '';
  const titleLines = wrapText(
    hasTitle ? t.title : `Untitled ${LANE_CARD_NOUNS[box.laneKind]}`,
    inner,
    TITLE,
    2,
  );
  const bodyLines = t.description.trim()
    ? wrapText(t.description, inner, BODY, 3 - titleLines.length)
    : [];
  const parts = [
    el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 8, fill: kind }),
    el('rect', {
      x: box.x + 4,
      y: box.y + 0.5,
      width: box.width - 4.5,
      height: box.height - 1,
      rx: 6.5,
      fill: mix(kind, 0.09),
      stroke: mix(kind, 0.3),
    }),
  ];
  titleLines.forEach((line, i) =>
    parts.push(
      text(line, {
        x: left,
        y: box.y + 22 + i * 17,
        'font-size': TITLE.size,
        'font-weight': TITLE.weight,
        fill: hasTitle ? INK.ink : INK.faint,
        class: 'card-title',
      }),
    ),
  );
  const bodyTop = box.y + 22 + titleLines.length * 17 + 1;
  bodyLines.forEach((line, i) =>
    parts.push(
      text(line, {
        x: left,
        y: bodyTop + i * 16,
        'font-size': BODY.size,
        'font-weight': BODY.weight,
        fill: INK.soft,
      }),
    ),
  );
  return el('g', { class: 'note-card', 'data-lane-kind': box.laneKind, 'data-id': t.id }, parts);
}
